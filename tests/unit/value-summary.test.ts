import { describe, expect, it } from 'vitest';
import { valueSummary } from '../../src/lib/value-summary.ts';

describe('what a value calculator announces', () => {
  it('says the yearly benefit and each offer’s payback in one text, each a sentence', () => {
    expect(
      valueSummary({
        totalLabel: 'Yearly benefit, all drivers',
        total: '€52,740',
        paybacks: [
          { name: 'Measure and improve, one line', payback: 'Pays back in 12.7 months' },
          { name: 'Measure and improve, paid monthly', payback: 'No payback: the recurring cost is higher than the benefit' },
        ],
      }),
    ).toBe('Yearly benefit, all drivers: €52,740. Measure and improve, one line: Pays back in 12.7 months. Measure and improve, paid monthly: No payback: the recurring cost is higher than the benefit.');
  });

  it('leaves out an offer without a payback text, and ends no sentence twice', () => {
    expect(valueSummary({ totalLabel: 'Opbrengst per jaar, alle factoren', total: '€ 8.100', paybacks: [{ name: 'Navulling', payback: '' }] })).toBe('Opbrengst per jaar, alle factoren: € 8.100.');
    expect(valueSummary({ totalLabel: 'Total', total: 'n/a.', paybacks: [] })).toBe('Total: n/a.');
  });

  it('says what to fix instead of figures when a field is wrong', () => {
    expect(valueSummary({ totalLabel: 'Yearly benefit', total: '—', paybacks: [{ name: 'X', payback: '—' }], invalid: 'Fix the marked figure to see the result.' })).toBe('Fix the marked figure to see the result.');
  });
});
