import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../../src/checker/check.ts';
import { formatFindingLine } from '../../../src/checker/format.ts';
import { scaffold, scaffoldKinds } from '../../../src/cli/scaffold.ts';
import { defaultOptions, today } from '../checker/check-helpers.ts';

function runNew(contentDir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['src/cli/new-entry.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, PLAYBOOK_CONTENT_DIR: contentDir },
  });
}

// The scaffold dates its entry today, so it is checked against the real day.
const check = (contentPath: string) =>
  checkPlaybook({ contentPath, rules: {}, ...defaultOptions.settings }, new Date(), contentPath);

describe('npm run new', () => {
  it('derives a clean slug for the file name', () => {
    expect(scaffold('concept', '  Scrap → Savings: the “Big” Idea! ', today).path).toBe('concepts/scrap-savings-the-big-idea.mdx');
    expect(scaffold('product', 'Überfix Ä-500', today).path).toBe('products/uberfix-a-500.yaml');
  });

  it('writes every kind once and refuses to overwrite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-new-'));
    // A field note takes a concept id instead of a title (its own test below).
    for (const kind of scaffoldKinds.filter((k) => k !== 'field-note')) {
      const run = runNew(dir, kind, 'Line Check');
      expect(run.status, run.stderr).toBe(0);
      // It asks for the TODOs only of a file that has them: a metrics file is its header line.
      const written = readFileSync(join(dir, scaffold(kind, 'Line Check', new Date()).path), 'utf8');
      if (kind === 'metrics') {
        expect(written).not.toContain('TODO');
        expect(run.stdout).toBe(
          `Created ${relative(process.cwd(), join(dir, 'metrics', 'line-check.csv'))}\nAdd one line per concept and quarter under the header line (or paste the rows of a CRM export with these columns), then run \`npm run check:content\`.\n`,
        );
      } else {
        expect(written).toContain('TODO');
        expect(run.stdout).toContain('Fill in every TODO, then run `npm run check:content`.');
      }
    }
    const file = join(dir, 'concepts', 'line-check.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEdited by hand.\n`);
    const again = runNew(dir, 'concept', 'Line Check');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists; nothing written');
    expect(readFileSync(file, 'utf8')).toContain('Edited by hand.');
    // One `npm run new` process per kind: more than Vitest's default 5 s on a busy 2-core runner.
  }, 60_000);

  it('writes a field note for an existing concept, with its objections to pick, and names a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-new-'));
    cpSync('tests/fixtures/good', dir, { recursive: true });
    const day = new Date().toISOString().slice(0, 10);
    expect(runNew(dir, 'field-note', 'gauge-and-insight').status).toBe(0);
    expect(runNew(dir, 'field-note', 'gauge-and-insight', '--lang', 'nl').status).toBe(0);
    const again = runNew(dir, 'field-note', 'gauge-and-insight');
    expect(again.stdout).toContain(`field-notes/${day}-gauge-and-insight-2.md`);
    const text = readFileSync(join(dir, 'field-notes', `${day}-gauge-and-insight.md`), 'utf8');
    expect(text).toContain('concept: gauge-and-insight\nindustry: automotive');
    expect(text).toContain('#  - objection: too-expensive');
    expect(existsSync(join(dir, 'field-notes', 'nl', `${day}-gauge-and-insight.md`))).toBe(true);
    // Only the placeholders of what the salesperson still has to say fail the check.
    expect(check(dir).findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.path}`).sort()).toEqual(
      Array.from({ length: 3 }, () => ['no-placeholders worked', 'no-placeholders didNotWork']).flat().sort(),
    );
    const missing = runNew(dir, 'field-note', 'gauge-and-insigth');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('There is no concept "gauge-and-insigth"');
    expect(missing.stderr).toContain('Did you mean "gauge-and-insight"?');
  });

  it('a scaffolded concept passes as a draft and fails with a clear list as a pilot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-new-'));
    expect(runNew(dir, 'concept', 'Line Check').status).toBe(0);
    const draft = check(dir);
    expect(draft.errors).toBe(0);
    expect(draft.warnings).toBeGreaterThan(0);

    const file = join(dir, 'concepts', 'line-check.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: draft', 'status: pilot'));
    const pilot = check(dir);
    expect(pilot.findings.filter((f) => f.severity === 'error').map(formatFindingLine)).toMatchInlineSnapshot(`
      [
        "concepts/line-check.mdx:10:1  error  no-placeholders  tagline  Still holds the "TODO" placeholder from the scaffold. Write the real text.",
        "concepts/line-check.mdx:11:1  error  no-placeholders  summary  Still holds the "TODO" placeholder from the scaffold. Write the real text.",
        "concepts/line-check.mdx:12:1  error  no-placeholders  problem  Still holds the "TODO" placeholder from the scaffold. Write the real text.",
        "concepts/line-check.mdx:13:1  error  no-placeholders  outcome  Still holds the "TODO" placeholder from the scaffold. Write the real text.",
        "concepts/line-check.mdx:16:1  error  status-change-logged  status  The concept is pilot, but \`changes\` has no entry of kind \`status\`. Add one at the top of \`changes\` that says when and why it became pilot (\`kind: status\`, e.g. "Draft to pilot after …").",
        "concepts/line-check.mdx:17:1  error  no-placeholders  owner  Still holds the "TODO" placeholder from the scaffold. Write the real text.",
        "concepts/line-check.mdx:18:1  error  champion-from-pilot  salesChampion  A pilot concept needs a \`salesChampion\`: the salesperson who tests it in the field and speaks for it in sales.",
        "concepts/line-check.mdx:34:1  error  concept-complete  arguments  Has 0 selling arguments; a concept needs at least 3 (claim, proof and benefit) to be published. Add them, or set \`status: draft\`.",
        "concepts/line-check.mdx:46:1  error  concept-complete  objections  Has 0 objections; a concept needs at least 3 (objection, concern, response and follow-up question) to be published. Add them, or set \`status: draft\`.",
        "concepts/line-check.mdx:93:1  error  concept-complete  discoveryQuestions  Has 0 discovery questions; a concept needs at least 3 (an open question to ask the customer) to be published. Add them, or set \`status: draft\`.",
        "concepts/line-check.mdx:129:1  error  no-placeholders  -  The text below the frontmatter still holds the "TODO" placeholder from the scaffold. Write the story and talk track.",
      ]
    `);
  });

  it("following the scaffold's instruction for lists (delete the [], remove the # in front of the examples) gives no YAML finding", () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-new-'));
    expect(runNew(dir, 'concept', 'Line Check').status).toBe(0);
    const file = join(dir, 'concepts', 'line-check.mdx');
    const edited: string[] = [];
    let inList = false;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (/^\w+: \[\]/.test(line)) {
        inList = true;
        edited.push(line.replace(/: \[\].*$/, ':'));
      } else if (inList && /^#\s{2}/.test(line)) {
        edited.push(line.slice(1));
      } else {
        inList = false;
        edited.push(line);
      }
    }
    writeFileSync(file, edited.join('\n'));
    expect(edited.filter((line) => /^ {2}- (id|metric|question): /.test(line))).toHaveLength(6);
    const yaml = check(dir).findings.filter((f) => f.ruleId === 'yaml-syntax' || f.ruleId === 'mdx-syntax');
    expect(yaml.map(formatFindingLine)).toEqual([]);
  });

  it('prints usage for an unknown kind', () => {
    const run = runNew(mkdtempSync(join(tmpdir(), 'playbook-new-')), 'lessons-plan', 'X');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm run new');
  });

  it('says which kind is unknown, with the nearest as "did you mean", and when the title is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-new-'));
    const typo = runNew(dir, 'concpet', 'X');
    expect(typo.status).toBe(2);
    expect(typo.stderr.split('\n')[0]).toBe(
      '"concpet" is not a kind of entry; did you mean concept? The kinds are concept, product, persona, industry, competitor, lesson, metrics, field-note.',
    );
    expect(typo.stderr).toContain('Usage: npm run new');
    expect(runNew(dir, 'zzzz', 'X').stderr.split('\n')[0]).toBe(
      '"zzzz" is not a kind of entry. The kinds are concept, product, persona, industry, competitor, lesson, metrics, field-note.',
    );
    const untitled = runNew(dir, 'competitor');
    expect(untitled.status).toBe(2);
    expect(untitled.stderr.split('\n')[0]).toBe('Give the competitor a title, in quotes after "competitor".');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a scaffolded lesson is asked for the lesson, not for a concept\'s story', () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-new-'));
    expect(runNew(dir, 'lesson', 'Line Check').status).toBe(0);
    const body = check(dir).findings.filter((f) => f.ruleId === 'no-placeholders' && f.path === '');
    expect(body.map(formatFindingLine)).toEqual([
      'lessons/line-check.mdx:19:1  error  no-placeholders  -  The text below the frontmatter still holds the "TODO" placeholder from the scaffold. Write the lesson, in plain prose.',
    ]);
  });

  it('no scaffold writes `lang`: the folder decides the language', () => {
    for (const kind of scaffoldKinds) expect(scaffold(kind, 'Line Check', today).text, kind).not.toMatch(/^lang:/m);
  });

  it("the guide's translation steps work on a scaffolded concept: copy it to concepts/nl/, translate, check", () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-new-'));
    cpSync('tests/fixtures/good', dir, { recursive: true });
    expect(runNew(dir, 'concept', 'Line Check').status).toBe(0);
    // The original, filled in: the examples of these lists taken in, with ids of the fixture.
    const file = join(dir, 'concepts', 'line-check.mdx');
    const filled: string[] = [];
    let inList = false;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (/^(arguments|objections|discoveryQuestions|proofPoints): \[\]$/.test(line)) {
        inList = true;
        filled.push(line.replace(': []', ':'));
      } else if (inList && /^#\s{2}/.test(line)) filled.push(line.slice(1));
      else {
        inList = false;
        filled.push(line);
      }
    }
    const original = filled
      .join('\n')
      .replace(/"TODO: ([^"]*)"/g, (_, what: string) => JSON.stringify(`Line checks: ${what}`))
      .replace(/^TODO: .*$/m, 'Line checks catch drift before the line makes scrap.')
      .replace('proofPoint: proof-point-id', 'proofPoint: brakel-scrap')
      .replace('industry: industry-id', 'industry: automotive')
      .replace('competitor: competitor-id', 'competitor: rival')
      .replace('[finance-controller]', '[quality-manager]');
    writeFileSync(file, original);
    const errorsOf = (path: string) => check(dir).findings.filter((f) => f.file.endsWith(path) && f.severity === 'error').map(formatFindingLine);
    expect(errorsOf('concepts/line-check.mdx')).toEqual([]);
    // Step 2: copy the original into the language's folder and translate the words.
    mkdirSync(join(dir, 'concepts', 'nl'));
    const translation = join(dir, 'concepts', 'nl', 'line-check.mdx');
    writeFileSync(
      translation,
      original
        .replace('claim: Scrap falls within one quarter', 'claim: De afkeur daalt binnen een kwartaal')
        .replace('proof: Scrap down 38 % in 6 months at a tier-1 supplier', 'proof: Afkeur 38 % lager in 6 maanden bij een tier-1-toeleverancier'),
    );
    // Step 4: nothing stops it; what is still English and reads differently in Dutch is a warning.
    expect(errorsOf('concepts/nl/line-check.mdx')).toEqual([]);
    expect(check(dir).findings.filter((f) => f.file.endsWith('nl/line-check.mdx') && f.ruleId.startsWith('translation-')).map(formatFindingLine)).toEqual([
      `concepts/nl/line-check.mdx:105:5  warning  translation-parity  proofPoints[0].result  Still the English text of the original at concepts/line-check.mdx:105 (proofPoints[0].result): "6 months" is a figure in English, not in Dutch. Translate it, and write its figures the Dutch way.`,
    ]);
  });

  it('an empty battlecard is not passed unnoticed: each of its lists holds a placeholder until it is filled', () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-new-'));
    cpSync('tests/fixtures/good', dir, { recursive: true });
    expect(runNew(dir, 'competitor', 'Gaugetech').status).toBe(0);
    const findings = () => check(dir).findings.filter((f) => f.file.endsWith('competitors/gaugetech.yaml')).map(formatFindingLine);
    expect(findings()).toEqual([
      'competitors/gaugetech.yaml:6:5  error  no-placeholders  weWinWhen[0]  Still holds the "TODO" placeholder from the scaffold. Write the real text.',
      'competitors/gaugetech.yaml:8:5  error  no-placeholders  theyWinWhen[0]  Still holds the "TODO" placeholder from the scaffold. Write the real text.',
      'competitors/gaugetech.yaml:10:5  error  no-placeholders  landmines[0]  Still holds the "TODO" placeholder from the scaffold. Write the real text.',
      'competitors/gaugetech.yaml:12:5  error  no-placeholders  claims[0].claim  Still holds the "TODO" placeholder from the scaffold. Write the real text.',
      'competitors/gaugetech.yaml:13:5  error  no-placeholders  claims[0].source  Still holds the "TODO" placeholder from the scaffold. Write the real text.',
    ]);
    // Filled in, it passes.
    const file = join(dir, 'competitors', 'gaugetech.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/"TODO: a situation where we usually win against them"/, 'Lines that need SPC, not only a gauge')
        .replace(/"TODO: a situation where they usually win"/, 'Price-only tenders for single gauges')
        .replace(/"TODO: a question that shows where they fall short"/, 'Who reads the measurements once they are stored?')
        .replace(/"TODO: what we say about them"/, 'Their gauge stores readings on the device only')
        .replace(/"TODO: their data sheet, a URL, a lost-deal review"/, 'Gaugetech GT-2 data sheet, 2026 edition'),
    );
    expect(findings()).toEqual([]);
  });
});
