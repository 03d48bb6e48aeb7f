/**
 * Search state ⇄ URL. The /search/ page keeps its query and facet selection in the URL
 * (`/search/?q=payback&industry=food`) so a result list can be shared; the same state is turned
 * into Pagefind's filter object here. Pure: no DOM, no Pagefind.
 */

/** Pagefind filter names, in the order the /search/ page shows them as facets. */
export const searchFacets = [
  'type',
  'status',
  'category',
  'industry',
  'persona',
  'product',
  'concept',
  'competitor',
] as const;
export type SearchFacet = (typeof searchFacets)[number];

export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFacet, string[]>>;
}

/** Retired concepts stay in the index but are left out unless the status facet asks for them. */
export const hiddenByDefault = { facet: 'status', value: 'retired' } as const;

const maxQueryLength = 200;
const maxValueLength = 100;
const maxValuesPerFacet = 20;

function isFacet(name: string): name is SearchFacet {
  return (searchFacets as readonly string[]).includes(name);
}

/** Reads the state from a query string; unknown parameters are ignored, lengths are capped. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const [name, raw] of params) {
    if (!isFacet(name)) continue;
    const value = raw.trim().slice(0, maxValueLength);
    const values = filters[name] ?? [];
    if (value && !values.includes(value) && values.length < maxValuesPerFacet) values.push(value);
    if (values.length > 0) filters[name] = values;
  }
  return { query: normaliseQuery(params.get('q') ?? ''), filters };
}

/** Collapses whitespace and caps the length of a typed query. */
export function normaliseQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim().slice(0, maxQueryLength);
}

/** Writes the state as a query string (without `?`): `q` first, facets in a fixed order. */
export function searchStateToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  const query = normaliseQuery(state.query);
  if (query) params.set('q', query);
  for (const facet of searchFacets) {
    for (const value of [...new Set(state.filters[facet] ?? [])].sort()) params.append(facet, value);
  }
  return params.toString();
}

/** Adds or removes one facet value. */
export function toggleFilter(state: SearchState, facet: SearchFacet, value: string, on: boolean): SearchState {
  const current = state.filters[facet] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters };
  if (next.length > 0) filters[facet] = next;
  else delete filters[facet];
  return { ...state, filters };
}

export type PagefindFilters = Record<string, { any: string[] } | { none: string[] }>;

/**
 * Pagefind's filter object for a state: values within a facet are alternatives (any), facets
 * combine (and). Without a status selection, retired concepts are left out. `without` drops
 * one facet, which is how the counts of that facet's other values are computed.
 */
export function toPagefindFilters(state: SearchState, without?: SearchFacet): PagefindFilters {
  const result: PagefindFilters = {};
  for (const facet of searchFacets) {
    if (facet === without) continue;
    const values = state.filters[facet];
    if (values && values.length > 0) result[facet] = { any: values };
  }
  if (without !== hiddenByDefault.facet && !result[hiddenByDefault.facet]) {
    result[hiddenByDefault.facet] = { none: [hiddenByDefault.value] };
  }
  return result;
}

/** True when there is something to search for: a query or at least one facet value. */
export function hasSearchInput(state: SearchState): boolean {
  return state.query.length > 0 || Object.values(state.filters).some((values) => values.length > 0);
}
