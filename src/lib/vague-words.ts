/**
 * Buzzwords per language, matched on word stems: used by the rule no-vague-claims and by
 * content health on /insights/. Pure.
 */
import { hasFigureWithUnit } from './proof-figures.ts';

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
