import { andList, escapeRegExp } from './text.ts';
import { languageOf } from './translation-entries.ts';
import type { Entry, FieldPath, Rule, RuleFinding } from './types.ts';

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

/** The buzzwords a text uses without a figure. A text with a figure is not vague. */
export function vagueWordsIn(text: string, matcher: RegExp): string[] {
  if (/\d/.test(text)) return [];
  return [...new Set([...normalise(text).matchAll(matcher)].map((match) => match[0]))];
}

export const noVagueClaims: Rule = {
  id: 'no-vague-claims',
  defaultSeverity: 'warning',
  description:
    'Claims and taglines avoid the buzzwords of their language ("innovative", "seamless"; in Dutch also "innovatieve", "naadloze", …) unless they carry a figure.',
  check({ content, settings }) {
    const matchers = new Map<string, RegExp>();
    const matcherFor = (entry: Entry) => {
      const lang = languageOf(entry, settings);
      let matcher = matchers.get(lang);
      if (!matcher) matchers.set(lang, (matcher = vagueWordMatcher(settings.vagueWords, lang)));
      return matcher;
    };
    const findings: RuleFinding[] = [];
    const inspect = (entry: Entry, path: FieldPath, text: string, what: string) => {
      const words = vagueWordsIn(text, matcherFor(entry));
      if (words.length === 0) return;
      findings.push({
        entry,
        path,
        message: `The ${what} says ${andList(words.map((w) => `"${w}"`))} without a figure. Say what the customer gets in numbers ("scrap down 38 % in 6 months") or drop the word.`,
      });
    };
    for (const concept of content.concepts) {
      inspect(concept, ['tagline'], concept.data.tagline, 'tagline');
      concept.data.arguments.forEach((argument, i) => inspect(concept, ['arguments', i, 'claim'], argument.claim, 'claim'));
    }
    return findings;
  },
};
