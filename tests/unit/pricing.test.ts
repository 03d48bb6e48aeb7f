import { describe, expect, it } from 'vitest';
import {
  MixedCurrencyError,
  assertSameCurrency,
  bundleSavings,
  partsTotal,
  paybackMonths,
  termTotal,
} from '../../src/lib/pricing.ts';
import type { Money } from '../../src/schemas/common.ts';
import type { Bundle } from '../../src/schemas/concepts.ts';
import type { Product } from '../../src/schemas/products.ts';

const eur = (amount: number, per: Money['per'], label?: string): Money => ({ amount, currency: 'EUR', per, label });

function product(name: string, kind: Product['kind'], prices: Money[]): Product {
  return { name, kind, sku: name.toUpperCase(), aliases: [], prices, summary: name, keyFacts: [], assets: [], lang: 'en' };
}

// The sample's flagship products, as list prices.
const products = new Map<string, Product>([
  ['lm-400', product('LineMeter LM-400', 'device', [eur(4150, 'once')])],
  ['processlens', product('ProcessLens', 'software', [eur(32400, 'once', 'Licence'), eur(5832, 'year', 'Maintenance')])],
  ['onboarding-day', product('On-site onboarding', 'service', [eur(1250, 'day')])],
  ['reference-block', product('Reference block set', 'consumable', [eur(38.5, 'unit')])],
  ['processlens-cloud', product('ProcessLens Cloud', 'software', [eur(290, 'month')])],
]);

const measureAndImprove: Pick<Bundle, 'price' | 'items' | 'termMonths'> = {
  items: [
    { product: { id: 'lm-400', collection: 'products' }, quantity: 1 },
    { product: { id: 'processlens', collection: 'products' }, quantity: 1 },
    { product: { id: 'onboarding-day', collection: 'products' }, quantity: 2 },
  ],
  price: [eur(34900, 'once', 'Device, licence and onboarding'), eur(4860, 'year', 'Maintenance')],
  termMonths: 36,
};

describe('termTotal', () => {
  it('counts a one-off price once', () => {
    expect(termTotal([eur(4150, 'once')])).toEqual({
      currency: 'EUR',
      oneOffMinor: 415000,
      recurringYearlyMinor: 0,
      recurringTermMinor: 0,
      totalMinor: 415000,
      termMonths: undefined,
    });
  });

  it('adds licence and yearly maintenance over a 36-month term', () => {
    expect(termTotal(products.get('processlens')!.prices, 36)).toEqual({
      currency: 'EUR',
      oneOffMinor: 3240000,
      recurringYearlyMinor: 583200,
      recurringTermMinor: 1749600,
      totalMinor: 4989600,
      termMonths: 36,
    });
  });

  it('counts monthly parts term times', () => {
    const total = termTotal([eur(290, 'month')], 36);
    expect(total.recurringYearlyMinor).toBe(348000);
    expect(total.totalMinor).toBe(1044000);
  });

  it('counts yearly parts pro rata for a term that is not whole years, in exact integers', () => {
    expect(termTotal([eur(5832, 'year')], 7).totalMinor).toBe(340200);
    expect(termTotal([eur(1000.01, 'year')], 1).totalMinor).toBe(8333); // 8333.42 cents
    expect(termTotal([eur(1000.06, 'year')], 1).totalMinor).toBe(8334); // 8333.83 cents
    expect(termTotal([eur(0.06, 'year')], 1).totalMinor).toBe(1); // exactly half a cent rounds up
  });

  it('multiplies service days and consumable units by the quantity', () => {
    expect(termTotal([eur(1250, 'day')], undefined, 3).oneOffMinor).toBe(375000);
    expect(termTotal([eur(38.5, 'unit')], undefined, 50).totalMinor).toBe(192500);
  });

  it('multiplies recurring parts by the quantity too (two licences, two maintenance fees)', () => {
    const total = termTotal(products.get('processlens')!.prices, 36, 2);
    expect(total.oneOffMinor).toBe(6480000);
    expect(total.recurringYearlyMinor).toBe(1166400);
    expect(total.totalMinor).toBe(9979200);
  });

  it('needs a term when a part recurs', () => {
    expect(() => termTotal(products.get('processlens')!.prices)).toThrow(
      'termMonths is required: the price has recurring parts (per month or per year).',
    );
  });

  it('rejects an empty price, mixed currencies and odd counts', () => {
    expect(() => termTotal([])).toThrow('No currency: a price needs at least one component.');
    expect(() => termTotal([eur(4150, 'once'), { amount: 900, currency: 'USD', per: 'year' }], 12)).toThrow(
      new MixedCurrencyError(['EUR', 'USD']).message,
    );
    expect(() => termTotal([eur(1, 'once')], 0)).toThrow('termMonths must be a whole number of at least 1, got 0');
    expect(() => termTotal([eur(1, 'once')], 12, 1.5)).toThrow('quantity must be a whole number of at least 0, got 1.5');
  });

  it('works in currencies without minor units', () => {
    const total = termTotal([{ amount: 620000, currency: 'JPY', per: 'once' }, { amount: 87000.5, currency: 'JPY', per: 'year' }], 24);
    expect(total).toMatchObject({ currency: 'JPY', oneOffMinor: 620000, recurringYearlyMinor: 87001, totalMinor: 794002 });
  });
});

describe('MixedCurrencyError', () => {
  it('names the currencies found', () => {
    const error = new MixedCurrencyError(['USD', 'EUR', 'USD']);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('MixedCurrencyError');
    expect(error.currencies).toEqual(['EUR', 'USD']);
    expect(error.message).toBe(
      'Mixed currencies (EUR, USD): a price and everything it is compared with must use one currency.',
    );
  });

  it('is what assertSameCurrency throws', () => {
    expect(assertSameCurrency(['EUR', 'EUR'])).toBe('EUR');
    expect(() => assertSameCurrency(['EUR', 'CHF'])).toThrow(MixedCurrencyError);
  });
});

describe('partsTotal', () => {
  it('adds the products at list price over the term', () => {
    const total = partsTotal(measureAndImprove.items, products, 36);
    // 4,150 + 32,400 + 3 × 5,832 + 2 × 1,250 = 56,546
    expect(total).toEqual({
      currency: 'EUR',
      oneOffMinor: 3905000,
      recurringYearlyMinor: 583200,
      recurringTermMinor: 1749600,
      totalMinor: 5654600,
      termMonths: 36,
    });
  });

  it('accepts plain ids and a lookup function', () => {
    const total = partsTotal([{ product: 'lm-400', quantity: 3 }], (id) => products.get(id));
    expect(total.totalMinor).toBe(1245000);
  });

  it('names an unknown product', () => {
    expect(() => partsTotal([{ product: 'lm-500', quantity: 1 }], products)).toThrow(
      'Unknown product "lm-500": it is not in content/products.',
    );
  });

  it('rejects parts in different currencies', () => {
    const withUsd = new Map(products).set('probe', product('Probe', 'device', [{ amount: 300, currency: 'USD', per: 'once' }]));
    expect(() => partsTotal([{ product: 'lm-400', quantity: 1 }, { product: 'probe', quantity: 1 }], withUsd)).toThrow(
      MixedCurrencyError,
    );
  });
});

describe('bundleSavings', () => {
  it('shows what the bundle saves against its parts over its term', () => {
    // Bundle: 34,900 + 3 × 4,860 = 49,480; parts 56,546.
    expect(bundleSavings(measureAndImprove, products)).toEqual({
      currency: 'EUR',
      termMonths: 36,
      bundleMinor: 4948000,
      partsMinor: 5654600,
      savingsMinor: 706600,
      savingsPercent: 12.5,
    });
  });

  it('reports negative savings when the bundle is dearer than its parts', () => {
    const dear = { ...measureAndImprove, price: [eur(60000, 'once'), eur(4860, 'year')] };
    expect(bundleSavings(dear, products)).toMatchObject({ bundleMinor: 7458000, savingsMinor: -1803400, savingsPercent: -31.9 });
  });

  it('needs the term when parts recur', () => {
    const noTerm = { ...measureAndImprove, price: [eur(49000, 'once')], termMonths: undefined };
    expect(() => bundleSavings(noTerm, products)).toThrow('termMonths is required');
  });

  it('rejects a bundle priced in another currency than its parts', () => {
    const inUsd = { ...measureAndImprove, price: [{ amount: 52000, currency: 'USD', per: 'once' as const }] };
    expect(() => bundleSavings(inUsd, products)).toThrow(
      'Mixed currencies (EUR, USD): a price and everything it is compared with must use one currency.',
    );
  });
});

describe('paybackMonths', () => {
  it('divides the upfront price by the net monthly benefit', () => {
    // 34,900 upfront; benefit 93,000 a year; maintenance 4,860 a year → 34,900 ÷ 7,345 = 4.75…
    expect(paybackMonths({ upfrontMinor: 3490000, yearlyBenefitMinor: 9300000, yearlyRecurringMinor: 486000 })).toBe(4.8);
    expect(paybackMonths({ upfrontMinor: 3240000, yearlyBenefitMinor: 4000000, yearlyRecurringMinor: 0 })).toBe(9.7);
    expect(paybackMonths({ upfrontMinor: 0, yearlyBenefitMinor: 100, yearlyRecurringMinor: 0 })).toBe(0);
  });

  it('returns null ("no payback") when the benefit does not beat the recurring cost', () => {
    expect(paybackMonths({ upfrontMinor: 3490000, yearlyBenefitMinor: 400000, yearlyRecurringMinor: 486000 })).toBeNull();
    expect(paybackMonths({ upfrontMinor: 3490000, yearlyBenefitMinor: 486000, yearlyRecurringMinor: 486000 })).toBeNull();
    expect(paybackMonths({ upfrontMinor: 3490000, yearlyBenefitMinor: 0, yearlyRecurringMinor: 0 })).toBeNull();
  });
});
