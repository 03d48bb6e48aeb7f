import { describe, expect, it } from 'vitest';
import { conceptCurrency, formatKpiFigure, formatKpiValue } from '../../src/lib/kpi-format.ts';

describe('formatKpiValue', () => {
  it('shows deal size as money and other KPIs as numbers', () => {
    expect(formatKpiValue('deal-size', 24000, 'EUR', 'en')).toBe('€24,000');
    expect(formatKpiValue('deal-size', 24000, 'USD', 'en')).toBe('$24,000');
    expect(formatKpiValue('leads', 1200, 'EUR', 'en')).toBe('1,200');
  });

  it('rounds a worked-out figure as targets are written: leads to one decimal, the rest whole, in either language', () => {
    expect(formatKpiFigure('ad-roi', 1704.3, 'EUR', 'en')).toBe('1,704');
    expect(formatKpiFigure('ad-roi', 1704.3, 'EUR', 'nl')).toBe('1.704');
    expect(formatKpiFigure('win-rate', 33.3333, 'EUR', 'en')).toBe('33');
    expect(formatKpiFigure('cycle-days', 88.6, 'EUR', 'en')).toBe('89');
    expect(formatKpiFigure('deal-size', 61833.33, 'EUR', 'nl')).toBe('€\u00a061.833');
    expect(formatKpiFigure('leads', 27.5, 'EUR', 'nl')).toBe('27,5');
    expect(formatKpiFigure('qualified-leads', 13.333, 'EUR', 'en')).toBe('13.3');
  });

  it('takes the currency of the value model, else of the first offer, else EUR', () => {
    expect(conceptCurrency({ valueModel: { currency: 'CHF', drivers: [] }, bundles: [] })).toBe('CHF');
    const bundle = { price: [{ amount: 1, currency: 'USD', per: 'once' }] } as never;
    expect(conceptCurrency({ valueModel: undefined, bundles: [bundle] })).toBe('USD');
    expect(conceptCurrency({ valueModel: undefined, bundles: [] })).toBe('EUR');
  });
});
