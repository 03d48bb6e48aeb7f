/**
 * CSV files for spreadsheets (RFC 4180): a header line, fields quoted when they hold the
 * separator, a quote or a line break, lines ending in CRLF, and a byte-order mark first so Excel
 * reads the file as UTF-8. The separator and the decimal mark follow the language: a comma and a
 * decimal point in English, a semicolon and a decimal comma where the decimal mark is a comma
 * (Dutch), as a spreadsheet in that language expects. The reader is csv.ts. Pure.
 */
import { intlLocale } from './format.ts';

export interface CsvFormat {
  separator: ',' | ';';
  decimal: '.' | ',';
}

export type CsvValue = string | number | undefined;

/** The separator and decimal mark a spreadsheet in `lang` reads. */
export function csvFormat(lang: string): CsvFormat {
  const decimal = new Intl.NumberFormat(intlLocale(lang)).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
  return decimal === ',' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
}

/**
 * One field. Numbers keep their digits (no grouping, at most two decimals); text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets
 * a leading apostrophe, the usual guard against formula injection.
 */
export function csvField(value: CsvValue, format: CsvFormat): string {
  if (value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return String(Math.round(value * 100) / 100).replace('.', format.decimal);
  }
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(text) || text.includes(format.separator) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: the header and one line per row. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[], format: CsvFormat): string {
  const line = (fields: readonly CsvValue[]) => fields.map((field) => csvField(field, format)).join(format.separator);
  return `\uFEFF${[header, ...rows].map(line).join('\r\n')}\r\n`;
}
