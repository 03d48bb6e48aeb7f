/**
 * Money: amounts in integer minor units (cents), and the one place money is formatted.
 * Content gives amounts in major units (`4150`, `31500.50`); everything that adds or compares
 * money converts once with `toMinor` and works in integers, so sums never drift.
 */
import { intlLocale } from './format.ts';


const digitsCache = new Map<string, number>();

/** How many minor digits a currency has, from Intl (EUR 2, JPY 0, KWD 3). */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/**
 * Converts an amount in major units to integer minor units, rounding half away from zero.
 * Works on the number's shortest decimal form (what the author wrote), not on
 * `amount * 100`, so 1.005 EUR is 101 cents and 31500.5 EUR is 3150050.
 */
export function toMinor(amount: number, currency: string): number {
  if (!Number.isFinite(amount)) throw new RangeError(`amount must be a finite number, got ${amount}`);
  const shift = minorDigits(currency);
  const [mantissa = '0', exponent = '0'] = Math.abs(amount).toString().split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  // Position of the decimal point in `digits` after shifting by the minor digits.
  const point = whole.length + Number(exponent) + shift;
  let kept: number;
  let next: string;
  if (point <= 0) {
    kept = 0;
    next = point === 0 ? (digits[0] ?? '0') : '0';
  } else {
    kept = Number(digits.slice(0, point).padEnd(point, '0'));
    next = digits[point] ?? '0';
  }
  const rounded = next >= '5' ? kept + 1 : kept;
  if (!Number.isSafeInteger(rounded)) {
    throw new RangeError(`amount ${amount} ${currency} is too large to count in minor units`);
  }
  return amount < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Converts integer minor units back to a major-unit number (for display maths only). */
export function fromMinor(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats minor units as a currency string in the reader's language: whole amounts without
 * decimals ("€4,150"; "€ 4.150" in Dutch), others with the currency's minor digits
 * ("€31,500.50"; "€ 31.500,50"). The only money formatter.
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency);
  const whole = minor % 10 ** digits === 0;
  const key = `${locale}|${currency}|${whole}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intlLocale(locale), {
      style: 'currency',
      currency,
      minimumFractionDigits: whole ? 0 : digits,
      maximumFractionDigits: whole ? 0 : digits,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(fromMinor(minor, currency));
}
