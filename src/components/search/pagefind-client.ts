/**
 * Loads Pagefind on first use: nothing under /pagefind/ is requested before a search starts.
 * The URL is built in a variable and imported with @vite-ignore; a template literal inside
 * import() breaks at runtime in Astro 7 (the preload helper leaves `__VITE_PRELOAD__` in it).
 *
 * Pagefind picks the index of the page's `<html lang>` itself (one index per language), so a
 * Dutch page searches the Dutch index; the vocabulary for corrections is chosen the same way.
 */
import { toPagefindFilters, type PagefindFilters } from '../../lib/search-query.ts';
import { preferNameMatches, shapeResult, type PagefindResultData, type ResultView } from '../../lib/search-results.ts';

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

/**
 * The first results of a quick search (the dialog and the home page field): how many match in
 * all, and the first `max` shaped for display, named pages first. Throws when Pagefind fails.
 */
export async function quickSearch(query: string, max: number): Promise<{ count: number; views: ResultView[]; corrected?: string }> {
  const [pagefind, { forgivingSearch, rankWindow }] = await Promise.all([loadPagefind(), import('./forgiving-search.ts')]);
  const found = await forgivingSearch(pagefind, query, toPagefindFilters({ query, filters: {} }), Math.max(max, rankWindow));
  const page = await Promise.all(found.results.slice(0, max).map(async (result) => found.loaded.get(result) ?? (await result.data())));
  const views = preferNameMatches(page.map((data) => shapeResult(data)), found.query);
  return found.corrected ? { count: found.results.length, views, corrected: found.corrected } : { count: found.results.length, views };
}
