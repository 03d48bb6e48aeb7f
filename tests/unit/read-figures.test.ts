/** Figures read per language: separators, units, dates and SKUs. */
import { describe, expect, it } from 'vitest';
import { figureKey, readFigures, readNumber } from '../../src/lib/read-figures.ts';

const keys = (text: string, lang: string) => readFigures(text, lang).map(figureKey);

describe('readNumber', () => {
  it('reads each language\'s separators', () => {
    expect(readNumber('34.000', 'nl')).toBe(34000);
    expect(readNumber('34,000', 'en')).toBe(34000);
    expect(readNumber('2,5', 'nl')).toBe(2.5);
    expect(readNumber('2.5', 'en')).toBe(2.5);
    expect(readNumber('31.500,50', 'nl')).toBe(31500.5);
    // The same text means something else in the other language.
    expect(readNumber('34.000', 'en')).toBe(34);
  });
});

describe('readFigures', () => {
  it('reads a Dutch and an English sentence to the same figures', () => {
    const en = 'Scrap fell from 3.1 % to 1.9 % in 5 months; EUR 84,000 less scrap cost at 12,000 parts and EUR 11.80 a part.';
    const nl = 'De afkeur daalde in 5 maanden van 3,1 % naar 1,9 %; € 84.000 minder afkeurkosten bij 12.000 onderdelen en € 11,80 per stuk.';
    expect(keys(nl, 'nl').sort()).toEqual(keys(en, 'en').sort());
    expect(keys(en, 'en')).toEqual(['3.1 %', '1.9 %', '5 months', '84000 EUR', '12000 parts', '11.8 EUR']);
  });

  it('maps Dutch units to the English ones', () => {
    expect(keys('12 uur, 3 dagen, 40 stuks, 36 maanden, 2 ploegen, 4 weken', 'nl')).toEqual([
      '12 hours', '3 days', '40 pieces', '36 months', '2 shifts', '4 weeks',
    ]);
    expect(keys('12 hours, 3 days, 40 pieces, a 36-month term, 2 shifts, 4 weeks', 'en')).toEqual([
      '12 hours', '3 days', '40 pieces', '36 months', '2 shifts', '4 weeks',
    ]);
  });

  it('reads working days as days in both languages, as the Dutch "werkdagen" always was', () => {
    expect(keys('The report follows within 5 working days; 1 business day for a rush job.', 'en')).toEqual(['5 days', '1 days']);
    expect(keys('Het rapport volgt binnen 5 werkdagen; 1 werkdag met spoed.', 'nl')).toEqual(['5 days', '1 days']);
  });

  it('reads percentages with or without a space, and in words', () => {
    expect(keys('2,5 % en 7% en 12 procent', 'nl')).toEqual(['2.5 %', '7 %', '12 %']);
    expect(keys('2.5 % and 7% and 12 percent', 'en')).toEqual(['2.5 %', '7 %', '12 %']);
  });

  it('reads currency before and after the number, with scale words', () => {
    expect(keys('€ 34.000, 34.000 euro, EUR 1,2 miljoen', 'nl')).toEqual(['34000 EUR', '34000 EUR', '1200000 EUR']);
    expect(keys('€34,000, 34,000 euros, EUR 1.2 million', 'en')).toEqual(['34000 EUR', '34000 EUR', '1200000 EUR']);
  });

  it('reads dates in both languages and SKUs as written', () => {
    expect(keys('op 14 okt. 2026, sinds mei 2026, tot 2027-03-31, artikel LM-400-01', 'nl')).toEqual([
      '20261014 date', '202605 month', '20270331 date', 'LM-400-01 sku',
    ]);
    expect(keys('on 14 Oct 2026, since May 2026, until 2027-03-31, item LM-400-01', 'en')).toEqual([
      '20261014 date', '202605 month', '20270331 date', 'LM-400-01 sku',
    ]);
  });

  it('ends a SKU where a Dutch compound word starts', () => {
    expect(keys('vier LM-400-meters en een lm-400 in kleine letters', 'nl')).toEqual(['LM-400 sku']);
  });

  it('ignores bare numbers and standards', () => {
    expect(keys('IATF 16949, 3 of the 5 teams, in 2024, 8D report', 'en')).toEqual([]);
    expect(keys('IATF 16949, 3 van de 5 teams, in 2024, 8D-rapport', 'nl')).toEqual([]);
  });

  it('does not read an English thousands comma as a Dutch decimal', () => {
    // Written the English way in a Dutch text: read as Dutch, 34 euro, so a parity check sees it.
    expect(keys('€ 34,000', 'nl')).toEqual(['34 EUR']);
  });
});
