/**
 * Loads Pagefind on first use: nothing under /pagefind/ is requested before a search starts.
 * The URL is built in a variable and imported with @vite-ignore; a template literal inside
 * import() breaks at runtime in Astro 7 (the preload helper leaves `__VITE_PRELOAD__` in it).
 *
 * Pagefind picks the index of the page's `<html lang>` itself (one index per language), so a
 * Dutch page searches the Dutch index; the vocabulary for corrections is chosen the same way.
 */
import type { Vocabulary } from '../../lib/search-correct.ts';
import { toPagefindFilters, type PagefindFilters } from '../../lib/search-query.ts';
import { tierByMatch } from '../../lib/search-rank.ts';
import { preferNameMatches, shapeResult, type PagefindResultData, type ResultView } from '../../lib/search-results.ts';
import { parseVocabulary, vocabularyFileName } from '../../lib/search-vocabulary.ts';

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Per filter, per value: how many results remain when that value is added to the search. */
  filters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: { filters?: PagefindFilters }) => Promise<void>;
  search: (term: string | null, options?: { filters?: PagefindFilters }) => Promise<PagefindSearch>;
  /** Loads every filter (needed before searches report counts for all of them). */
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** The site's base path with one trailing slash ("/" or "/playbook/"). */
export const base = `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/`;

let loading: Promise<PagefindApi> | undefined;

/** Imports and initialises Pagefind once; a failed load may be retried by the next call. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // pageLength below the default 0.75: the battlecard or product page that names a competitor or
    // product should not lose to a short card that mentions it once.
    await api.options({ baseUrl: base, excerptLength: 22, ranking: { pageLength: 0.3 } });
    await api.init();
    return api;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Whether this page is served by `astro dev`, where the index comes from the last build. */
export const isDev = import.meta.env.DEV;

/** The language of the index this page searches: Pagefind reads `<html lang>` the same way. */
const pageLang = () => (document.documentElement.lang || 'unknown').toLowerCase();

let vocabulary: Promise<Vocabulary | undefined> | undefined;

/**
 * The index's words in this page's language, fetched the first time a query finds nothing (a
 * few kilobytes, never with the page). No vocabulary (an old build, a failed fetch) means no
 * corrections; search itself still works.
 */
function loadVocabulary(): Promise<Vocabulary | undefined> {
  vocabulary ??= (async () => {
    const [{ prepareVocabulary }, response] = await Promise.all([
      import('../../lib/search-correct.ts'),
      fetch(`${base}pagefind/${vocabularyFileName(pageLang().split('-')[0] ?? '')}`, { cache: 'no-cache' }),
    ]);
    const file = response.ok ? parseVocabulary(await response.json()) : undefined;
    return file ? prepareVocabulary(file) : undefined;
  })().catch(() => undefined);
  return vocabulary;
}

/** The query corrected to the index's own words ("softwre" → "software"), or undefined. */
export async function correctedQuery(query: string): Promise<string | undefined> {
  const known = await loadVocabulary();
  if (!known) return undefined;
  const { correctQuery } = await import('../../lib/search-correct.ts');
  return correctQuery(query, known)?.query;
}

/**
 * How many of the first results are put in match tiers. Each costs a small fragment fetch (they
 * load in parallel); twice the dialog's eight rows reaches far enough down for the answer.
 */
export const rankWindow = 16;

export interface RankedResults {
  /** The query searched for: the typed one, or its correction. */
  query: string;
  /** Set when the typed query was searched as corrected. */
  corrected?: string;
  search: PagefindSearch;
  /** Every result, the first `window` in match tiers (see search-rank.ts), the rest as Pagefind ranked them. */
  results: PagefindResult[];
  /** The data of the first `window` results, loaded for the tiers. */
  loaded: Map<PagefindResult, PagefindResultData>;
  /** True when some result holds every query word as a whole word (not only as a word's start). */
  matched: boolean;
}

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

/**
 * The first results of a quick search (the dialog and the home page field): how many match in
 * all, and the first `max` shaped for display, named pages first. Throws when Pagefind fails.
 */
export async function quickSearch(query: string, max: number): Promise<{ count: number; views: ResultView[]; corrected?: string }> {
  const pagefind = await loadPagefind();
  const found = await forgivingSearch(pagefind, query, toPagefindFilters({ query, filters: {} }), Math.max(max, rankWindow));
  const page = await Promise.all(found.results.slice(0, max).map(async (result) => found.loaded.get(result) ?? (await result.data())));
  const views = preferNameMatches(page.map((data) => shapeResult(data)), found.query);
  return found.corrected ? { count: found.results.length, views, corrected: found.corrected } : { count: found.results.length, views };
}
