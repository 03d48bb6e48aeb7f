/**
 * Buzzwords per language, matched on word stems: used by the rule no-vague-claims and by
 * content health on /insights/. Next to them, the words of a payback promise, for the rule
 * no-payback-promise. Pure.
 */
import { hasFigureWithUnit } from './proof-figures.ts';
import { unitTable } from './units.ts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Built-in buzzwords, as word stems: a stem matches any word that starts with it, so
 * "innovat" catches "innovative", "innovatief" and "innovatieve". Hyphens and spaces are
 * interchangeable ("best in class" = "best-in-class"). Configure more in playbook.config.ts.
 */
export const defaultVagueWords: Readonly<Record<string, readonly string[]>> = {
  en: [
    'innovat', 'best-in-class', 'best of breed', 'world-class', 'world-leading', 'seamless', 'cutting-edge',
    'state-of-the-art', 'revolutionar', 'game-chang', 'next-gen', 'market-leading', 'industry-leading',
    'leading-edge', 'unique', 'unparalleled', 'unmatched', 'unrivalled', 'unrivaled', 'groundbreaking',
    'ground-breaking', 'disruptive', 'synerg', 'holistic', 'future-proof', 'paradigm',
  ],
  nl: [
    'innovat', 'naadlo', 'baanbrekend', 'revolutionair', 'uniek', 'toonaangevend', 'geavanceerd',
    'ongeëvenaard', 'vooruitstrevend', 'wereldklasse', 'marktleidend', 'toekomstbestendig', 'hoogwaardig',
    'ultiem', 'synergie',
  ],
};

function normalise(text: string): string {
  return text.toLowerCase().replace(/[-_‐–]/g, ' ').replace(/\s+/g, ' ');
}

/**
 * Builds the matcher over the built-in and configured words of one language, or of every
 * language when none is given. Other languages than English also get the English words:
 * "state-of-the-art" and "seamless" turn up in Dutch marketing copy too.
 */
export function vagueWordMatcher(extra: Readonly<Record<string, readonly string[]>> = {}, lang?: string): RegExp {
  const stems = new Set<string>();
  const pick = (lists: Readonly<Record<string, readonly string[]>>) =>
    lang === undefined ? Object.values(lists) : [lists[lang] ?? [], ...(lang === 'en' ? [] : [lists.en ?? []])];
  for (const words of [...pick(defaultVagueWords), ...pick(extra)]) {
    for (const word of words) if (word.trim()) stems.add(normalise(word.trim()));
  }
  const alternatives = [...stems].sort((a, b) => b.length - a.length).map((stem) => escapeRegExp(stem).replace(/ /g, '\\s'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})[\\p{L}]*`, 'gu');
}

/**
 * The buzzwords a text uses without a figure. A text with a figure is not vague, where a figure
 * is what argument-has-proof counts as proof: a number with a unit, currency or rate of the
 * text's language ("38 %", "EUR 4,150", "12 uur"). A year, a standard's number or a version
 * ("since 2019", "IATF 16949", "version 2") is no figure.
 */
export function vagueWordsIn(text: string, matcher: RegExp, lang = 'en'): string[] {
  if (hasFigureWithUnit(text, lang)) return [];
  return [...new Set([...normalise(text).matchAll(matcher)].map((match) => match[0]))];
}

/**
 * Words that speak of a payback, per language, as stems ("terugverdien" catches
 * "terugverdientijd", "terugverdiend" and "terugverdient"). On their own they promise nothing
 * ("one offer, one payback"); with a span of time in the same clause they do ("pays back in
 * about a year").
 */
export const paybackWords: Readonly<Record<string, readonly string[]>> = {
  en: [
    'payback', 'pay-back', 'pays back', 'pay back', 'paid back', 'paying back', 'pays for itself',
    'pay for itself', 'paid for itself', 'pays itself back', 'break even', 'breaks even',
    'return on investment', 'return on the investment', 'roi',
  ],
  nl: [
    'terugverdien', 'verdient zich', 'verdienen zich', 'verdient zichzelf', 'betaalt zichzelf', 'betaalt zich',
    'rendement op de investering', 'roi',
  ],
};

/** Spans of time a payback is promised in: the day, week, month and year units of src/lib/units.ts, and quarters. */
const timeSpanWords: Readonly<Record<string, readonly string[]>> = {
  en: ['quarters', 'quarter', ...(['days', 'weeks', 'months', 'years'] as const).flatMap((unit) => unitTable[unit]?.en ?? [])],
  nl: ['kwartalen', 'kwartaal', 'halfjaar', ...(['days', 'weeks', 'months', 'years'] as const).flatMap((unit) => unitTable[unit]?.nl ?? [])],
};

const wordPattern = (words: Iterable<string>) =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map((word) => escapeRegExp(word).replace(/[ -]/g, '[\\s-]+'));
const promiseMatchers = new Map<string, { payback: RegExp; span: RegExp }>();

/** The words of a language, and the English ones for every other (English turns up in Dutch copy). */
function promiseMatcher(lang: string): { payback: RegExp; span: RegExp } {
  let matcher = promiseMatchers.get(lang);
  if (!matcher) {
    const pick = (lists: Readonly<Record<string, readonly string[]>>) => [...(lists[lang] ?? []), ...(lang === 'en' ? [] : lists.en ?? [])];
    matcher = {
      // A stem: the word may go on ("terugverdientijd"), but must start a word.
      payback: new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordPattern(pick(paybackWords)).join('|')})\\p{L}*`, 'iu'),
      // A whole word: "dag" but not "vandaag".
      span: new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordPattern(pick(timeSpanWords)).join('|')})(?![\\p{L}])`, 'iu'),
    };
    promiseMatchers.set(lang, matcher);
  }
  return matcher;
}

/**
 * The payback promises of a text: each clause (up to a full stop, semicolon, dash or a comma
 * before a space; not a colon, as in "Payback: 11 months") that speaks of a payback and names a
 * span of time, quoted from the
 * payback word to the time ("payback of about a year", "in ongeveer een jaar terugverdient"). "One payback, over 36 months" is two clauses and promises nothing.
 */
export function paybackPromisesIn(text: string, lang = 'en'): string[] {
  const { payback, span } = promiseMatcher(lang);
  const promises: string[] = [];
  for (const clause of text.split(/[.;!?]+(?=\s|$)|,\s|\s[–—-]\s|[()]/u)) {
    const word = payback.exec(clause);
    const time = span.exec(clause);
    if (!word || !time) continue;
    // From the payback word to the time; a time that comes first ("in een jaar terugverdiend")
    // is quoted with the few words that lead up to it.
    const lead = time.index < word.index ? /(?:[\p{L}\p{N}]+\s+){0,3}$/u.exec(clause.slice(0, time.index))?.[0].length ?? 0 : 0;
    const start = Math.min(word.index, time.index - lead);
    const end = Math.max(word.index + word[0].length, time.index + time[0].length);
    promises.push(clause.slice(start, end).replace(/\s+/g, ' '));
  }
  return promises;
}
