import { describe, expect, it } from 'vitest';
import { conceptCurrency, formatKpiValue } from '../../src/lib/kpi-format.ts';

describe('formatKpiValue', () => {
  it('shows deal size as money and other KPIs as numbers', () => {
    expect(formatKpiValue('deal-size', 24000, 'EUR', 'en')).toBe('€24,000');
    expect(formatKpiValue('deal-size', 24000, 'USD', 'en')).toBe('$24,000');
    expect(formatKpiValue('leads', 1200, 'EUR', 'en')).toBe('1,200');
  });

  it('takes the currency of the value model, else of the first offer, else EUR', () => {
    expect(conceptCurrency({ valueModel: { currency: 'CHF', drivers: [] }, bundles: [] })).toBe('CHF');
    const bundle = { price: [{ amount: 1, currency: 'USD', per: 'once' }] } as never;
    expect(conceptCurrency({ valueModel: undefined, bundles: [bundle] })).toBe('USD');
    expect(conceptCurrency({ valueModel: undefined, bundles: [] })).toBe('EUR');
  });
});
