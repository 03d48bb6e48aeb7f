/**
 * Values and files that cannot be misread, a checker nothing can crash, and messages a
 * marketer acts on: real bad files in tests/fixtures/, each message pinned.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSources } from '../../../src/checker/check.ts';
import { formatFindingLine } from '../../../src/checker/format.ts';
import { readContentFiles } from '../../../src/checker/read-content.ts';
import { checkAmount, checkDate, checkGrouping } from '../../../src/checker/values.ts';
import { unitsBefore, unitWords } from '../../../src/lib/units.ts';
import { hasFigureWithUnit, rateUnits } from '../../../src/rules/argument-has-proof.ts';
import type { Rule } from '../../../src/rules/types.ts';
import { writeCrlfBomCopy } from '../../fixture-builds.ts';
import { checkFixture, concept, defaultOptions, goodPlaybookWith, lines, replace } from './check-helpers.ts';

const temp: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-misread-'));
  temp.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

/** Checks a folder, printing paths relative to it. */
function checkFolder(dir: string, today = defaultOptions.today) {
  return checkSources(readContentFiles(dir, dir), { ...defaultOptions, today });
}

describe('values that mean one thing', () => {
  it('dates, amounts, currencies and unknown keys, as written', () => {
    expect(lines(checkFixture('bad-values'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad-values/concepts/gauge-and-insight.mdx:10:15  error  schema  lastReviewed  \`lastReviewed\` must be a date written as YYYY-MM-DD, year first; got "01-10-2026" (write 2026-10-01 if you mean 1 October 2026).",
        "tests/fixtures/bad-values/concepts/gauge-and-insight.mdx:55:17  error  schema  bundles[0].price[0].amount  \`amount\` is a number, but it is written in quotes, which makes it text. Remove the quotes: \`amount: 30000\`.",
        "tests/fixtures/bad-values/concepts/gauge-and-insight.mdx:57:17  error  schema  bundles[0].price[1].amount  \`amount\` has three decimals (4.000); amounts have at most two decimals and no thousands separator. If you mean 4,000, write 4000.",
        "tests/fixtures/bad-values/concepts/gauge-and-insight.mdx:61:17  error  schema  bundles[0].validUntil  \`validUntil\` must be a date written as YYYY-MM-DD; got "Dec 1". Write dates as YYYY-MM-DD, like 2026-03-01 for 1 March 2026.",
        "tests/fixtures/bad-values/concepts/gauge-and-insight.mdx:65:19  error  schema  bundles[0].negotiation.floorPrice  \`floorPrice\` is too large to count with (100000000000000000000); amounts may be at most 1,000,000,000,000.",
        "tests/fixtures/bad-values/concepts/gauge-and-insight.mdx:77:10  error  schema  pilot.start  \`start\` is not a day in the calendar: February 2026 has 28 days; got "2026-02-30". Write dates as YYYY-MM-DD, like 2026-03-01 for 1 March 2026.",
        "tests/fixtures/bad-values/concepts/gauge-and-insight.mdx:80:19  error  schema  changes[0].date  \`date\` has a year with more than four digits; got "99999-09-01". Write dates as YYYY-MM-DD, like 2026-03-01 for 1 March 2026.",
        "tests/fixtures/bad-values/concepts/gauge-and-insight.mdx:85:9  error  schema  valueModel.drivers[0].inputs  \`valueModel.drivers[0].inputs\` multiply to a yearly benefit too large to count with (more than 1,000,000,000,000). Check the defaults for a number with too many digits.",
        "tests/fixtures/bad-values/concepts/gauge-and-insight.mdx:89:76  error  schema  valueModel.drivers[1].inputs[0].default  \`default\` reads as 1.2 (1.200): a point is always the decimal point here, never a thousands separator. If you mean 1,200, write 1200; if you mean 1.2, write 1.2.",
        "tests/fixtures/bad-values/concepts/gauge-and-insight.mdx:90:73  error  schema  valueModel.drivers[1].inputs[1].default  \`default\` is written as 7.2e1, which YAML reads as 72. Write a number as plain digits, with a point before decimals: \`default: 72\`.",
        "tests/fixtures/bad-values/products/calibration-day.yaml:5:13  error  schema  prices[0].amount  \`amount\` has three decimals (12.500); amounts have at most two decimals and no thousands separator. If you mean 12,500, write 12500.",
        "tests/fixtures/bad-values/products/calibration-day.yaml:6:15  error  schema  prices[0].currency  \`currency\` must be an ISO 4217 currency code like EUR, USD or GBP; got "EUE" (did you mean EUR?).",
        "tests/fixtures/bad-values/products/gauge.yaml:5:13  error  schema  prices[0].amount  \`amount\` must be 0 or more; got -4150. Write the amount without a minus sign.",
        "tests/fixtures/bad-values/products/insight.yaml:9:5  error  schema  prices[1].curency  \`curency\` is not a field here; remove it or correct its spelling. Did you mean \`currency\`?",
      ]
    `);
  });

  it('says how to write a date', () => {
    expect(checkDate('2026-12-01')).toBeUndefined();
    expect(checkDate('2028-02-29')).toBeUndefined();
    expect(checkDate('2026-13-01')).toMatchInlineSnapshot(`"has no month 13 ("2026-13-01"). Write dates as YYYY-MM-DD, like 2026-03-01 for 1 March 2026."`);
    expect(checkDate('1.12.2026')).toMatchInlineSnapshot(`"must be a date written as YYYY-MM-DD, year first; got "1.12.2026" (write 2026-12-01 if you mean 1 December 2026)."`);
  });

  it('amounts: two decimals at most, no separator, not negative', () => {
    expect(checkAmount('4150.50')).toBeUndefined();
    expect(checkAmount('0')).toBeUndefined();
    expect(checkAmount('1.234.567')).toMatchInlineSnapshot(`"has three decimals (1.234.567); amounts have at most two decimals and no thousands separator. If you mean 1,234,567, write 1234567."`);
    expect(checkAmount('99.999')).toMatchInlineSnapshot(`"has three decimals (99.999); amounts have at most two decimals and no thousands separator. If you mean 99,999, write 99999."`);
    expect(checkAmount('10.5555')).toMatchInlineSnapshot(`"has more than two decimals (10.5555); write the amount in the currency's units with at most two decimals, like 4150.50."`);
  });

  it('numbers: a point before three digits is never read as thousands', () => {
    expect(checkGrouping('0.125')).toBeUndefined();
    expect(checkGrouping('11.8')).toBeUndefined();
    expect(checkGrouping('1.1250')).toBeUndefined();
    expect(checkGrouping('9.400')).toMatchInlineSnapshot(`"reads as 9.4 (9.400): a point is always the decimal point here, never a thousands separator. If you mean 9,400, write 9400; if you mean 9.4, write 9.4."`);
    expect(checkGrouping('1.125')).toMatchInlineSnapshot(`"reads as 1.125: a point is always the decimal point here, never a thousands separator. If you mean 1,125, write 1125; if you mean 1.125, write 1.1250."`);
  });

  it('a lastReviewed after tomorrow is an error', () => {
    const files = goodPlaybookWith({ [concept]: replace('lastReviewed: 2026-10-01', 'lastReviewed: 2027-10-01') });
    expect(lines(checkSources(files, defaultOptions))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/good/concepts/gauge-and-insight.mdx:10:1  error  dates-plausible  lastReviewed  \`lastReviewed\` is 2027-10-01, later than tomorrow. Write the day the concept was last reviewed with sales (YYYY-MM-DD, year first).",
      ]
    `);
  });
});

describe('replacedBy and status changes', () => {
  const retired = (replacedBy: string | undefined) =>
    replace('status: live', `status: retired${replacedBy ? `\nreplacedBy: ${replacedBy}` : ''}`);
  const summary = replace('summary: Pilot to live after the pilot review', 'summary: Retired after the launch of the successor');
  const both = (edit: (t: string) => string) => (t: string) => summary(edit(t));

  it('a retired concept names another concept, not itself, not in a circle', () => {
    const missing = goodPlaybookWith({ [concept]: both(retired(undefined)) });
    const itself = goodPlaybookWith({ [concept]: both(retired('gauge-and-insight')) });
    const circle = goodPlaybookWith({
      [concept]: both(retired('other')),
      'concepts/other.mdx': () =>
        readFileSync('tests/fixtures/good/concepts/gauge-and-insight.mdx', 'utf8')
          .replace('status: live', 'status: retired\nreplacedBy: gauge-and-insight')
          .replace('summary: Pilot to live after the pilot review', 'summary: Retired as well'),
    });
    const pick = (result: ReturnType<typeof checkSources>) =>
      lines(result).filter((line) => line.includes('replaced-by-valid'));
    expect(pick(checkSources(missing, defaultOptions))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/good/concepts/gauge-and-insight.mdx:7:1  error  replaced-by-valid  status  A retired concept needs \`replacedBy\`: the id of the concept salespeople should sell instead (add \`replacedBy: other-concept-id\`).",
      ]
    `);
    expect(pick(checkSources(itself, defaultOptions))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/good/concepts/gauge-and-insight.mdx:8:1  error  replaced-by-valid  replacedBy  A concept cannot replace itself. Set \`replacedBy\` to the id of the concept to sell instead.",
      ]
    `);
    expect(pick(checkSources(circle, defaultOptions))).toMatchInlineSnapshot(`
      [
        "concepts/other.mdx:8:1  error  replaced-by-valid  replacedBy  \`replacedBy\` goes round in a circle: "other" → "gauge-and-insight" → "other". The last concept of the chain must be one that is still sold; remove \`replacedBy\` from it.",
        "tests/fixtures/good/concepts/gauge-and-insight.mdx:8:1  error  replaced-by-valid  replacedBy  \`replacedBy\` goes round in a circle: "gauge-and-insight" → "other" → "gauge-and-insight". The last concept of the chain must be one that is still sold; remove \`replacedBy\` from it.",
      ]
    `);
  });

  it('a status step is logged in changes[] with kind status', () => {
    const unlogged = goodPlaybookWith({ [concept]: replace('kind: status', 'kind: revised') });
    const stale = goodPlaybookWith({ [concept]: replace('status: live', 'status: retired\nreplacedBy: gauge-and-insight-2') });
    expect(lines(checkSources(unlogged, defaultOptions))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/good/concepts/gauge-and-insight.mdx:7:1  error  status-change-logged  status  The concept is live, but \`changes\` has no entry of kind \`status\`. Add one at the top of \`changes\` that says when and why it became live (\`kind: status\`, e.g. "Draft to live after …").",
      ]
    `);
    expect(lines(checkSources(stale, defaultOptions)).filter((l) => l.includes('status-change-logged'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/good/concepts/gauge-and-insight.mdx:76:45  error  status-change-logged  changes[0].summary  The concept is retired, but the newest status change says "Pilot to live after the pilot review". Add a new entry at the top of \`changes\` (\`kind: status\`) for the step to retired.",
      ]
    `);
  });
});

describe('placeholders count everywhere', () => {
  it('a price of 0 on a product a live concept sells, and TODO in the body', () => {
    const files = goodPlaybookWith({
      'products/gauge.yaml': replace('amount: 4150', 'amount: 0'),
      [concept]: replace('## The story', '## The story\n\nTODO: write the talk track.'),
    });
    expect(lines(checkSources(files, defaultOptions)).filter((l) => l.includes('no-placeholders'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/good/concepts/gauge-and-insight.mdx:80:1  error  no-placeholders  -  The text below the frontmatter still holds the "TODO" placeholder from the scaffold. Write the story and talk track.",
        "tests/fixtures/good/products/gauge.yaml:5:5  error  no-placeholders  prices[0].amount  A price of 0 is the scaffold's placeholder. Write the list price: a pilot or live concept sells this product.",
      ]
    `);
  });
});

describe('files as people save them', () => {
  it('reports capitals, .md, misspelt folders, other files and non-UTF-8 files', () => {
    expect(lines(checkFixture('bad-files'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad-files/concept:1:1  error  content-files  -  The folder \`concept/\` is not a collection, so its files are neither checked nor published. Did you mean \`concepts/\`? Collection folders are \`concepts/\`, \`products/\`, \`personas/\`, \`industries/\`, \`competitors/\`, \`lessons/\`, \`metrics/\`, \`field-notes/\`.",
        "tests/fixtures/bad-files/concepts/notes.md:1:1  error  content-files  -  Files in \`concepts/\` end in \`.mdx\`, so this one would not be published. Rename it to \`notes.mdx\` (and check it is written like the other concepts).",
        "tests/fixtures/bad-files/personas/einkaeufer.yaml:1:1  error  content-files  -  The file is not saved as UTF-8 (the first character that is not UTF-8 is on line 1). Save it as UTF-8 (in most editors: "Save with encoding" → UTF-8) and check the accented letters on that line.",
        "tests/fixtures/bad-files/products/datasheet.pdf:1:1  warning  content-files  -  This file is not content (products are \`.yaml\` or \`.yml\` files) and is neither checked nor published. Put documents and images under public/assets/ and link them as assets.",
        "tests/fixtures/bad-files/products/Probe-Kit.YAML:1:1  error  content-files  -  The extension is in capitals, so the site would not publish this file. Rename it to \`Probe-Kit.yaml\`.",
      ]
    `);
  });

  it('a link to a file outside the content folder is an error and is never read', () => {
    const dir = tempDir();
    cpSync('tests/fixtures/good', join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'secret.yaml'), 'name: Secret price list\nkind: device\nsku: S-1\nprices: [{ amount: 1, per: once }]\nsummary: Outside.\n');
    symlinkSync(join(dir, 'secret.yaml'), join(dir, 'content', 'products', 'secret.yaml'));
    symlinkSync(dir, join(dir, 'content', 'industries', 'outside'));
    const files = readContentFiles(join(dir, 'content'), dir);
    expect(files.map((f) => f.text).join('\n')).not.toContain('Secret price list');
    expect(lines(checkSources(files, defaultOptions))).toMatchInlineSnapshot(`
      [
        "content/industries/outside:1:1  error  content-files  -  This is a link to a file outside the content folder; it is never read or published. Copy the file into the content folder instead of linking it.",
        "content/products/secret.yaml:1:1  error  content-files  -  This is a link to a file outside the content folder; it is never read or published. Copy the file into the content folder instead of linking it.",
      ]
    `);
  });

  it('a CRLF + BOM copy of the sample reads exactly like the sample', () => {
    const dir = tempDir();
    writeCrlfBomCopy('content', join(dir, 'content'));
    const copy = checkFolder(join(dir, 'content'), new Date());
    const sample = checkFolder('content', new Date());
    expect(copy.errors).toBe(0);
    expect(copy.findings.map(formatFindingLine)).toEqual(sample.findings.map(formatFindingLine));
    expect(copy.files).toBe(sample.files);
  });
});

describe('a checker nothing crashes', () => {
  it('alias bombs, 10,000 nested brackets, lists and tags are findings', () => {
    expect(lines(checkFixture('crash'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/crash/concepts/brackets.mdx:78:65  error  mdx-syntax  -  The bracket here is nested more than 64 levels deep; no content needs that. Flatten it (a list of items, each a few fields), or look for a bracket, tag or indentation that was repeated by accident.",
        "tests/fixtures/crash/concepts/deep.mdx:142:1  error  mdx-syntax  -  The tag here is nested more than 64 levels deep; no content needs that. Flatten it (a list of items, each a few fields), or look for a bracket, tag or indentation that was repeated by accident.",
        "tests/fixtures/crash/personas/deep.yaml:5:129  error  yaml-syntax  -  The list or quote here is nested more than 64 levels deep; no content needs that. Flatten it (a list of items, each a few fields), or look for a bracket, tag or indentation that was repeated by accident.",
        "tests/fixtures/crash/products/bomb.yaml:1:1  error  yaml-syntax  -  The text uses more than 50 \`*\` references (aliases); content needs none. Write the values out, and put text that starts with \`*\` in double quotes.",
        "tests/fixtures/crash/products/brackets.yaml:4:74  error  yaml-syntax  -  The bracket here is nested more than 64 levels deep; no content needs that. Flatten it (a list of items, each a few fields), or look for a bracket, tag or indentation that was repeated by accident.",
      ]
    `);
  });

  it('a rule that fails is a finding; the other findings are still printed', () => {
    const broken: Rule = {
      id: 'broken',
      defaultSeverity: 'error',
      description: 'Always fails.',
      fix: 'Nothing to do; it is a test.',
      translations: { nl: { description: 'Faalt altijd.', fix: 'Niets te doen; het is een test.' } },
      check: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'id')");
      },
    };
    const files = goodPlaybookWith({ 'products/gauge.yaml': replace('kind: device', 'kind: Device') });
    const result = checkSources(files, { ...defaultOptions, rules: [broken] });
    expect(result.errors).toBe(2);
    expect(lines(result)).toMatchInlineSnapshot(`
      [
        "content:1:1  error  internal-error  -  The rule \`broken\` failed (Cannot read properties of undefined (reading 'id')), so its checks did not run. This is a fault in the checker; the other findings are still valid. Report it to the playbook's maintainers.",
        "tests/fixtures/good/products/gauge.yaml:2:1  error  schema  kind  \`kind\` must be one of device, software, service, consumable; got "Device" (write \`device\`, exactly like that)",
      ]
    `);
  });

  it('a file the checker cannot read is a finding with the file', () => {
    const files = goodPlaybookWith();
    files.push({ collection: 'products', relativePath: 'odd.yaml', file: 'products/odd.yaml', text: undefined as unknown as string });
    expect(lines(checkSources(files, defaultOptions))).toMatchInlineSnapshot(`
      [
        "products/odd.yaml:1:1  error  internal-error  -  The checker failed while reading this file (Cannot read properties of undefined (reading 'length')). This is a fault in the checker, not necessarily in the file: look for an unusual construct near this place, and report the file to the playbook's maintainers.",
      ]
    `);
  });

  it('a file larger than the limit is refused before parsing', () => {
    const dir = tempDir();
    cpSync('tests/fixtures/good', dir, { recursive: true });
    writeFileSync(join(dir, 'products', 'huge.yaml'), `name: Huge\nsummary: ${'x'.repeat(600 * 1024)}\n`);
    expect(lines(checkFolder(dir))).toMatchInlineSnapshot(`
      [
        "products/huge.yaml:1:1  error  content-files  -  The file is 601 KB; a content file may be at most 512 KB. Split it into smaller entries, or keep large documents under public/ and link them as assets.",
      ]
    `);
  });
});

describe('messages a marketer acts on', () => {
  it('YAML mistakes: every one of a file, in plain words, at the right line', () => {
    expect(lines(checkFixture('yaml-messages'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/yaml-messages/competitors/rival.yaml:4:39  warning  yaml-syntax  -  The text stops at " #": everything after it is read as a comment and left out, so this value is only "The line needs results in seconds". To keep the rest, put the whole text in double quotes.",
        "tests/fixtures/yaml-messages/industries/automotive.yaml:2:14  error  yaml-syntax  -  The text contains ": " (a colon and a space), which starts a new field. Put the text in double quotes: \`description: "…: …"\`.",
        "tests/fixtures/yaml-messages/personas/quality-manager.yaml:4:13  error  yaml-syntax  -  \`measuredOn: []\` says the list is empty, but list items follow on the next lines. Delete the \`[]\` and keep \`measuredOn:\` on its own line.",
        "tests/fixtures/yaml-messages/products/calibration-day.yaml:6:1  error  yaml-syntax  -  This line is indented with a tab. Indent with spaces only (two per level).",
        "tests/fixtures/yaml-messages/products/calibration-day.yaml:8:1  error  yaml-syntax  -  The field \`summary\` is written twice in the same group. Keep one of them.",
        "tests/fixtures/yaml-messages/products/calibration-day.yaml:9:11  error  yaml-syntax  -  A list or group written in brackets (\`[…]\` or \`{…}\`) is not closed on its line. Add the closing bracket, or write the list as lines starting with "- ".",
      ]
    `);
  });

  const yamlLines = (file: string, from: string, to: string) =>
    lines(checkSources(goodPlaybookWith({ [file]: replace(from, to) }), defaultOptions)).filter((l) => l.includes('yaml-syntax'));

  it.each([
    ['a list item', 'products/gauge.yaml', '  - amount: 4150', '\t- amount: 4150', 'products/gauge.yaml:5:1'],
    ['a field of a list item', 'products/gauge.yaml', '    per: once', '\tper: once', 'products/gauge.yaml:6:1'],
    ['a field of a list item in a concept', concept, '    claim: Audits take less time', '\tclaim: Audits take less time', `${concept}:21:1`],
    ['a field after spaces', concept, '    claim: Audits take less time', '  \tclaim: Audits take less time', `${concept}:21:1`],
  ])('a tab in the indentation of %s is named as a tab, at its own line, and nothing else', (_what, file, from, to, at) => {
    expect(yamlLines(file, from, to)).toEqual([
      `tests/fixtures/good/${at}  error  yaml-syntax  -  This line is indented with a tab. Indent with spaces only (two per level).`,
    ]);
  });

  it('an unclosed quote is reported where it opens, naming the field', () => {
    expect(yamlLines(concept, 'owner: Mara Jansen', 'owner: "Mara Jansen')).toEqual([
      `tests/fixtures/good/${concept}:8:8  error  yaml-syntax  -  The text of \`owner\` opens a quote (") here that is never closed, so every line after it is read as part of it. Add the closing " at the end of the text (and write a quote inside the text as \\").`,
    ]);
    expect(yamlLines('products/gauge.yaml', 'name: LineMeter Gauge', "name: 'LineMeter Gauge")).toEqual([
      "tests/fixtures/good/products/gauge.yaml:1:7  error  yaml-syntax  -  The text of `name` opens a quote (') here that is never closed, so every line after it is read as part of it. Add the closing ' at the end of the text (and write an apostrophe inside the text as '').",
    ]);
    expect(yamlLines(concept, '    claim: Audits take less time', '    claim: "Audits \\" take less time')[0]).toMatch(/:21:12 .*The text of `claim` opens a quote/);
  });

  it('no parser or library names in any YAML message', () => {
    for (const line of lines(checkFixture('yaml-messages'))) {
      expect(line).not.toMatch(/implicit|compact mapping|scalar|flow|block-seq|yaml package|zod|sätteri|satteri/i);
    }
  });

  it('a schema error does not hide the rule findings of the same file', () => {
    const files = goodPlaybookWith({
      [concept]: (text) =>
        replace('tagline: Cut scrap by 30 % in one quarter', 'tagline: An innovative, seamless way to less scrap')(
          replace('    proof: Scrap down 38 % in 6 months', '    proof: Scrap down 38 % in 6 months\n    prof: typo')(text),
        ),
    });
    expect(lines(checkSources(files, defaultOptions))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/good/concepts/gauge-and-insight.mdx:3:1  warning  no-vague-claims  tagline  The tagline says "innovative" and "seamless" without a figure. Say what the customer gets in numbers, with a unit ("scrap down 38 % in 6 months"; a year, a standard or a version number is not a figure), or drop the word.",
        "tests/fixtures/good/concepts/gauge-and-insight.mdx:19:5  error  schema  arguments[0].prof  \`prof\` is not a field here; remove it or correct its spelling. Did you mean \`proof\`?",
      ]
    `);
  });

  it('one renamed file gives one finding, not one per reference, and one for its translation', () => {
    const dir = tempDir();
    cpSync('content', dir, { recursive: true });
    renameSync(join(dir, 'personas', 'quality-manager.yaml'), join(dir, 'personas', 'quality-lead.yaml'));
    const found = lines(checkFolder(dir, new Date())).filter((line) => line.includes('error'));
    expect(found).toHaveLength(2);
    expect(found.filter((line) => /^personas\/nl\/quality-manager\.yaml:.* translation-has-original .*the Dutch translation of personas\/quality-manager, but there is no such persona/.test(line))).toHaveLength(1);
    expect(found.filter((line) => !line.includes('translation-has-original'))[0]).toMatch(/There is no persona "quality-manager", but \d+ references in \d+ files name it\. Was `personas\/quality-manager\.yaml` renamed or deleted\?/);
  });

  it('a field that fails its schema is reported in its own file only: no knock-on in its translation, notes, lessons or bundles', () => {
    const dir = tempDir();
    cpSync('content', dir, { recursive: true });
    const edit = (file: string, from: string, to: string) => {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      expect(text).toContain(from);
      writeFileSync(path, text.replace(from, to));
    };
    edit('concepts/scrap-to-savings.mdx', '    followUp: What did scrap on this line cost you', '    followup: What did scrap on this line cost you');
    edit('concepts/scrap-to-savings.mdx', 'validUntil: 2027-03-31\n', 'validUntil: 2027-03-31T10:00:00\n');
    edit('products/processlens.yaml', 'currency: EUR', 'currency: EUX');
    // A whole product left out: its Dutch file still has an original, which is reported in its own file.
    edit('products/bt-300.yaml', 'amount: 38500', 'amount: € 34.000');
    const found = lines(checkFolder(dir, new Date())).filter((line) => line.includes('  error  '));
    // File, rule and field of each finding (lines move as the sample is edited).
    expect(found.map((line) => line.split('  ').slice(0, 4).join(' ').replace(/:\d+:\d+ /, ' '))).toEqual([
      'concepts/scrap-to-savings.mdx error schema objections[0].followUp',
      'concepts/scrap-to-savings.mdx error schema objections[0].followup',
      'concepts/scrap-to-savings.mdx error schema bundles[0].validUntil',
      'products/bt-300.yaml error schema prices[0].amount',
      'products/processlens.yaml error schema prices[0].currency',
    ]);
  });

  it('a misspelt bundle item gives one finding with a guess, and no knock-on', () => {
    const files = goodPlaybookWith({ [concept]: replace('      - product: insight', '      - product: insigt') });
    expect(lines(checkSources(files, defaultOptions))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/good/concepts/gauge-and-insight.mdx:53:9  error  references-exist  bundles[0].items[1].product  There is no product "insigt" (no file products/insigt.yaml in the content folder). Did you mean "insight"? Fix the id or add the product.",
      ]
    `);
  });

  it('did you mean, for ids of every collection', () => {
    const files = goodPlaybookWith({
      [concept]: (text) =>
        text
          .replace('industries: [automotive]', 'industries: [automotiv]')
          .replace('personas: [quality-manager]', 'personas: [quality-manger]')
          .replace('competitors: [rival]', 'competitors: [rivall]')
          .replace('products: [gauge, insight]', 'products: [gauge, insihgt]'),
    });
    expect(lines(checkSources(files, defaultOptions)).map((l) => /Did you mean "[^"]+"/.exec(l)?.[0])).toEqual([
      'Did you mean "automotive"',
      'Did you mean "quality-manager"',
      'Did you mean "insight"',
      'Did you mean "rival"',
    ]);
  });

  it('argument-has-proof accepts rates', () => {
    expect(hasFigureWithUnit('25 gauges calibrated per day')).toBe(true);
    expect(hasFigureWithUnit('40 parts/hour')).toBe(true);
    expect(hasFigureWithUnit('12 metingen per ploeg', 'nl')).toBe(true);
    expect(hasFigureWithUnit('ISO 9001 certified')).toBe(false);
    expect(hasFigureWithUnit('Certified in 2024')).toBe(false);
  });

  it('the guide lists every unit and rate that counts as proof', () => {
    const guide = readFileSync('.github/CONTRIBUTING.md', 'utf8');
    const section = guide.slice(guide.indexOf('**What counts as a unit.**'), guide.indexOf('A bare number is not proof'));
    const units = [...unitWords('en').keys(), ...unitWords('nl').keys(), ...rateUnits, ...Object.values(unitsBefore).flat()];
    for (const unit of units) expect(section).toContain(`\`${unit}\``);
  });
});
