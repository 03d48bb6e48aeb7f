/**
 * Formatting of dates and plain numbers for pages (money lives in money.ts). Content dates are
 * calendar days parsed as UTC midnight, so they are formatted in UTC: a date never shifts by
 * the build machine's time zone. Languages map to one Intl locale each (`intlLocale`), so
 * every formatter of a language agrees on separators and word order.
 */

/**
 * The Intl locale a playbook language's money and numbers are formatted in: Netherlands Dutch
 * for `nl` (Flemish readers write money and numbers the same way); other codes as they are.
 * Dates in English use British order (`dateLocale`).
 */
export function intlLocale(lang: string): string {
  return lang === 'nl' ? 'nl-NL' : lang;
}

/** The Intl locale of dates: day before month in English too ("14 Oct 2026"). */
export function dateLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : intlLocale(lang);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "12 Mar 2026" (en), "12 mrt 2026" (nl) — a calendar date in the reader's language. */
export function formatDate(date: Date, lang: string): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(dateLocale(lang), {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

/** The machine-readable form for `<time datetime>`: YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A plain number with grouping: "34,000" and "2.5" (en), "34.000" and "2,5" (nl). */
export function formatNumber(value: number, lang: string): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 2 });
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

const exactFormats = new Map<string, Intl.NumberFormat>();

function exactFormat(lang: string, grouping: boolean): Intl.NumberFormat {
  const key = `${lang} ${grouping}`;
  let format = exactFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), { useGrouping: grouping, maximumFractionDigits: 20 });
    exactFormats.set(key, format);
  }
  return format;
}

/**
 * A figure someone wrote or typed (a value-model input), every digit kept, with grouping:
 * "24,000,000" and "0.0011" (en), "24.000.000" and "0,0011" (nl). `formatNumber` rounds to
 * two decimals, which would turn a cost of 0.0011 per gram into 0.
 */
export function formatFigure(value: number, lang: string): string {
  return exactFormat(lang, true).format(value);
}

/**
 * A number as a form field holds it for editing: the language's decimal sign, every digit, no
 * grouping, so `parseNumberInput` reads it back as the same number: "11.8" and "12000" (en),
 * "11,8" and "12000" (nl).
 */
export function formatFieldNumber(value: number, lang: string): string {
  return exactFormat(lang, false).format(value);
}

/**
 * A percentage given in percent (25 means 25 %), written the way the playbook writes it, with a
 * space before the sign in both languages: "2.5 %" (en), "2,5 %" (nl).
 */
export function formatPercent(percent: number, lang: string): string {
  return `${formatNumber(percent, lang)}\u00a0%`;
}
