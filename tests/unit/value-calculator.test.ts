import { describe, expect, it } from 'vitest';
import { calculate, calculatorOffers, shortPayback } from '../../src/lib/value-calculator.ts';
import type { Bundle, ValueModel } from '../../src/schemas/concepts.ts';

const model: ValueModel = {
  currency: 'EUR',
  drivers: [
    {
      label: 'Less scrap',
      inputs: [
        { id: 'scrap-parts', label: 'Scrapped parts per year', unit: 'parts', default: 12000 },
        { id: 'scrap-cost', label: 'Cost per part', unit: 'EUR', default: 11.8 },
        { id: 'scrap-reduction', label: 'Expected scrap reduction', unit: '%', default: 25 },
      ],
    },
    {
      label: 'Fewer line stops',
      inputs: [
        { id: 'stops', label: 'Stops per year', unit: 'stops', default: 30 },
        { id: 'hours', label: 'Hours per stop', unit: 'hours', default: 2 },
        { id: 'cost-per-hour', label: 'Cost per hour', unit: 'EUR', default: 720 },
        { id: 'stop-reduction', label: 'Expected reduction in stops', unit: '%', default: 35 },
      ],
    },
  ],
};

const bundle = (id: string, price: Bundle['price'], termMonths?: number): Bundle => ({
  id,
  name: id,
  items: [{ product: { id: 'lm-400', collection: 'products' }, quantity: 1 }],
  price,
  termMonths,
  pitch: 'One offer.',
});

const texts = {
  months: 'Pays back in {months} months',
  none: 'No payback',
  basisOneOff: '{upfront} up front ÷ {monthly} a month of benefit',
  basisRecurring: '{upfront} up front ÷ {monthly} a month ({benefit} a year − {recurring} a year of fees, ÷ 12)',
  termMore: 'Over {months} months: {total}, {more} more than {cheapest}',
};

describe('calculatorOffers', () => {
  it('splits each offer into upfront and yearly recurring money, leaving out other currencies', () => {
    const offers = calculatorOffers(
      [
        bundle('one-line', [
          { amount: 47900, currency: 'EUR', per: 'once' },
          { amount: 5400, currency: 'EUR', per: 'year' },
        ], 36),
        bundle('in-dollars', [{ amount: 50000, currency: 'USD', per: 'once' }]),
      ],
      model,
    );
    expect(offers).toEqual([
      {
        id: 'one-line',
        name: 'one-line',
        upfrontMinor: 4_790_000,
        recurringYearlyMinor: 540_000,
        totalMinor: 6_410_000,
        termMonths: 36,
        audience: '',
      },
    ]);
  });

  it('tells offers for owners of a product apart from offers for every customer', () => {
    const owners: Bundle = { ...bundle('owners', [{ amount: 33900, currency: 'EUR', per: 'once' }]), forOwnersOf: [{ id: 'lm-400', collection: 'products' }] };
    const refill: Bundle = { ...bundle('refill', [{ amount: 900, currency: 'EUR', per: 'once' }]), partial: 'refill' };
    expect(calculatorOffers([owners, refill], model).map((offer) => offer.audience)).toEqual(['lm-400', 'refill']);
  });
});

describe('calculate', () => {
  const offers = [
    { id: 'one-line', name: 'One line', upfrontMinor: 4_790_000, recurringYearlyMinor: 540_000, totalMinor: 6_410_000, termMonths: 36 },
    { id: 'monthly', name: 'Monthly', upfrontMinor: 0, recurringYearlyMinor: 6_000_000, totalMinor: 18_000_000, termMonths: 36 },
  ];

  it('gives the typical figures without overrides', () => {
    // 12,000 × 11.80 × 25 % = 35,400; 30 × 2 × 720 × 35 % = 15,120; 47,900 ÷ ((50,520 − 5,400) ÷ 12) = 12.7
    const result = calculate(model, offers, {}, texts, 'en');
    expect(result.drivers).toEqual(['€35,400', '€15,120']);
    expect(result.total).toBe('€50,520');
    expect(result.paybacks).toEqual({ 'one-line': 'Pays back in 12.7 months', monthly: 'No payback' });
  });

  it('writes the months of a payback as the language writes numbers, in the text and on the bar', () => {
    const result = calculate(model, offers, {}, { ...texts, months: 'Terugverdiend in {months} maanden' }, 'nl');
    expect(result.paybacks['one-line']).toBe('Terugverdiend in 12,7 maanden');
    expect(result.months['one-line']).toBe(12.7);
    const bar = { short: '{months} maanden', noneShort: 'Geen terugverdientijd' };
    expect(shortPayback(12.7, bar, 'nl')).toBe('12,7 maanden');
    expect(shortPayback(12.7, { short: '{months} months', noneShort: 'No payback' }, 'en')).toBe('12.7 months');
    expect(shortPayback(null, bar, 'nl')).toBe('Geen terugverdientijd');
  });

  it('rounds every driver to whole money and adds up what it shows', () => {
    // Each driver is 1 × 1.2 × 50 % = 0.60: shown as €1 each, so the total shown is €2, not €1.20.
    const result = calculate(model, offers, {
      'scrap-parts': 1, 'scrap-cost': 1.2, 'scrap-reduction': 50,
      stops: 1, hours: 1, 'cost-per-hour': 1.2, 'stop-reduction': 50,
    }, texts, 'en');
    expect(result.drivers).toEqual(['€1', '€1']);
    expect(result.total).toBe('€2');
  });

  it('explains each payback: what it divides, and what a plan with fees costs more over the term', () => {
    const withMonthly = [
      offers[0]!,
      { id: 'monthly', name: 'Paid monthly', upfrontMinor: 990_000, recurringYearlyMinor: 1_908_000, totalMinor: 6_714_000, termMonths: 36 },
    ];
    const result = calculate(model, withMonthly, {}, texts, 'en');
    expect(result.paybacks.monthly).toBe('Pays back in 3.8 months');
    // (50,520 − 19,080) ÷ 12 = 2,620 a month
    expect(result.explanations.monthly).toEqual([
      '€9,900 up front ÷ €2,620 a month (€50,520 a year − €19,080 a year of fees, ÷ 12)',
      'Over 36 months: €67,140, €3,040 more than One line',
    ]);
    // One line also has fees (maintenance): (50,520 − 5,400) ÷ 12 = 3,760; it is the cheapest.
    expect(result.explanations['one-line']).toEqual([
      '€47,900 up front ÷ €3,760 a month (€50,520 a year − €5,400 a year of fees, ÷ 12)',
    ]);
    // An owners' bundle is cheaper, but for other customers: the monthly plan is still
    // compared with the cheapest offer for everyone.
    const withOwners = [...withMonthly, { id: 'owners', name: 'For LM-400 owners', upfrontMinor: 3_390_000, recurringYearlyMinor: 540_000, totalMinor: 5_010_000, termMonths: 36, audience: 'lm-400' }];
    expect(calculate(model, withOwners, {}, texts, 'en').explanations.monthly?.[1]).toBe('Over 36 months: €67,140, €3,040 more than One line');
    const noFees = calculate(model, [{ id: 'once', name: 'Once', upfrontMinor: 100_000, recurringYearlyMinor: 0, totalMinor: 100_000 }], {}, texts, 'en');
    expect(noFees.explanations.once).toEqual(['€1,000 up front ÷ €4,210 a month of benefit']);
  });

  it('uses the customer\'s numbers where given and ignores fields left empty or invalid', () => {
    const result = calculate(model, offers, { 'scrap-parts': 30000, stops: Number.NaN }, texts, 'en');
    // 30,000 × 11.80 × 25 % = 88,500; + 15,120 = 103,620
    expect(result.drivers).toEqual(['€88,500', '€15,120']);
    expect(result.total).toBe('€103,620');
    expect(result.paybacks['one-line']).toBe('Pays back in 5.9 months');
  });
});
