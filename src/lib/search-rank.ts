/**
 * Pagefind matches every query word as a word prefix, so "te duur" also finds pages that merely
 * have words starting with "te" ("technicians", "team", "terms") and can rank them above the
 * card that says "te duur". The first results are therefore put in tiers by how they match —
 * the words as a phrase, then every word as a whole word, then the rest — keeping Pagefind's
 * order within a tier. Pure: takes the indexed text of each result.
 */
import { words } from './search-vocabulary.ts';

/** 0: the query as a phrase (or its one word whole); 1: every word whole; 2: some word only as a prefix. */
export type MatchTier = 0 | 1 | 2;

/**
 * Two words count as the same word when equal, or when the longer one only adds a short ending
 * to a shorter one of four letters or more ("cost"/"costs", "licence"/"licences") — near enough
 * to Pagefind's stemming, and never true for "te" and "team".
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 3 && long.startsWith(short);
}

/** How a text matches a query (both split into words with `words()`). */
export function matchTier(query: readonly string[], text: readonly string[]): MatchTier {
  if (query.length === 0) return 2;
  const whole = query.every((word) => text.some((candidate) => sameWord(word, candidate)));
  if (!whole) return 2;
  if (query.length === 1) return 0;
  for (let start = 0; start + query.length <= text.length; start += 1) {
    if (query.every((word, offset) => sameWord(word, text[start + offset] ?? ''))) return 0;
  }
  return 1;
}

/** Items with their tiers, ordered by tier; within a tier, and for items without text, in the order they came. */
export function tierByMatch<T>(items: readonly T[], query: string, text: (item: T) => string | undefined): { item: T; tier: MatchTier }[] {
  const wanted = words(query);
  return items
    .map((item, at) => {
      const body = wanted.length === 0 ? undefined : text(item);
      return { item, at, tier: body === undefined ? 2 : matchTier(wanted, words(body)) };
    })
    .sort((a, b) => (wanted.length === 0 ? 0 : a.tier - b.tier) || a.at - b.at)
    .map(({ item, tier }) => ({ item, tier }));
}
