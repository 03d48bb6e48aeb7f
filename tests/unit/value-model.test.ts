import { describe, expect, it } from 'vitest';
import { paybackMonths, termTotal, assertSameCurrency } from '../../src/lib/pricing.ts';
import { inputValue, valueInputs, yearlyBenefit } from '../../src/lib/value-model.ts';
import type { ValueModel } from '../../src/schemas/concepts.ts';

// The flagship's value model: scrap and downtime drivers.
const model: ValueModel = {
  currency: 'EUR',
  drivers: [
    {
      label: 'Less scrap',
      inputs: [
        { id: 'parts-per-year', label: 'Parts produced per year', unit: 'parts', default: 120000, question: 'How many parts do you make a year?' },
        { id: 'scrap-avoided', label: 'Scrap rate avoided', unit: '%', default: 2.5 },
        { id: 'cost-per-part', label: 'Cost of a scrapped part', unit: 'EUR', default: 14 },
      ],
    },
    {
      label: 'Less downtime',
      inputs: [
        { id: 'downtime-hours', label: 'Line stop hours saved per year', unit: 'hours', default: 60 },
        { id: 'cost-per-hour', label: 'Cost of a line stop hour', unit: 'EUR', default: 850 },
      ],
    },
  ],
};

describe('yearlyBenefit', () => {
  it('multiplies each driver\'s defaults and sums the drivers', () => {
    expect(yearlyBenefit(model)).toEqual({
      currency: 'EUR',
      drivers: [
        { label: 'Less scrap', yearly: 42000 },
        { label: 'Less downtime', yearly: 51000 },
      ],
      total: 93000,
      totalMinor: 9300000,
    });
  });

  it('uses the customer\'s numbers where given', () => {
    const benefit = yearlyBenefit(model, { 'parts-per-year': 80000, 'cost-per-hour': 1200 });
    expect(benefit.drivers.map((d) => d.yearly)).toEqual([28000, 72000]);
    expect(benefit.total).toBe(100000);
  });

  it('falls back to the default for non-finite overrides and ignores unknown ids', () => {
    const benefit = yearlyBenefit(model, { 'parts-per-year': Number.NaN, 'cost-per-hour': Infinity, 'no-such-input': 5 });
    expect(benefit.total).toBe(93000);
  });

  it('counts percentages as fractions and rounds the total to cents', () => {
    const benefit = yearlyBenefit(model, { 'scrap-avoided': 1.3, 'cost-per-part': 13.99, 'downtime-hours': 0 });
    // 120,000 × 1.3 % × 13.99 = 21,824.40 (up to float noise)
    expect(benefit.drivers[0]?.yearly).toBeCloseTo(21824.4, 6);
    expect(benefit.totalMinor).toBe(2182440);
  });

  it('feeds the payback calculation', () => {
    const price = termTotal([{ amount: 34900, currency: 'EUR', per: 'once' }, { amount: 4860, currency: 'EUR', per: 'year' }], 36);
    const benefit = yearlyBenefit(model);
    assertSameCurrency([price.currency, benefit.currency]);
    expect(
      paybackMonths({ upfrontMinor: price.oneOffMinor, yearlyBenefitMinor: benefit.totalMinor, yearlyRecurringMinor: price.recurringYearlyMinor }),
    ).toBe(4.8);
  });
});

describe('inputValue', () => {
  it('takes the override, else the default; "%" as a fraction', () => {
    const [parts, scrap] = model.drivers[0]!.inputs;
    expect(inputValue(parts!)).toBe(120000);
    expect(inputValue(parts!, { 'parts-per-year': 5000 })).toBe(5000);
    expect(inputValue(scrap!)).toBe(0.025);
  });
});

describe('valueInputs', () => {
  it('lists every input once, with its driver, for the form', () => {
    const shared: ValueModel = {
      ...model,
      drivers: [
        ...model.drivers,
        {
          label: 'Faster first-article inspection',
          inputs: [
            { id: 'inspection-hours', label: 'Inspection hours saved per year', unit: 'hours', default: 120 },
            { id: 'cost-per-hour', label: 'Cost of a line stop hour', unit: 'EUR', default: 850 },
          ],
        },
      ],
    };
    expect(valueInputs(shared).map((i) => [i.id, i.driver])).toEqual([
      ['parts-per-year', 'Less scrap'],
      ['scrap-avoided', 'Less scrap'],
      ['cost-per-part', 'Less scrap'],
      ['downtime-hours', 'Less downtime'],
      ['cost-per-hour', 'Less downtime'],
      ['inspection-hours', 'Faster first-article inspection'],
    ]);
    expect(valueInputs(model)[0]).toMatchObject({ label: 'Parts produced per year', unit: 'parts', default: 120000, question: 'How many parts do you make a year?' });
  });
});
