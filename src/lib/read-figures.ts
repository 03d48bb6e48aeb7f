/**
 * Reads the figures in a text the way a reader of its language does: "34.000" in Dutch and
 * "34,000" in English are both 34000; "2,5 %" (nl) and "2.5 %" (en) are both 2.5 percent; "12
 * uur" and "12 hours" are both 12 hours. Only figures that carry a unit or currency count, plus
 * dates and SKUs; a bare number ("3 of the 5 lines", "IATF 16949") is not a figure here.
 * Pure; the translation rules compare what it returns.
 */
import { escapeRegExp } from './text.ts';
import { unitsBefore, unitWords } from './units.ts';

export interface Figure {
  /** The value as read: 34000, 2.5; a date as YYYYMMDD (or YYYYMM for a month), a SKU as 0. */
  value: number;
  /** Canonical unit ("EUR", "%", "hours"), "date", "month" or "sku" (then `text` is the SKU). */
  unit: string;
  /** The text as written ("€ 34.000", "12 uur"). */
  text: string;
  index: number;
}

interface Separators {
  group: string;
  decimal: string;
}

/** Languages that write "34.000,50"; all others read "34,000.50". */
const commaDecimal = new Set(['nl', 'de', 'fr', 'es', 'it', 'pt', 'da', 'sv', 'nb', 'fi', 'pl', 'cs']);

export function separators(lang: string): Separators {
  return commaDecimal.has(lang.split('-')[0] ?? lang) ? { group: '.', decimal: ',' } : { group: ',', decimal: '.' };
}

const scales: Record<string, number> = {
  k: 1e3, thousand: 1e3, duizend: 1e3,
  million: 1e6, mn: 1e6, mln: 1e6, miljoen: 1e6,
  billion: 1e9, bn: 1e9, miljard: 1e9, mld: 1e9,
};

const months: Record<string, number> = {};
[
  ['jan', 'january', 'januari'], ['feb', 'february', 'februari'], ['mar', 'march', 'mrt', 'maart'],
  ['apr', 'april'], ['may', 'mei'], ['jun', 'june', 'juni'], ['jul', 'july', 'juli'],
  ['aug', 'august', 'augustus'], ['sep', 'sept', 'september'], ['oct', 'october', 'okt', 'oktober'],
  ['nov', 'november'], ['dec', 'december'],
].forEach((names, i) => names.forEach((name) => (months[name] = i + 1)));

const byLength = (a: string, b: string) => b.length - a.length;
const words = (list: Iterable<string>) =>
  [...list].sort(byLength).map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');

const patternCache = new Map<string, RegExp>();

function figurePattern(lang: string): RegExp {
  let pattern = patternCache.get(lang);
  if (pattern) return pattern;
  const { group, decimal } = separators(lang);
  const g = escapeRegExp(group);
  const d = escapeRegExp(decimal);
  // Grouped thousands ("34.000" / "34,000") or plain digits, then an optional decimal part.
  const num = String.raw`(?:\d{1,3}(?:${g}\d{3})+|\d+)(?:${d}\d+)?`;
  const scale = String.raw`(?:\s?(?:${words(Object.keys(scales))})(?![\p{L}]))?`;
  const after = words(unitWords(lang).keys());
  const before = words(Object.values(unitsBefore).flat());
  const monthNames = words(Object.keys(months));
  const source = [
    // ISO date 2026-10-14
    String.raw`(?<iso>(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-]))`,
    // 14 Oct 2026, 14 okt. 2026, October 2026, oktober 2026
    String.raw`(?<dmy>(?<![\p{L}\p{N}])(?:(?<day>\d{1,2})\s)?(?<mon>${monthNames})\.?\s(?<year>\d{4})(?!\d))`,
    // SKU-like codes: LM-400-01, PL-NET-01, VX-30
    String.raw`(?<sku>(?<![\p{L}\p{N}-])[A-Z]{2,}(?:-[A-Z0-9]+)*-\d[A-Z0-9]*(?:-[A-Z0-9]+)*(?![\p{L}\p{N}-]))`,
    // € 34.000, EUR 1,2 miljoen
    String.raw`(?<cur>(?<![\p{L}])(?:${before}))\s?(?<cnum>${num})(?<cscale>${scale})`,
    // 34.000 euro, 12 uur, 2,5 %, a 48-month term
    String.raw`(?<![\p{L}\p{N}${g}${d}])(?<num>${num})(?<scale>${scale})[\s-]?(?<unit>${after})(?![\p{L}\p{N}])`,
  ].join('|');
  pattern = new RegExp(source, 'giu');
  patternCache.set(lang, pattern);
  return pattern;
}

/** Reads one number written with a language's separators ("34.000,5" in Dutch is 34000.5). */
export function readNumber(text: string, lang: string): number {
  const { group, decimal } = separators(lang);
  return Number(text.split(group).join('').replace(decimal, '.'));
}

function scaled(value: number, scale: string | undefined): number {
  const word = scale?.trim().toLowerCase();
  const factor = word ? (scales[word] ?? 1) : 1;
  // Round away float noise of the multiplication (1.2 × 1e6).
  return Math.round(value * factor * 1e6) / 1e6;
}

function currencyOf(symbol: string): string {
  const lower = symbol.toLowerCase();
  return Object.entries(unitsBefore).find(([, list]) => list.includes(lower))?.[0] ?? symbol.toUpperCase();
}

/** Every figure with a unit, date or SKU in a text, in reading order. */
export function readFigures(text: string, lang = 'en'): Figure[] {
  const units = unitWords(lang);
  const figures: Figure[] = [];
  for (const match of text.matchAll(figurePattern(lang))) {
    const m = match.groups ?? {};
    const at = { text: match[0].trim(), index: match.index };
    if (m.iso) {
      figures.push({ value: Number(m.iso.replace(/-/g, '')), unit: 'date', ...at });
    } else if (m.dmy && m.mon && m.year) {
      const month = months[m.mon.toLowerCase()] ?? 0;
      const ym = Number(m.year) * 100 + month;
      figures.push(m.day ? { value: ym * 100 + Number(m.day), unit: 'date', ...at } : { value: ym, unit: 'month', ...at });
    } else if (m.sku) {
      // The pattern is case-insensitive; a SKU is not. A Dutch compound ("LM-400-meters")
      // ends the SKU where the lower-case word starts.
      const parts = m.sku.split('-');
      const lower = parts.findIndex((part) => part !== part.toUpperCase());
      const sku = (lower < 0 ? parts : parts.slice(0, lower)).join('-');
      if (/\d/.test(sku) && sku.includes('-')) figures.push({ value: 0, unit: 'sku', text: sku, index: match.index });
    } else if (m.cur && m.cnum) {
      figures.push({ value: scaled(readNumber(m.cnum, lang), m.cscale), unit: currencyOf(m.cur), ...at });
    } else if (m.num && m.unit) {
      const unit = units.get(m.unit.toLowerCase().replace(/\s+/g, ' ')) ?? m.unit.toLowerCase();
      figures.push({ value: scaled(readNumber(m.num, lang), m.scale), unit, ...at });
    }
  }
  return figures;
}

/** A figure as a comparable key: "34000 EUR", "20261014 date", "LM-400-01 sku". */
export function figureKey(figure: Figure): string {
  return figure.unit === 'sku' ? `${figure.text} sku` : `${figure.value} ${figure.unit}`;
}
