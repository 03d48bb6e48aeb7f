import { describe, expect, it } from 'vitest';
import { formatMoney, fromMinor, minorDigits, toMinor } from '../../src/lib/money.ts';
import { formatPrice } from '../../src/lib/price-format.ts';

describe('minorDigits', () => {
  it('reads the minor digits of a currency from Intl', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
  });
});

describe('toMinor', () => {
  it('converts list prices to integer cents', () => {
    expect(toMinor(4150, 'EUR')).toBe(415000);
    expect(toMinor(32400, 'EUR')).toBe(3240000);
    expect(toMinor(31500.5, 'EUR')).toBe(3150050);
    expect(toMinor(5832, 'EUR')).toBe(583200);
  });

  it('rounds half away from zero on the written decimal, without float drift', () => {
    // 1.005 * 100 is 100.49999999999999 in floating point; the author wrote 1.005.
    expect(toMinor(1.005, 'EUR')).toBe(101);
    expect(toMinor(2.675, 'EUR')).toBe(268);
    expect(toMinor(0.125, 'EUR')).toBe(13);
    expect(toMinor(-1.005, 'EUR')).toBe(-101);
    expect(toMinor(1.004, 'EUR')).toBe(100);
    expect(toMinor(0.1 + 0.2, 'EUR')).toBe(30);
    expect(toMinor(19.99, 'EUR')).toBe(1999);
  });

  it('handles tiny and exponent-notation numbers', () => {
    expect(toMinor(1e-7, 'EUR')).toBe(0);
    expect(toMinor(0.005, 'EUR')).toBe(1);
    expect(toMinor(0.004, 'EUR')).toBe(0);
    expect(toMinor(1e12, 'EUR')).toBe(1e14);
    expect(toMinor(1.5e-2, 'EUR')).toBe(2);
  });

  it('uses the currency\'s own minor digits', () => {
    expect(toMinor(1234.5, 'JPY')).toBe(1235);
    expect(toMinor(1234.4, 'JPY')).toBe(1234);
    expect(toMinor(1.2345, 'KWD')).toBe(1235);
  });

  it('rejects numbers it cannot count exactly', () => {
    expect(() => toMinor(Number.NaN, 'EUR')).toThrow('amount must be a finite number, got NaN');
    expect(() => toMinor(Infinity, 'EUR')).toThrow(RangeError);
    expect(() => toMinor(1e20, 'EUR')).toThrow('amount 100000000000000000000 EUR is too large to count in minor units');
  });

  it('converts back for display', () => {
    expect(fromMinor(3150050, 'EUR')).toBe(31500.5);
    expect(fromMinor(1235, 'JPY')).toBe(1235);
  });
});

describe('formatMoney', () => {
  it('shows whole amounts without decimals', () => {
    expect(formatMoney(415000, 'EUR', 'en')).toBe('€4,150');
    expect(formatMoney(3240000, 'EUR', 'en')).toBe('€32,400');
    expect(formatMoney(0, 'EUR', 'en')).toBe('€0');
  });

  it('shows other amounts with two decimals', () => {
    expect(formatMoney(3150050, 'EUR', 'en')).toBe('€31,500.50');
    expect(formatMoney(101, 'EUR', 'en')).toBe('€1.01');
  });

  it('shows negative amounts (a bundle dearer than its parts)', () => {
    expect(formatMoney(-1803400, 'EUR', 'en')).toBe('-€18,034');
  });

  it('formats other currencies and locales', () => {
    expect(formatMoney(1235, 'JPY', 'en')).toBe('¥1,235');
    expect(formatMoney(415000, 'USD', 'en')).toBe('$4,150');
    expect(formatMoney(415000, 'EUR', 'de')).toBe('4.150\u00a0€');
    expect(formatMoney(3150050, 'EUR', 'nl')).toBe('€\u00a031.500,50');
  });
});

describe('formatPrice', () => {
  it('formats one price component', () => {
    expect(formatPrice({ amount: 4150, currency: 'EUR', per: 'once' }, 'en')).toBe('€4,150');
    expect(formatPrice({ amount: 5832, currency: 'EUR', per: 'year', label: 'Maintenance' }, 'en')).toBe('€5,832 / year');
    expect(formatPrice({ amount: 1250, currency: 'EUR', per: 'day' }, 'en')).toBe('€1,250 / day');
    expect(formatPrice({ amount: 38.5, currency: 'EUR', per: 'unit' }, 'en')).toBe('€38.50 / unit');
  });
});
