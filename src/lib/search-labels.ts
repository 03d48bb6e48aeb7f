/**
 * The words the search UI shows, collected at build time and handed to the client as JSON, so
 * the client bundle carries no dictionary: UI strings, labels of result types and statuses, and
 * on /search/ the names behind every facet value (filters hold ids; people read names).
 */
import { conceptStatuses } from '../schemas/concepts.ts';
import { objectionCategories } from '../schemas/personas.ts';
import { t, type UiKey } from './i18n.ts';
import { categoryLabel, statusLabel } from './labels.ts';
import { searchFacets, type SearchFacet } from './search-query.ts';

/** Values of the `type` filter: one per kind of page that search can land on. */
export const searchResultTypes = ['concept', 'objection', 'product', 'competitor', 'persona', 'industry', 'lesson'] as const;
export type SearchResultType = (typeof searchResultTypes)[number];

const typeKeys: Record<SearchResultType, UiKey> = {
  concept: 'search.type.concept',
  objection: 'search.type.objection',
  product: 'search.type.product',
  competitor: 'search.type.competitor',
  persona: 'search.type.persona',
  industry: 'search.type.industry',
  lesson: 'search.type.lesson',
};

const facetKeys: Record<SearchFacet, UiKey> = {
  type: 'search.facet.type',
  status: 'search.facet.status',
  category: 'search.facet.category',
  industry: 'search.facet.industry',
  persona: 'search.facet.persona',
  product: 'search.facet.product',
  concept: 'search.facet.concept',
  competitor: 'search.facet.competitor',
};

const textKeys = {
  hint: 'search.hint',
  loading: 'search.loading',
  searching: 'search.searching',
  none: 'search.none',
  one: 'search.one',
  many: 'search.many',
  oneFiltered: 'search.oneFiltered',
  manyFiltered: 'search.manyFiltered',
  showing: 'search.showing',
  unavailable: 'search.unavailable',
  devMissing: 'search.devMissing',
  empty: 'search.page.empty',
  more: 'search.page.more',
  clear: 'search.page.clear',
  retiredHidden: 'search.retiredHidden',
  askBack: 'objection.followUp',
  all: 'search.all',
} as const satisfies Record<string, UiKey>;

export type SearchText = Record<keyof typeof textKeys, string>;

export interface SearchStrings {
  text: SearchText;
  /** Facet name → its heading. */
  facets: Record<SearchFacet, string>;
  /** Facet name → value → label (values without a label show as they are). */
  labels: Partial<Record<SearchFacet, Record<string, string>>>;
}

/** Names of the entities behind facet values, by id. */
export interface FacetNames {
  industry?: Iterable<[string, string]>;
  persona?: Iterable<[string, string]>;
  product?: Iterable<[string, string]>;
  concept?: Iterable<[string, string]>;
  competitor?: Iterable<[string, string]>;
}

/** The strings of the search dialog (every page) or, with `names`, of the /search/ page. */
export function searchStrings(lang: string, names: FacetNames = {}): SearchStrings {
  const text = Object.fromEntries(
    Object.entries(textKeys).map(([name, key]) => [name, t(key, lang)]),
  ) as SearchText;
  const facets = Object.fromEntries(
    searchFacets.map((facet) => [facet, t(facetKeys[facet], lang)]),
  ) as Record<SearchFacet, string>;
  const labels: SearchStrings['labels'] = {
    type: Object.fromEntries(searchResultTypes.map((type) => [type, t(typeKeys[type], lang)])),
    status: Object.fromEntries(conceptStatuses.map((status) => [status, statusLabel(status, lang)])),
  };
  if (Object.keys(names).length > 0) {
    labels.category = Object.fromEntries(objectionCategories.map((c) => [c, categoryLabel(c, lang)]));
    for (const facet of ['industry', 'persona', 'product', 'concept', 'competitor'] as const) {
      labels[facet] = Object.fromEntries(names[facet] ?? []);
    }
  }
  return { text, facets, labels };
}
