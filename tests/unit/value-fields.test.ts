import { describe, expect, it } from 'vitest';
import { basisText, initialFieldText, readField } from '../../src/lib/value-fields.ts';

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
    expect(readField('11.8', '11.8', 11.8, texts, 'en')).toEqual({ source: 'typical', value: 11.8, note: 'Typical figure' });
    expect(readField('  ', '11.8', 11.8, texts, 'en')).toEqual({
      source: 'typical',
      value: 11.8,
      note: 'Empty: counts with the typical figure, 11.8',
    });
  });

  it('counts what the person typed as the customer\'s figure, saying how an ambiguous one was read', () => {
    expect(readField('11,80', '11.8', 11.8, texts, 'en')).toEqual({ source: 'customer', value: 11.8, note: "Customer's figure" });
    expect(readField('1,500', '12000', 12000, texts, 'en')).toEqual({
      source: 'customer',
      value: 1500,
      note: "Customer's figure, read as 1,500",
    });
  });

  it('starts a Dutch field with the typical figure as Dutch writes it, and writes the notes\' numbers in Dutch', () => {
    expect(initialFieldText(11.8, 'nl')).toBe('11,8');
    expect(initialFieldText(11.8, 'en')).toBe('11.8');
    expect(readField('11,8', initialFieldText(11.8, 'nl'), 11.8, texts, 'nl')).toEqual({ source: 'typical', value: 11.8, note: 'Typical figure' });
    expect(readField('', '11,8', 11.8, texts, 'nl').note).toBe('Empty: counts with the typical figure, 11,8');
    expect(readField('1.500', '12000', 12000, texts, 'nl').note).toBe("Customer's figure, read as 1.500");
  });

  it('counts an untouched field with the typical figure itself, even one that reads like thousands', () => {
    // "1.125" typed would be read as 1,125; the typical 1.125 the field started with stays 1.125.
    expect(readField('1.125', initialFieldText(1.125, 'en'), 1.125, texts, 'en')).toEqual({ source: 'typical', value: 1.125, note: 'Typical figure' });
    expect(readField('1,125', initialFieldText(1.125, 'nl'), 1.125, texts, 'nl').value).toBe(1.125);
  });

  it('turns garbage and negative numbers into a field error without a value', () => {
    expect(readField('abc', '12000', 12000, texts, 'en')).toEqual({ source: 'error', note: 'Not a number.' });
    expect(readField('-3', '12000', 12000, texts, 'en')).toEqual({ source: 'error', note: 'Below zero.' });
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
