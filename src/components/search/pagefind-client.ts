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
import type { SearchText } from '../../lib/search-labels.ts';
import { offlineSearchMisses } from '../offline/service-worker-client.ts';

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
    // metaCacheTag: the entry file is requested under one URL per build (not a new timestamp on
    // every load), so the service worker can keep it for offline search (Pagefind issue #59).
    await api.options({
      baseUrl: base,
      excerptLength: 22,
      ranking: { pageLength: 0.3 },
      metaCacheTag: import.meta.env.PLAYBOOK_BUILD_ID,
    });
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
 * The network is gone and a file this search needs (an index chunk, or the fragments of its
 * results) is not kept on this device: the search cannot say what matches. `matches` is how many
 * pages the index found when only their fragments were missing.
 */
export class OfflineSearchError extends Error {
  readonly matches: number | undefined;
  constructor(matches?: number) {
    super('offline: search files missing');
    this.name = 'OfflineSearchError';
    this.matches = matches;
  }
}

/**
 * Runs one search and throws OfflineSearchError when the service worker could not serve a search
 * file meanwhile (it counts those), so an incomplete answer is never shown as "No results".
 * `matches` says how many pages matched, when that much is known.
 */
export async function offlineAware<T>(work: () => Promise<T>, matches?: () => number | undefined): Promise<T> {
  const before = await offlineSearchMisses();
  const missed = async () => before !== undefined && (await offlineSearchMisses()) !== before;
  let result: T;
  try {
    result = await work();
  } catch (error) {
    if (await missed()) throw new OfflineSearchError(matches?.());
    throw error;
  }
  if (await missed()) throw new OfflineSearchError(matches?.());
  return result;
}

/** What a failed search says: offline (and what still works), or that search is unavailable. */
export function searchFailureText(error: unknown, text: SearchText): string {
  if (error instanceof OfflineSearchError) {
    return error.matches ? text.offlineSome.replace('{count}', String(error.matches)) : text.offline;
  }
  return isDev ? text.devMissing : text.unavailable;
}

/**
 * The first results of a quick search (the dialog and the home page field): how many match in
 * all, and the first `max` shaped for display, named pages first. Throws when Pagefind fails.
 */
export async function quickSearch(query: string, max: number): Promise<{ count: number; views: ResultView[]; corrected?: string }> {
  const [pagefind, { forgivingSearch, rankWindow }] = await Promise.all([loadPagefind(), import('./forgiving-search.ts')]);
  let count: number | undefined;
  // Offline, a result whose index chunk or fragment is not cached fails honestly (offlineAware).
  const { found, page } = await offlineAware(async () => {
    const found = await forgivingSearch(pagefind, query, toPagefindFilters({ query, filters: {} }), Math.max(max, rankWindow));
    count = found.results.length;
    const page = await Promise.all(found.results.slice(0, max).map(async (result) => found.loaded.get(result) ?? (await result.data())));
    return { found, page };
  }, () => count);
  const views = preferNameMatches(page.map((data) => shapeResult(data)), found.query);
  return found.corrected ? { count: found.results.length, views, corrected: found.corrected } : { count: found.results.length, views };
}
