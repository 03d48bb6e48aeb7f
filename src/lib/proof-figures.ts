/**
 * Whether a text carries evidence: a figure with a unit or currency of its language, or a
 * rate. Used by the rule argument-has-proof and by content health on /insights/. Pure.
 */
import { unitsBefore, unitWords } from './units.ts';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const byLength = (a: string, b: string) => b.length - a.length;
const number = String.raw`\d+(?:[.,]\d+)*`;
const scale = String.raw`(?:\s?(?:k|m|mn|mln|million|miljoen|bn|billion|thousand|duizend)(?![\p{L}]))?`;
const matchers = new Map<string, RegExp>();

/**
 * The figure-with-unit pattern of a language: its unit words (src/lib/units.ts: "uur",
 * "dagen", "stuks" in Dutch; "hours", "days", "pieces" in English; symbols and SI units in
 * both), or a currency before the number. A bare number ("ISO 9001", "IATF 16949", "in 2024")
 * is not proof: it needs a unit or a currency.
 */
function figureWithUnit(lang: string): RegExp {
  let matcher = matchers.get(lang);
  if (!matcher) {
    const after = [...unitWords(lang).keys()].sort(byLength).map(escape).join('|');
    const before = [...new Set(Object.values(unitsBefore).flat())].sort(byLength).map(escape).join('|');
    matcher = new RegExp(
      String.raw`(?:${number}${scale}\s?(?:${after})(?![\p{L}\p{N}]))` +
        String.raw`|(?:(?<![\p{L}])(?:${before})\s?${number})`,
      'iu',
    );
    matchers.set(lang, matcher);
  }
  return matcher;
}

/** What a rate counts per: "25 gauges calibrated per day", "3 audits a year", "40 parts/hour". */
export const rateUnits = [
  'second', 'minute', 'hour', 'shift', 'day', 'week', 'month', 'quarter', 'year',
  'batch', 'lot', 'part', 'piece', 'unit', 'line', 'machine', 'operator', 'plant', 'order', 'customer',
  'uur', 'ploeg', 'dag', 'maand', 'kwartaal', 'jaar', 'stuk', 'lijn', 'klant',
];
/** The words that join a count to its rate unit. */
export const rateWords = ['per', 'a', 'an', 'each', 'every', 'elke', 'iedere', '/'];

// A count of anything, then per / a / each / "/" … and a rate unit, within a few words.
const rate = new RegExp(
  String.raw`${number}${scale}\s?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?\s*(?:\s(?:${rateWords.filter((w) => w !== '/').join('|')})\s+|/\s?)(?:${[...rateUnits].sort(byLength).map(escape).join('|')})(?:s|es|en)?(?![\p{L}])`,
  'iu',
);

/**
 * True when the text holds a figure with a unit or currency of its language ("38 %",
 * "EUR 4,150", "12 hours"; "12 uur" in Dutch), or a rate ("25 gauges calibrated per day").
 */
export function hasFigureWithUnit(text: string, lang = 'en'): boolean {
  return figureWithUnit(lang).test(text) || rate.test(text);
}

/**
 * A text split into what it says and its worked example: the sentences with a figure and a
 * unit of its language ("EUR 35,400 a year", "30 stops a year"). The customer hand-out prints a
 * benefit's example under its own label, so it is not read as the customer's figures.
 */
export function splitExample(text: string, lang = 'en'): { text: string; example?: string } {
  const sentences = text.trim().split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}€$£“"])/u);
  const example = sentences.filter((sentence) => hasFigureWithUnit(sentence, lang));
  if (example.length === 0) return { text };
  return { text: sentences.filter((sentence) => !example.includes(sentence)).join(' '), example: example.join(' ') };
}
