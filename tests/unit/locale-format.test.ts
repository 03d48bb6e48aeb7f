/** Money, dates, numbers and price periods per language, and plural choice. */
import { describe, expect, it } from 'vitest';
import { dateLocale, formatDate, formatFieldNumber, formatFigure, formatNumber, formatPercent, intlLocale } from '../../src/lib/format.ts';
import { parseNumberInput } from '../../src/lib/number-input.ts';
import { pluralText, t } from '../../src/lib/i18n.ts';
import { nl } from '../../src/lib/i18n-nl.ts';
import { formatMoney } from '../../src/lib/money.ts';
import { formatPrice } from '../../src/lib/price-format.ts';
import { choosePlural, pluralCategory } from '../../src/lib/plural.ts';

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('money per language', () => {
  it('writes euros the English and the Dutch way', () => {
    expect(formatMoney(3400000, 'EUR', 'en')).toBe('€34,000');
    expect(nbsp(formatMoney(3400000, 'EUR', 'nl'))).toBe('€ 34.000');
    expect(nbsp(formatMoney(3150050, 'EUR', 'nl'))).toBe('€ 31.500,50');
    expect(formatMoney(3150050, 'EUR', 'en')).toBe('€31,500.50');
  });

  it('puts amount and period in each language\'s order, from one template per period', () => {
    const yearly = { amount: 5400, currency: 'EUR', per: 'year' } as const;
    expect(formatPrice(yearly, 'en')).toBe('€5,400 / year');
    expect(nbsp(formatPrice(yearly, 'nl'))).toBe('€ 5.400 per jaar');
    expect(nbsp(formatPrice({ amount: 1590, currency: 'EUR', per: 'month' }, 'nl'))).toBe('€ 1.590 per maand');
    expect(nbsp(formatPrice({ amount: 47900, currency: 'EUR', per: 'once' }, 'nl'))).toBe('€ 47.900');
    expect(formatPrice({ amount: 980, currency: 'EUR', per: 'day' }, 'en')).toBe('€980 / day');
  });
});

describe('dates and numbers per language', () => {
  const day = new Date('2026-10-14T00:00:00Z');
  it('writes a calendar date day first in both languages, in UTC', () => {
    expect(formatDate(day, 'en')).toBe('14 Oct 2026');
    // CLDR's Dutch short month; older ICU versions add a full stop ("okt.").
    expect(formatDate(day, 'nl')).toMatch(/^14 okt\.? 2026$/);
    expect(formatDate(new Date('2026-03-01T00:00:00Z'), 'nl')).toMatch(/^1 mrt\.? 2026$/);
  });

  it('groups and separates decimals per language', () => {
    expect(formatNumber(34000, 'en')).toBe('34,000');
    expect(formatNumber(34000, 'nl')).toBe('34.000');
    expect(formatNumber(2.5, 'nl')).toBe('2,5');
    expect(nbsp(formatPercent(2.5, 'nl'))).toBe('2,5 %');
    expect(nbsp(formatPercent(2.5, 'en'))).toBe('2.5 %');
  });

  it('writes a number for a form field with the language\'s decimal sign, every digit and no grouping', () => {
    expect(formatFieldNumber(11.8, 'en')).toBe('11.8');
    expect(formatFieldNumber(11.8, 'nl')).toBe('11,8');
    expect(formatFieldNumber(48000000, 'nl')).toBe('48000000');
    expect(formatFieldNumber(0.0375, 'nl')).toBe('0,0375');
    expect(formatFigure(0.0011, 'en')).toBe('0.0011');
    expect(formatFigure(24000000, 'nl')).toBe('24.000.000');
    for (const value of [11.8, 12000, 0.0375, 2.25]) {
      for (const lang of ['en', 'nl']) {
        expect(parseNumberInput(formatFieldNumber(value, lang))).toEqual({ kind: 'number', value, ambiguous: false });
      }
    }
  });

  it('maps playbook languages to one Intl locale each', () => {
    expect(intlLocale('en')).toBe('en');
    expect(dateLocale('en')).toBe('en-GB');
    expect(dateLocale('nl')).toBe('nl-NL');
    expect(intlLocale('nl')).toBe('nl-NL');
    expect(intlLocale('nl-BE')).toBe('nl-BE');
  });
});

describe('plural choice', () => {
  it('follows CLDR per language', () => {
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(0, 'en')).toBe('other');
    expect(pluralCategory(1, 'nl')).toBe('one');
    expect(pluralCategory(1.5, 'nl')).toBe('other');
    // Polish has "few" and "many": the helper does not assume two forms.
    expect(pluralCategory(3, 'pl')).toBe('few');
    expect(pluralCategory(5, 'pl')).toBe('many');
  });

  it('falls back to `other` for a category the phrase lacks', () => {
    expect(choosePlural(3, { one: 'plik', other: 'pliki' }, 'pl')).toBe('pliki');
    expect(choosePlural(3, { one: 'plik', few: 'pliki', other: 'plików' }, 'pl')).toBe('pliki');
  });

  it('fills the dictionary text of the chosen form', () => {
    const keys = { one: 'home.conceptCountOne', other: 'home.conceptCount' } as const;
    expect(pluralText(1, keys, 'nl')).toBe('1 concept');
    expect(pluralText(4, keys, 'nl')).toBe('4 concepten');
    expect(pluralText(4, keys, 'en')).toBe('4 concepts');
  });
});

describe('Dutch dictionary', () => {
  it('has every English key, each with the same placeholders', () => {
    for (const [key, text] of Object.entries(nl)) {
      const english = t(key as keyof typeof nl, 'en');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(text), key).toEqual(names(english));
      expect(text.trim(), key).not.toBe('');
    }
    expect(t('nav.objections', 'nl')).toBe('Bezwaren');
  });

  it('differs from English except in words Dutch shares with it (a copied English string fails here)', () => {
    const same = Object.entries(nl)
      .filter(([key, text]) => t(key as keyof typeof nl, 'en') === text)
      .map(([, text]) => text);
    const sharedWords = new Set([
      'Filters', 'Status', 'Persona', 'Product', 'Concept', '{amount}', '1 concept', 'Pilot', 'Live', 'Pitch',
      'Sales champion', '—', 'Timing', 'in', 'Leads', 'Funnel', 'Software', 'Tips', 'Tip', 'Type', 'id (in {collection})',
      // A CSV column heading made of a funnel step's name and a unit: no words of its own.
      '{step} (%)',
    ]);
    expect(same.filter((text) => !sharedWords.has(text))).toEqual([]);
  });
});

