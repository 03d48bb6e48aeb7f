/**
 * Formatting of dates and plain numbers for pages (money lives in money.ts). Content dates are
 * calendar days parsed as UTC midnight, so they are formatted in UTC: a date never shifts by
 * the build machine's time zone.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "12 Mar 2026" (en) — a calendar date in the reader's language. */
export function formatDate(date: Date, lang = 'en'): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
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

/** A plain number with grouping ("1,200"; "0.5"). */
export function formatNumber(value: number, lang = 'en'): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}
