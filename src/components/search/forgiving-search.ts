/**
 * Search that forgives (issue 12): the first results in match tiers and, when the typed words
 * match nothing as words, the query corrected to the index's own vocabulary. Imported by
 * pagefind-client.ts when the first search runs, so no page loads it up front.
 */
import { correctQuery, prepareVocabulary, type Vocabulary } from '../../lib/search-correct.ts';
import type { PagefindFilters } from '../../lib/search-query.ts';
import { tierByMatch } from '../../lib/search-rank.ts';
import type { PagefindResultData } from '../../lib/search-results.ts';
import { parseVocabulary, vocabularyFileName } from '../../lib/search-vocabulary.ts';
import { base, type PagefindApi, type RankedResults } from './pagefind-client.ts';

/** The language of the index this page searches: Pagefind reads `<html lang>` the same way. */
const pageLang = () => (document.documentElement.lang || 'unknown').toLowerCase();

let vocabulary: Promise<Vocabulary | undefined> | undefined;

/**
 * The index's words in this page's language, fetched the first time a query's words match
 * nothing as words (a few kilobytes gzip, never with the page). No vocabulary (an old build, a failed fetch) means no
 * corrections; search itself still works.
 */
function loadVocabulary(): Promise<Vocabulary | undefined> {
  vocabulary ??= (async () => {
    const response = await fetch(`${base}pagefind/${vocabularyFileName(pageLang().split('-')[0] ?? '')}`, { cache: 'no-cache' });
    const file = response.ok ? parseVocabulary(await response.json()) : undefined;
    return file ? prepareVocabulary(file) : undefined;
  })().catch(() => undefined);
  return vocabulary;
}

/** The query corrected to the index's own words ("softwre" → "software"), or undefined. */
export async function correctedQuery(query: string): Promise<string | undefined> {
  const known = await loadVocabulary();
  if (!known) return undefined;
  return correctQuery(query, known)?.query;
}

/**
 * How many of the first results are put in match tiers. Each costs a small fragment fetch (they
 * load in parallel); twice the dialog's eight rows reaches far enough down for the answer.
 */
export const rankWindow = 16;

async function rankedSearch(pagefind: PagefindApi, term: string, filters: PagefindFilters, window: number): Promise<RankedResults> {
  const search = await pagefind.search(term || null, { filters });
  const head = search.results.slice(0, window);
  const data = await Promise.all(head.map((result) => result.data()));
  const loaded = new Map(head.map((result, at) => [result, data[at] as PagefindResultData]));
  const tiers = tierByMatch(head, term, (result) => loaded.get(result)?.content);
  const results = [...tiers.map(({ item }) => item), ...search.results.slice(window)];
  return { query: term, search, results, loaded, matched: tiers.some(({ tier }) => tier < 2) };
}

/**
 * A search that forgives. The first results are ordered so phrase and whole-word matches come
 * before prefix-only ones. When no result holds the typed words as words — nothing found, or
 * only what Pagefind finds by shortening an unknown word ("license" → "l") — the query is
 * corrected to the index's own words and searched again; the correction is used when it finds
 * something.
 */
export async function forgivingSearch(
  pagefind: PagefindApi,
  query: string,
  filters: PagefindFilters,
  window = rankWindow,
): Promise<RankedResults> {
  const found = await rankedSearch(pagefind, query, filters, window);
  if (!query || found.matched) return found;
  const correction = await correctedQuery(query);
  if (!correction || correction === query) return found;
  const retry = await rankedSearch(pagefind, correction, filters, window);
  return retry.results.length > 0 ? { ...retry, corrected: correction } : found;
}
