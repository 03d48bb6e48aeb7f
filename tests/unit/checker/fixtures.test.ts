/**
 * Every bad fixture in tests/fixtures/ differs from `good` in one place and triggers exactly
 * its own rule: the snapshots pin rule id, file, line, column, field path and message.
 */
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../../src/checker/check.ts';
import { formatFindingLine } from '../../../src/checker/format.ts';
import { checkFixture, concept, defaultOptions, goodPlaybookWith, lines } from './check-helpers.ts';

describe('fixture playbooks', () => {
  it('good: no findings at all', () => {
    expect(lines(checkFixture('good'))).toEqual([]);
  });

  it('wrong enum ("Live")', () => {
    expect(lines(checkFixture('wrong-enum'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/wrong-enum/concepts/gauge-and-insight.mdx:7:1  error  schema  status  \`status\` must be one of draft, pilot, live, retired; got "Live" (write \`live\`, exactly like that)",
      ]
    `);
  });

  it('YAML syntax error', () => {
    expect(lines(checkFixture('yaml-syntax'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/yaml-syntax/products/gauge.yaml:3:1  error  yaml-syntax  -  This line is indented more than \`kind:\` above it, so it is read as part of that field's value. Start \`sku:\` in the same column as \`kind:\`.",
      ]
    `);
  });

  it('MDX syntax error', () => {
    expect(lines(checkFixture('mdx-syntax'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/mdx-syntax/concepts/gauge-and-insight.mdx:80:49  error  mdx-syntax  -  MDX syntax error: Expected a closing tag for \`<b>\` (80:49) before the end of \`paragraph\`. Close every tag you open; in prose write \\{ for a brace and &lt; for a "<".",
      ]
    `);
  });

  it('a literal brace in prose: said in plain words, at the brace', () => {
    const withBody = (body: string) => goodPlaybookWith({ [concept]: (text) => `${text}\n${body}\n` });
    const syntax = (body: string) => checkSources(withBody(body), defaultOptions).findings.filter((f) => f.ruleId === 'mdx-syntax').map(formatFindingLine);
    expect(syntax('Price {per unit}.')).toEqual([
      'tests/fixtures/good/concepts/gauge-and-insight.mdx:82:7  error  mdx-syntax  -  In MDX a brace `{` starts code, so `{per unit}` is read as code, not as text. To show it as text, write `\\{per unit}`; for a note to editors, write {/* note */}.',
    ]);
    expect(syntax('Price {per unit.')).toEqual([
      'tests/fixtures/good/concepts/gauge-and-insight.mdx:82:7  error  mdx-syntax  -  In MDX a brace `{` starts code, and this one is never closed with `}`. To show a brace as text, write `\\{`; for a note to editors, write {/* note */}.',
    ]);
    expect(syntax('Text\n\n{per\nunit}')).toEqual([
      'tests/fixtures/good/concepts/gauge-and-insight.mdx:84:1  error  mdx-syntax  -  In MDX a brace `{` starts code, so `{per unit}` is read as code, not as text. To show it as text, write `\\{per unit}`; for a note to editors, write {/* note */}.',
    ]);
    expect(syntax('Price \\{per unit}.')).toEqual([]);
  });

  it('references-exist (a bundle names a missing product)', () => {
    expect(lines(checkFixture('references-exist'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/references-exist/concepts/gauge-and-insight.mdx:54:9  error  references-exist  bundles[0].items[2].product  There is no product "probe-kit" (no file products/probe-kit.yaml in the content folder). Fix the id or add the product.",
      ]
    `);
  });

  it('ids-unique (two objections with one id)', () => {
    expect(lines(checkFixture('ids-unique'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/ids-unique/concepts/gauge-and-insight.mdx:35:5  error  ids-unique  objections[1].id  The objection id "too-expensive" is used twice in this file (first at objections[0]). Give each objection its own \`id\`: links, search and progress rely on it. Without an \`id\`, it is derived from the text, so two items with the same text clash too.",
      ]
    `);
  });

  it('concept-complete', () => {
    expect(lines(checkFixture('concept-complete'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/concept-complete/concepts/gauge-and-insight.mdx:61:1  error  concept-complete  discoveryQuestions  Has 2 discovery questions; a concept needs at least 3 (an open question to ask the customer) to be published. Add them, or set \`status: draft\`.",
      ]
    `);
  });

  it('argument-has-proof', () => {
    expect(lines(checkFixture('argument-has-proof'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/argument-has-proof/concepts/gauge-and-insight.mdx:18:5  error  argument-has-proof  arguments[0].proof  The proof has no figure with a unit (like "38 %", "EUR 12,000" or "4 hours"); a standard or a bare number is not proof. Give \`proof\` with a measured figure and its unit, a \`proofPoint\` id of this concept, or a \`source\` (study, test report, URL).",
      ]
    `);
  });

  it('no-vague-claims', () => {
    expect(lines(checkFixture('no-vague-claims'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/no-vague-claims/concepts/gauge-and-insight.mdx:3:1  warning  no-vague-claims  tagline  The tagline says "innovative" and "seamless" without a figure. Say what the customer gets in numbers, with a unit ("scrap down 38 % in 6 months"; a year, a standard or a version number is not a figure), or drop the word.",
        "tests/fixtures/no-vague-claims/concepts/gauge-and-insight.mdx:25:5  warning  no-vague-claims  arguments[2].claim  The claim says "seamless" without a figure. Say what the customer gets in numbers, with a unit ("scrap down 38 % in 6 months"; a year, a standard or a version number is not a figure), or drop the word.",
      ]
    `);
  });

  it('bundle-covers-concept', () => {
    expect(lines(checkFixture('bundle-covers-concept'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bundle-covers-concept/concepts/gauge-and-insight.mdx:49:5  error  bundle-covers-concept  bundles[0]  This concept sells device, software and service products, but no bundle holds one of each. The closest, "Measure and improve", has no service product. Add the missing kind to a bundle (alternative devices are fine) so the concept is sold as one offer.",
      ]
    `);
  });

  it('bundle-covers-concept: a device-only second bundle warns, the owners\' bundle does not', () => {
    expect(lines(checkFixture('device-only-bundle'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/device-only-bundle/concepts/scrap-to-savings.mdx:282:5  warning  bundle-covers-concept  bundles[1]  The bundle "Four LM-400 gauges" has no software, service or consumable product, though this concept sells device, software, service and consumable products. Offered on its own it invites "device now, software later": the customer buys part of the concept and never gets the measurable result. Add the missing kind, or, when the offer is for customers who already own it, list those products under \`forOwnersOf\`; for a refill or spare parts set \`partial: refill\` or \`partial: spare-parts\`.",
      ]
    `);
    // The sample's owners' bundle (forOwnersOf: lm-400) leaves out the device they already own.
    expect(lines(checkFixture('../../content')).filter((line) => line.includes('bundle-covers-concept'))).toEqual([]);
  });

  it('asset-lang: an asset in a language the playbook does not have', () => {
    expect(lines(checkFixture('asset-lang'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/asset-lang/products/gauge.yaml:15:5  error  asset-lang  assets[1].lang  The asset's language "de" is not one of this playbook's languages ("en" and "nl"). Write one of those, or add "de" to \`locales\` in playbook.config.ts.",
      ]
    `);
    const withGerman = { ...defaultOptions.settings, locales: ['en', 'de'] };
    expect(lines(checkFixture('asset-lang', { settings: withGerman }))).toEqual([]);
  });

  it('bundle-price-sane', () => {
    expect(lines(checkFixture('bundle-price-sane'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bundle-price-sane/concepts/gauge-and-insight.mdx:54:5  error  bundle-price-sane  bundles[0].price  The bundle costs €72,000 over 36 months, €18,950 more than its parts bought separately (€53,050). A bundle must not be dearer than its parts: lower the price or change the items.",
      ]
    `);
  });

  it('champion-from-pilot', () => {
    expect(lines(checkFixture('champion-from-pilot'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/champion-from-pilot/concepts/gauge-and-insight.mdx:2:1  error  champion-from-pilot  salesChampion  A live concept needs a \`salesChampion\`: the salesperson who tests it in the field and speaks for it in sales.",
      ]
    `);
  });

  it('live-needs-pilot-results', () => {
    expect(lines(checkFixture('live-needs-pilot-results'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/live-needs-pilot-results/concepts/gauge-and-insight.mdx:70:1  error  live-needs-pilot-results  pilot  A live concept needs \`pilot.results\`: what the pilot showed, with figures (win rate, deals, deal size).",
        "tests/fixtures/live-needs-pilot-results/concepts/gauge-and-insight.mdx:70:1  error  live-needs-pilot-results  pilot  A live concept needs \`pilot.decision\`: what marketing and sales decided after the pilot.",
      ]
    `);
  });

  it('customer-safe-names', () => {
    expect(lines(checkFixture('customer-safe-names'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/customer-safe-names/concepts/gauge-and-insight.mdx:6:1  error  customer-safe-names  outcome  Names "Acme Stamping", a customer who has not agreed to be named (a non-public proof point), in a field customers may see. Say "a tier-1 automotive supplier" instead, or mark the proof point \`public: true\` once they agree.",
      ]
    `);
  });

  it('no-payback-promise (a concept with a value model promises a payback time in its summary)', () => {
    expect(lines(checkFixture('no-payback-promise'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/no-payback-promise/concepts/gauge-and-insight.mdx:4:1  error  no-payback-promise  summary  The summary promises a payback time ("pays back within a year"), but the hand-out works out each customer's payback from their own figures (this concept has a value model), so the two can disagree in front of the customer. Say what the offer changes instead ("cuts scrap and line stops") and leave the payback time to the calculator; a payback a customer reached belongs in a proof point.",
      ]
    `);
  });

  it('review-overdue', () => {
    expect(lines(checkFixture('review-overdue'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/review-overdue/concepts/gauge-and-insight.mdx:10:1  warning  review-overdue  lastReviewed  The review was due on 2025-07-09 (every 180 days since 2025-01-10), 506 days ago. Review the concept with sales, then set \`lastReviewed\` to the review date.",
      ]
    `);
  });

  it('competitor-claims-sourced', () => {
    expect(lines(checkFixture('competitor-claims-sourced'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/competitor-claims-sourced/competitors/rival.yaml:4:5  error  competitor-claims-sourced  claims[0].claim  This claim about a competitor has no \`source\`. Add where it comes from (their data sheet, a URL, a lost-deal review), or remove the claim: an unsourced claim in front of a customer costs trust.",
      ]
    `);
  });

  it('competitor-stale', () => {
    expect(lines(checkFixture('competitor-stale'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/competitor-stale/competitors/rival.yaml:2:1  warning  competitor-stale  asOf  This battlecard was last checked on 2026-01-15, 316 days ago (the limit is 90). Check prices, claims and landmines against the market, then update \`asOf\`.",
      ]
    `);
  });

  it('published-links-draft', () => {
    expect(lines(checkFixture('published-links-draft'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/published-links-draft/concepts/gauge-and-insight.mdx:8:1  warning  published-links-draft  replacedBy  Refers to "gauge-next", which is still a draft; the published page leaves this link out. Move that concept to pilot or live, or refer to a published concept.",
      ]
    `);
  });

  it('published-links-draft is quiet in preview builds, where drafts are published', () => {
    const settings = { vagueWords: {}, staleCompetitorDays: 90, showDrafts: true };
    expect(lines(checkFixture('published-links-draft', { settings }))).toEqual([]);
  });

  it('quiz-valid (a lesson answer out of range)', () => {
    expect(lines(checkFixture('quiz-valid'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/quiz-valid/lessons/one-offer.mdx:16:5  error  quiz-valid  quiz[0].answer  The answer is 3, but this question has 2 options: give the number of the right option, counting from 1 (1 to 2).",
      ]
    `);
  });

  it('lesson-quotes-exist (a lesson quotes a missing objection)', () => {
    expect(lines(checkFixture('lesson-quotes-exist'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/lesson-quotes-exist/lessons/the-price-objection.mdx:26:1  error  lesson-quotes-exist  body.Quote.item  <Quote> names "gauge-only-for-now", which is no argument or objection of "gauge-and-insight" (any more). Quote an existing id, or remove the quote.",
      ]
    `);
  });

  it('mdx-safe', () => {
    expect(lines(checkFixture('mdx-safe'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/mdx-safe/concepts/gauge-and-insight.mdx:78:1  error  mdx-safe  -  Remove this \`import\`: a body needs no imports (the page provides <Callout>, <TalkTrack> and <Quote>) and may not hold code.",
        "tests/fixtures/mdx-safe/concepts/gauge-and-insight.mdx:83:1  error  mdx-safe  -  Remove the HTML element <script>: a body is written in Markdown and may use only the components <Callout>, <TalkTrack> and <Quote>.",
        "tests/fixtures/mdx-safe/concepts/gauge-and-insight.mdx:85:1  error  mdx-safe  -  Remove the HTML element <button>: a body is written in Markdown and may use only the components <Callout>, <TalkTrack> and <Quote>.",
        "tests/fixtures/mdx-safe/concepts/gauge-and-insight.mdx:87:1  error  mdx-safe  -  This link address "javascript:alert(1)" is a \`javascript:\` address, which runs code in the reader's browser. Use a relative path (like /assets/one-pager.pdf or ../other-page/), an https:// address or a mailto: address.",
      ]
    `);
  });

  it('no-placeholders', () => {
    expect(lines(checkFixture('no-placeholders'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/no-placeholders/products/gauge.yaml:7:1  error  no-placeholders  summary  Still holds the "TODO" placeholder from the scaffold. Write the real text.",
      ]
    `);
  });

  it('translation-parity (a Dutch translation with a changed bundle price and a changed percentage)', () => {
    expect(lines(checkFixture('translation-parity'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/translation-parity/concepts/nl/gauge-and-insight.mdx:18:5  error  translation-parity  arguments[0].proof  Differs from the English original at tests/fixtures/translation-parity/concepts/gauge-and-insight.mdx:18 (arguments[0].proof). Figures differ: the original says "38 %", which the translation does not; the translation says "36 %", which the original does not. A translation quotes the same figures; correct whichever version is wrong.",
        "tests/fixtures/translation-parity/concepts/nl/gauge-and-insight.mdx:57:9  error  translation-parity  bundles[0].price[1].amount  Differs from the English original at tests/fixtures/translation-parity/concepts/gauge-and-insight.mdx:57 (bundles[0].price[1].amount). The original says 4000, the translation 4500. A translation quotes the same figures; correct whichever version is wrong.",
      ]
    `);
  });

  it('translation-stale (the original changed after its translation)', () => {
    expect(lines(checkFixture('translation-stale'))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/translation-stale/concepts/nl/gauge-and-insight.mdx:10:1  warning  translation-stale  lastReviewed  The English version changed on 14 Oct 2026 ("Objection on launch timing reworded."), after this translation (last changed 1 Oct 2026). Bring the translation up to date with tests/fixtures/translation-stale/concepts/gauge-and-insight.mdx, then add a \`changes\` line or set \`lastReviewed\` to 2026-10-14 or later.",
      ]
    `);
  });
});
