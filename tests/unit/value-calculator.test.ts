import { describe, expect, it } from 'vitest';
import { calculate, calculatorOffers } from '../../src/lib/value-calculator.ts';
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

const texts = { months: 'Pays back in {months} months', none: 'No payback' };

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
      { id: 'one-line', name: 'one-line', upfrontMinor: 4_790_000, recurringYearlyMinor: 540_000 },
    ]);
  });
});

describe('calculate', () => {
  const offers = [
    { id: 'one-line', name: 'One line', upfrontMinor: 4_790_000, recurringYearlyMinor: 540_000 },
    { id: 'monthly', name: 'Monthly', upfrontMinor: 0, recurringYearlyMinor: 6_000_000 },
  ];

  it('gives the typical figures without overrides', () => {
    // 12,000 × 11.80 × 25 % = 35,400; 30 × 2 × 720 × 35 % = 15,120; 47,900 ÷ ((50,520 − 5,400) ÷ 12) = 12.7
    expect(calculate(model, offers, {}, texts)).toEqual({
      drivers: ['€35,400', '€15,120'],
      total: '€50,520',
      paybacks: { 'one-line': 'Pays back in 12.7 months', monthly: 'No payback' },
    });
  });

  it('uses the customer\'s numbers where given and ignores fields left empty or invalid', () => {
    const result = calculate(model, offers, { 'scrap-parts': 30000, stops: Number.NaN }, texts);
    // 30,000 × 11.80 × 25 % = 88,500; + 15,120 = 103,620
    expect(result.drivers).toEqual(['€88,500', '€15,120']);
    expect(result.total).toBe('€103,620');
    expect(result.paybacks['one-line']).toBe('Pays back in 5.9 months');
  });
});
