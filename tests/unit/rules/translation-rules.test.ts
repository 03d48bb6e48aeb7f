/**
 * The translation rules over a good English–Dutch pair (the translation-parity fixture with its
 * two mistakes corrected), each test changing one thing.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/checker/read-content.ts';
import type { SourceFile } from '../../../src/checker/load-content.ts';
import { allRules } from '../../../src/rules/index.ts';
import { translationIds } from '../../../src/rules/translation-ids.ts';
import { translationHasOriginal } from '../../../src/rules/translation-has-original.ts';
import { translationLanguage } from '../../../src/rules/translation-language.ts';
import { translationParity } from '../../../src/rules/translation-parity.ts';
import { translationStale } from '../../../src/rules/translation-stale.ts';
import { checkSources } from '../../../src/checker/check.ts';
import { defaultOptions, fixtureDir, replace, runRule } from '../checker/check-helpers.ts';

const en = 'concepts/gauge-and-insight.mdx';
const nl = 'concepts/nl/gauge-and-insight.mdx';

function pair(edits: Record<string, (text: string) => string> = {}): SourceFile[] {
  const fixes: Record<string, (text: string) => string> = {
    [nl]: (text) => text.replace('Afkeur 36 %', 'Afkeur 38 %').replace('amount: 4500', 'amount: 4000'),
  };
  return readContentFiles(fixtureDir('translation-parity')).map((file) => {
    const key = `${file.collection}/${file.relativePath}`;
    let text = fixes[key]?.(file.text) ?? file.text;
    text = edits[key]?.(text) ?? text;
    return { ...file, text };
  });
}

const messages = (findings: { path: string; message: string }[]) => findings.map((f) => `${f.path}: ${f.message}`);

describe('a good translation', () => {
  it('passes every rule', () => {
    const result = checkSources(pair(), defaultOptions);
    expect(result.findings).toEqual([]);
  });
});

describe('translation-parity', () => {
  it('reads each language\'s separators and units: "€ 12.000" and "4 uur" match "EUR 12,000" and "4 hours"', () => {
    const files = pair({
      [en]: replace('benefit: Fewer hours lost before an audit', 'benefit: 4 hours and EUR 12,000 less before each audit'),
      [nl]: replace('benefit: Minder uren kwijt vóór een audit', 'benefit: Per audit 4 uur en € 12.000 minder kwijt'),
    });
    expect(runRule(translationParity, files)).toEqual([]);
  });

  it('reports a changed quantity, a missing bundle item and a changed term', () => {
    const files = pair({
      [nl]: (text) =>
        text
          .replace('      - product: gauge\n', '      - product: gauge\n        quantity: 2\n')
          .replace('      - product: insight\n', '')
          .replace('termMonths: 36', 'termMonths: 24'),
    });
    expect(messages(runRule(translationParity, files))).toEqual([
      'bundles[0].items: Differs from the English original at tests/fixtures/translation-parity/concepts/gauge-and-insight.mdx:53 (bundles[0].items[1]). The original has item for product "insight"; the translation has none. Add it to the translation. A translation quotes the same figures; correct whichever version is wrong.',
      'bundles[0].items[0].quantity: Differs from the English original at tests/fixtures/translation-parity/concepts/gauge-and-insight.mdx:52 (bundles[0].items[0].quantity). The original says 1, the translation 2. A translation quotes the same figures; correct whichever version is wrong.',
      'bundles[0].termMonths: Differs from the English original at tests/fixtures/translation-parity/concepts/gauge-and-insight.mdx:59 (bundles[0].termMonths). The original says 36, the translation 24. A translation quotes the same figures; correct whichever version is wrong.',
    ]);
  });

  it('reports changed negotiation limits', () => {
    const negotiation = (discount: number, floor: number) =>
      `    pitch: $1\n    negotiation:\n      maxDiscountWithoutApproval: ${discount}\n      approver: Head of Sales\n      floorPrice: ${floor}\n`;
    const files = pair({
      [en]: (text) => text.replace(/    pitch: (The gauge.*)\n/, negotiation(5, 30000)),
      [nl]: (text) => text.replace(/    pitch: (De meter.*)\n/, negotiation(8, 30000).replace('Head of Sales', 'Salesdirecteur')),
    });
    expect(runRule(translationParity, files).map((f) => f.path)).toEqual(['bundles[0].negotiation.maxDiscountWithoutApproval']);
  });

  it('matches items through their ids, not their order', () => {
    const files = pair({
      [nl]: (text) => {
        const start = text.indexOf('  - id: less-scrap');
        const middle = text.indexOf('  - id: faster-audits');
        const end = text.indexOf('objections:');
        return text.slice(0, start) + text.slice(middle, end) + text.slice(start, middle) + text.slice(end);
      },
    });
    expect(runRule(translationParity, files)).toEqual([]);
  });

  it('reports an item whose id the original does not have', () => {
    const files = pair({ [nl]: replace('  - id: one-record', '  - id: een-registratie') });
    expect(runRule(translationParity, files).map((f) => f.path)).toEqual(['arguments', 'arguments[2]']);
  });

  it('reports a changed date and a changed figure in a proof point result', () => {
    const files = pair({
      [nl]: (text) => text.replace('van 5 dagen naar 2 dagen', 'van 5 dagen naar 3 dagen').replace('end: 2026-06-30', 'end: 2026-07-31'),
    });
    expect(messages(runRule(translationParity, files)).map((m) => m.split(': Differs')[0])).toEqual(['proofPoints[0].result', 'pilot.end']);
  });
});

describe('translation-ids', () => {
  it('requires explicit ids on both sides of a translated concept', () => {
    const files = pair({ [en]: replace('  - id: cost-of-a-batch\n', '  - ') });
    const findings = runRule(translationIds, files);
    expect(findings.map((f) => f.path)).toEqual(['discoveryQuestions[1]']);
    expect(findings[0]?.message).toBe(
      'This discovery question has no `id`, and this concept has a translation (tests/fixtures/translation-parity/concepts/nl/gauge-and-insight.mdx). An id derived from the text differs per language; write `id: what-does-a-scrapped-batch-cost-you` here and the same id on the matching discovery question of the other language.',
    );
  });

  it('leaves concepts without a translation alone', () => {
    const files = pair().filter((file) => file.relativePath !== 'nl/gauge-and-insight.mdx');
    expect(runRule(translationIds, files.map((f) => (f.relativePath === 'gauge-and-insight.mdx' ? { ...f, text: f.text.replace('  - id: cost-of-a-batch\n', '  - ') } : f)))).toEqual([]);
  });
});

describe('translation-language', () => {
  it('is an error when `lang` disagrees with the folder', () => {
    const files = pair({ [nl]: replace('status: live\n', 'status: live\nlang: en\n') });
    expect(messages(runRule(translationLanguage, files))).toEqual([
      'lang: This file is in the "nl" folder, so it is Dutch, but `lang` says "en". The folder decides the language: remove `lang`, or move the file to the folder of its language (a translation goes in concepts/<locale>/).',
    ]);
    expect(runRule(translationLanguage, pair({ [nl]: replace('status: live\n', 'status: live\nlang: nl\n') }))).toEqual([]);
    expect(runRule(translationLanguage, pair({ [en]: replace('status: live\n', 'status: live\nlang: nl\n') })).map((f) => f.path)).toEqual(['lang']);
  });
});

describe('translation-has-original', () => {
  /** The pair with the Dutch file saved under another name or in another place. */
  const moved = (relativePath: string) => pair().map((file) => (file.relativePath === 'nl/gauge-and-insight.mdx' ? { ...file, relativePath, file: `concepts/${relativePath}` } : file));

  it('is an error when a translation has no original of its file name, or sits in a folder that is not a language', () => {
    expect(runRule(translationHasOriginal, pair())).toEqual([]);
    expect(messages(runRule(translationHasOriginal, moved('nl/meten-en-verbeteren.mdx')))).toEqual([
      ': This file is in the "nl" folder, so it is the Dutch translation of concepts/meten-en-verbeteren, but there is no such concept: it would not be published. A translation has the file name of its original: rename it to the original\'s file name, or write the English original first.',
    ]);
    expect(messages(runRule(translationHasOriginal, moved('de/gauge-and-insight.mdx')))).toEqual([
      ': This file is in the folder "de", which is not one of the playbook\'s languages (nl for Dutch; `locales` in playbook.config.ts), so it would be read as an English concept with the id "de/gauge-and-insight". Put a translation in concepts/<language>/ under its original\'s file name, or move the file up into concepts/.',
    ]);
    expect(messages(runRule(translationHasOriginal, moved('gauge-and-insight.nl.mdx')))).toEqual([
      ': This file looks like the Dutch translation of concepts/gauge-and-insight, but the language is in its name, so it is read as an English concept of its own. Move it to concepts/nl/ and name it like the original.',
    ]);
  });
});

describe('translation-stale', () => {
  it('warns when the original\'s lastReviewed is later, and not when the translation is as new', () => {
    const later = pair({ [en]: replace('lastReviewed: 2026-10-01', 'lastReviewed: 2026-11-01') });
    expect(runRule(translationStale, later).map((f) => [f.severity, f.path])).toEqual([['warning', 'lastReviewed']]);
    const both = pair({
      [en]: replace('lastReviewed: 2026-10-01', 'lastReviewed: 2026-11-01'),
      [nl]: replace('lastReviewed: 2026-10-01', 'lastReviewed: 2026-11-01'),
    });
    expect(runRule(translationStale, both)).toEqual([]);
  });

  it('a future date on the original is its own error, not a reason to ask the translation for that date', () => {
    const future = pair({ [en]: replace('lastReviewed: 2026-10-01', 'lastReviewed: 2027-12-07') });
    expect(checkSources(future, defaultOptions).findings.map((f) => `${f.file} ${f.ruleId} ${f.path}`)).toEqual([
      'tests/fixtures/translation-parity/concepts/gauge-and-insight.mdx dates-plausible lastReviewed',
    ]);
    // A plausible change after the translation still counts, and the advice names that day.
    const changed = pair({
      [en]: (text) => text.replace('lastReviewed: 2026-10-01', 'lastReviewed: 2027-12-07').replace('changes: [{ date: 2026-09-01', 'changes: [{ date: 2026-11-02, kind: revised, summary: New price list }, { date: 2026-09-01'),
    });
    expect(messages(runRule(translationStale, changed))).toEqual([
      'lastReviewed: The English version changed on 2 Nov 2026 ("New price list"), after this translation (last changed 1 Oct 2026). Bring the translation up to date with tests/fixtures/translation-parity/concepts/gauge-and-insight.mdx, then add a `changes` line or set `lastReviewed` to 2026-11-02 or later.',
    ]);
  });
});

describe('the translation rules', () => {
  it('are registered', () => {
    const ids = allRules.map((rule) => rule.id);
    for (const id of ['translation-language', 'translation-has-original', 'translation-ids', 'translation-parity', 'translation-stale']) expect(ids).toContain(id);
  });
});
