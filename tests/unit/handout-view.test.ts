/**
 * The customer hand-out keeps the customer's figures and the playbook's example apart: a
 * benefit's worked example ("At 12,000 scrapped parts a year …") is labelled as an example, so
 * it does not read as the customer's own next to the payback worked out from their figures.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/checker/load-content.ts';
import { readContentFiles } from '../../src/checker/read-content.ts';
import { handoutFile } from '../../src/lib/brief-data.ts';
import { handoutKeys, handoutText, handoutView, type HandoutTexts } from '../../src/lib/handout-view.ts';
import { t } from '../../src/lib/i18n.ts';
import { splitExample } from '../../src/lib/proof-figures.ts';
import { paybackPromisesIn } from '../../src/lib/vague-words.ts';

const { content } = loadContent(readContentFiles('content'));
const products = (id: string) => content.products.find((p) => p.id === id)?.data;
const textsFor = (lang: string) => Object.fromEntries(handoutKeys.map((key) => [key, t(key, lang)])) as HandoutTexts;

/** The hand-out of the salesperson's report: 1.500 parts at 14,5 typed in, the rest typical. */
function acmeHandout(lang: 'en' | 'nl') {
  const entry = content.concepts.find((c) => c.id === (lang === 'en' ? 'scrap-to-savings' : 'nl/scrap-to-savings'))!;
  const file = JSON.parse(JSON.stringify(handoutFile(entry as never, products as never, lang)));
  const request = {
    offer: 'measure-and-improve',
    customer: 'Acme Werke GmbH',
    inputs: { 'scrap-parts': '1.500', 'scrap-cost-per-part': '14,5' },
    typical: { 'scrap-reduction': '25', 'stops-per-year': '30', 'hours-per-stop': '2', 'cost-per-hour': '720', 'stop-reduction': '35' },
  };
  return handoutView(file, request, lang, textsFor(lang));
}

describe('splitExample', () => {
  it('takes the sentences with figures out as the example', () => {
    expect(splitExample('Fewer parts in the scrap bin. At 12,000 scrapped parts a year and EUR 11.80 a part, a quarter less scrap is worth EUR 35,400 a year.', 'en')).toEqual({
      text: 'Fewer parts in the scrap bin.',
      example: 'At 12,000 scrapped parts a year and EUR 11.80 a part, a quarter less scrap is worth EUR 35,400 a year.',
    });
    expect(splitExample('Minder onderdelen in de afkeurbak. Bij 12.000 afgekeurde onderdelen per jaar à € 11,80 levert een kwart minder afkeur € 35.400 per jaar op.', 'nl')).toEqual({
      text: 'Minder onderdelen in de afkeurbak.',
      example: 'Bij 12.000 afgekeurde onderdelen per jaar à € 11,80 levert een kwart minder afkeur € 35.400 per jaar op.',
    });
  });

  it('leaves a benefit without a figure whole ("8D" is no figure)', () => {
    const text = '8D reports closed in days, and engineers back on improvement work instead of sorting spreadsheets.';
    expect(splitExample(text, 'en')).toEqual({ text });
  });
});

describe('the hand-out with the customer\'s own figures', () => {
  it.each([
    ['en', 'Pays back in 37.9 months', 'Fewer parts in the scrap bin.', 'Example: At 12,000 scrapped parts a year'],
    ['nl', 'Terugverdiend in 37,9 maanden', 'Minder onderdelen in de afkeurbak.', 'Voorbeeld: Bij 12.000 afgekeurde onderdelen'],
  ] as const)('%s: shows the example figures as an example, and promises no other payback', (lang, payback, benefit, example) => {
    const view = acmeHandout(lang);
    expect(view.payback?.text).toBe(payback);
    expect(view.claims[0]).toMatchObject({ benefit, note: 1 });
    const text = handoutText(view, textsFor(lang));
    expect(text).toContain(`\n  ${example}`);
    // Outside the example and the other customers' results, nothing quotes the example figures
    // or a payback time.
    const own = [view.summary, view.tagline, view.problem, view.outcome, view.offer?.pitch ?? '', ...view.claims.flatMap((c) => [c.claim, c.benefit])];
    for (const part of own) {
      expect(part, part).not.toMatch(/12[.,]000|11[.,]80|35[.,]400/);
      expect(paybackPromisesIn(part, lang), part).toEqual([]);
    }
  });
});
