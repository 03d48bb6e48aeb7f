import { figureKey, readFigures, type Figure } from '../lib/read-figures.ts';
import { unitWords } from '../lib/units.ts';
import { formatPath } from './field-path.ts';
import { andList, quote } from '../lib/text.ts';
import { entryPairs, languageName, languageOf } from './translation-entries.ts';
import type { Entry, FieldPath, Rule, RuleFinding } from './types.ts';

/**
 * A translation must quote what its original quotes: prices, bundle items and quantities,
 * terms, negotiation limits, value-model defaults, KPI targets, dates, and every figure with a
 * unit, percentage or SKU in its texts. The two versions are walked side by side: list items
 * meet through their shared `id` (bundle items through their product, KPIs through metric and
 * period), texts are compared as the figures each language's reader sees in them.
 */

/** Fields a translation keeps for itself: its own change log, review date, search variants and documents. */
const ownFields = new Set(['changes', 'lastReviewed', 'reviewEveryDays', 'aliases', 'assets', 'lang', 'asOf']);
/** Text fields that are codes, not prose: compared as they are. */
const exactFields = new Set(['id', 'proofPoint', 'per', 'currency', 'sku', 'kind', 'category', 'metric', 'period', 'buyingRole']);

interface Side {
  entry: Entry;
  lang: string;
}

interface Difference {
  path: FieldPath;
  originalPath: FieldPath;
  message: string;
  /** The translation still holds the original's words, which read differently in its language. */
  untranslated?: true;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

const isRef = (value: unknown): value is { id: string; collection: string } =>
  isObject(value) && typeof value.id === 'string' && typeof value.collection === 'string' && Object.keys(value).length === 2;

/** How list items meet across languages: by id, by product, by metric and period; else by position. */
function itemKey(item: unknown): string | undefined {
  if (!isObject(item)) return undefined;
  if (isRef(item)) return `${item.collection}/${item.id}`;
  if (typeof item.id === 'string') return item.id;
  if (isRef(item.product)) return `product ${item.product.id}`;
  if (typeof item.metric === 'string') return `${item.metric} per ${String(item.period)}`;
  return undefined;
}

function show(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isRef(value)) return quote(value.id);
  if (typeof value === 'string') return quote(value);
  return String(value);
}

function multisetDifference(a: Figure[], b: Figure[]): Figure[] {
  const left = new Map<string, number>();
  for (const figure of b) left.set(figureKey(figure), (left.get(figureKey(figure)) ?? 0) + 1);
  return a.filter((figure) => {
    const count = left.get(figureKey(figure)) ?? 0;
    if (count === 0) return true;
    left.set(figureKey(figure), count - 1);
    return false;
  });
}

function compareTexts(original: string[], translation: string[], o: Side, t: Side): string | undefined {
  const before = original.flatMap((text) => readFigures(text, o.lang));
  const after = translation.flatMap((text) => readFigures(text, t.lang));
  const missing = multisetDifference(before, after);
  const extra = multisetDifference(after, before);
  if (missing.length === 0 && extra.length === 0) return undefined;
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`the original says ${andList(missing.map((f) => quote(f.text)))}, which the translation does not`);
  if (extra.length > 0) parts.push(`the translation says ${andList(extra.map((f) => quote(f.text)))}, which the original does not`);
  return parts.join('; ');
}

/** How the original's words read in the translation's language, for text not yet translated. */
function untranslatedFigures(text: string, o: Side, t: Side): string | undefined {
  const before = readFigures(text, o.lang);
  const after = readFigures(text, t.lang);
  const missing = multisetDifference(before, after);
  const extra = multisetDifference(after, before);
  if (missing.length === 0 && extra.length === 0) return undefined;
  const [from, to] = [languageName(o.lang), languageName(t.lang)];
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`${andList(missing.map((f) => quote(f.text)))} ${missing.length === 1 ? 'is a figure' : 'are figures'} in ${from}, not in ${to}`);
  if (extra.length > 0) parts.push(`${to} reads ${andList(extra.map((f) => quote(f.text)))} as ${extra.length === 1 ? 'another figure' : 'other figures'}`);
  return parts.join('; ');
}

/** The canonical unit of a value-model unit word ("uur" and "hours" are both hours). */
function canonicalUnit(word: string, lang: string): string | undefined {
  return unitWords(lang).get(word.trim().toLowerCase());
}

function compare(o: unknown, t: unknown, oPath: FieldPath, tPath: FieldPath, key: string | number | undefined, sides: [Side, Side], out: Difference[]): void {
  const [os, ts] = sides;
  const differ = (message: string) => out.push({ path: tPath, originalPath: oPath, message });
  if (typeof key === 'string' && ownFields.has(key)) return;
  if (o === undefined && t === undefined) return;
  if (o === undefined || t === undefined) {
    if (typeof (o ?? t) === 'string' && readFigures(String(o ?? t), o === undefined ? ts.lang : os.lang).length === 0) return;
    differ(o === undefined ? `The translation has ${show(t)} here; the original has no such field.` : `The original has ${show(o)} here; the translation leaves it out.`);
    return;
  }
  if (isRef(o) || isRef(t)) {
    if (!isRef(o) || !isRef(t) || o.id !== t.id) differ(`The original refers to ${show(o)}, the translation to ${show(t)}.`);
    return;
  }
  if (typeof o === 'string' && typeof t === 'string') {
    if (key === 'unit') {
      const a = canonicalUnit(o, os.lang);
      const b = canonicalUnit(t, ts.lang);
      if (a && b && a !== b) differ(`The original's unit is ${quote(o)}, the translation's ${quote(t)}.`);
      return;
    }
    if (typeof key === 'string' && exactFields.has(key)) {
      if (o !== t) differ(`The original says ${quote(o)}, the translation ${quote(t)}.`);
      return;
    }
    // A copy not yet translated ("Copy the original and translate", the guide's step 2): the
    // same words, whose units or separators mean something else in the translation's language.
    const untranslated = o === t ? untranslatedFigures(o, os, ts) : undefined;
    if (untranslated) {
      out.push({ path: tPath, originalPath: oPath, message: untranslated, untranslated: true });
      return;
    }
    const difference = compareTexts([o], [t], os, ts);
    if (difference) differ(`Figures differ: ${difference}.`);
    return;
  }
  if (typeof o === 'number' || typeof o === 'boolean' || o instanceof Date) {
    const same = o instanceof Date && t instanceof Date ? o.getTime() === t.getTime() : o === t;
    if (!same) differ(`The original says ${show(o)}, the translation ${show(t)}.`);
    return;
  }
  if (Array.isArray(o) && Array.isArray(t)) {
    compareLists(o, t, oPath, tPath, sides, out);
    return;
  }
  if (isObject(o) && isObject(t)) {
    for (const field of new Set([...Object.keys(o), ...Object.keys(t)])) {
      compare(o[field], t[field], [...oPath, field], [...tPath, field], field, sides, out);
    }
    return;
  }
  differ(`The original has ${show(o)} here, the translation ${show(t)}.`);
}

function compareLists(o: unknown[], t: unknown[], oPath: FieldPath, tPath: FieldPath, sides: [Side, Side], out: Difference[]): void {
  const [os, ts] = sides;
  if (o.every((item) => typeof item === 'string') && t.every((item) => typeof item === 'string')) {
    if (o.length === t.length && o.every((item, i) => item === t[i])) {
      const untranslated = (o as string[]).map((text) => untranslatedFigures(text, os, ts)).filter(Boolean);
      if (untranslated.length > 0) out.push({ path: tPath, originalPath: oPath, message: untranslated.join('; '), untranslated: true });
      return;
    }
    // A list of texts (pains, tips, scope): the figures of the whole list, in any order.
    const difference = compareTexts(o as string[], t as string[], os, ts);
    if (difference) out.push({ path: tPath, originalPath: oPath, message: `Figures differ: ${difference}.` });
    return;
  }
  const keyed = o.length > 0 && o.every((item) => itemKey(item) !== undefined);
  if (!keyed) {
    if (o.length !== t.length) {
      out.push({ path: tPath, originalPath: oPath, message: `The original has ${o.length} items here, the translation ${t.length}.` });
    }
    o.slice(0, t.length).forEach((item, i) => compare(item, t[i], [...oPath, i], [...tPath, i], i, sides, out));
    return;
  }
  const translated = new Map(t.map((item, i) => [itemKey(item), i]));
  const originals = new Set(o.map(itemKey));
  o.forEach((item, i) => {
    const key = itemKey(item);
    const j = translated.get(key);
    if (j === undefined) {
      out.push({ path: tPath, originalPath: [...oPath, i], message: `The original has ${describeItem(item)}; the translation has none. ${isObject(item) && typeof item.id === 'string' ? 'Translate it with the same `id`.' : 'Add it to the translation.'}` });
      return;
    }
    compare(item, t[j], [...oPath, i], [...tPath, j], undefined, sides, out);
  });
  t.forEach((item, j) => {
    if (!originals.has(itemKey(item))) {
      out.push({ path: [...tPath, j], originalPath: oPath, message: `The original has no ${describeItem(item)}. Use the original's ids, or add the item to the original first.` });
    }
  });
}

function describeItem(item: unknown): string {
  if (!isObject(item)) return 'item';
  if (isRef(item)) return `reference to ${quote(item.id)}`;
  if (typeof item.id === 'string') return `item with id ${quote(item.id)}`;
  if (isRef(item.product)) return `item for product ${quote(item.product.id)}`;
  return `${String(item.metric)} KPI per ${String(item.period)}`;
}

export const translationParity: Rule = {
  id: 'translation-parity',
  defaultSeverity: 'error',
  fix: 'Make the translation quote the same prices, items, quantities, terms, limits, defaults, dates and figures as its original.',
  description:
    'A translation quotes the same prices, bundle items and quantities, terms, negotiation limits, value-model defaults, dates and figures (read with each language\'s separators, units mapped) as its original, item by item through the shared ids.',
  translations: {
    nl: {
      description:
        'Een vertaling noemt dezelfde prijzen, onderdelen en aantallen van aanbiedingen, looptijden, onderhandelingsgrenzen, standaardwaarden van het waardemodel, datums en cijfers als het origineel (gelezen met de scheidingstekens van elke taal, eenheden omgezet), item voor item via de gedeelde id’s.',
      fix: 'Zorg dat de vertaling dezelfde prijzen, onderdelen, aantallen, looptijden, grenzen, standaardwaarden, datums en cijfers noemt als het origineel.',
    },
  },
  check({ content, settings }) {
    const findings: RuleFinding[] = [];
    for (const { original, translation } of entryPairs(content, settings)) {
      const sides: [Side, Side] = [
        { entry: original, lang: languageOf(original, settings) },
        { entry: translation, lang: languageOf(translation, settings) },
      ];
      const differences: Difference[] = [];
      compare(original.data, translation.data, [], [], undefined, sides, differences);
      for (const difference of differences) {
        const { line } = original.locate(difference.originalPath);
        const where = `${original.file}:${line}${difference.originalPath.length ? ` (${formatPath(difference.originalPath)})` : ''}`;
        const [from, to] = [languageName(sides[0].lang), languageName(sides[1].lang)];
        findings.push({
          entry: translation,
          path: difference.path,
          about: [{ entry: original, path: difference.originalPath }],
          ...(difference.untranslated
            ? {
                // Work in progress, not a wrong figure: a warning until it is translated.
                lenient: true,
                message: `Still the ${from} text of the original at ${where}: ${difference.message}. Translate it, and write its figures the ${to} way.`,
              }
            : { message: `Differs from the ${from} original at ${where}. ${difference.message} A translation quotes the same figures; correct whichever version is wrong.` }),
        });
      }
    }
    return findings;
  },
};
