/**
 * Loads Pagefind on first use: nothing under /pagefind/ is requested before a search starts.
 * The URL is built in a variable and imported with @vite-ignore; a template literal inside
 * import() breaks at runtime in Astro 7 (the preload helper leaves `__VITE_PRELOAD__` in it).
 */
import { toPagefindFilters, type PagefindFilters } from '../../lib/search-query.ts';
import { preferNameMatches, shapeResult, type PagefindResultData, type ResultView } from '../../lib/search-results.ts';

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
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

/**
 * The first results of a quick search (the dialog and the home page field): how many match in
 * all, and the first `max` shaped for display, named pages first. Throws when Pagefind fails.
 */
export async function quickSearch(query: string, max: number): Promise<{ count: number; views: ResultView[] }> {
  const pagefind = await loadPagefind();
  const search = await pagefind.search(query, { filters: toPagefindFilters({ query, filters: {} }) });
  const page = await Promise.all(search.results.slice(0, max).map((result) => result.data()));
  return { count: search.results.length, views: preferNameMatches(page.map((data) => shapeResult(data)), query) };
}
