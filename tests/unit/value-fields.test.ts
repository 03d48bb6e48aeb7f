import { describe, expect, it } from 'vitest';
import { basisText, readField } from '../../src/lib/value-fields.ts';

const texts = {
  typical: 'Typical figure',
  customer: "Customer's figure",
  readAs: "Customer's figure, read as {value}",
  empty: 'Empty: counts with the typical figure, {value}',
  invalid: 'Not a number.',
  negative: 'Below zero.',
  basisTypical: 'All typical.',
  basisOne: '1 of {count} is the customer\'s.',
  basisMany: '{customer} of {count} are the customer\'s.',
  basisCustomer: 'All {count} are the customer\'s.',
};

describe('readField', () => {
  it('keeps the typical figure, and says so, while the field holds it or is empty', () => {
    expect(readField('11.8', '11.8', 11.8, texts)).toEqual({ source: 'typical', value: 11.8, note: 'Typical figure' });
    expect(readField('  ', '11.8', 11.8, texts)).toEqual({
      source: 'typical',
      value: 11.8,
      note: 'Empty: counts with the typical figure, 11.8',
    });
  });

  it('counts what the person typed as the customer\'s figure, saying how an ambiguous one was read', () => {
    expect(readField('11,80', '11.8', 11.8, texts)).toEqual({ source: 'customer', value: 11.8, note: "Customer's figure" });
    expect(readField('1,500', '12000', 12000, texts)).toEqual({
      source: 'customer',
      value: 1500,
      note: "Customer's figure, read as 1500",
    });
  });

  it('turns garbage and negative numbers into a field error without a value', () => {
    expect(readField('abc', '12000', 12000, texts)).toEqual({ source: 'error', note: 'Not a number.' });
    expect(readField('-3', '12000', 12000, texts)).toEqual({ source: 'error', note: 'Below zero.' });
  });
});

describe('basisText', () => {
  const typical = { source: 'typical' as const, value: 1, note: '' };
  const customer = { source: 'customer' as const, value: 2, note: '' };
  it('counts the customer\'s figures', () => {
    expect(basisText([typical, typical], texts, 'en')).toBe('All typical.');
    expect(basisText([customer, typical, typical], texts, 'en')).toBe("1 of 3 is the customer's.");
    expect(basisText([customer, customer, typical], texts, 'en')).toBe("2 of 3 are the customer's.");
    expect(basisText([customer, customer], texts, 'en')).toBe("All 2 are the customer's.");
  });
});
