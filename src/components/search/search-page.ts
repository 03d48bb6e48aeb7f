/**
 * The /search/ page: the same search with filters as facets (checkboxes with counts) and the
 * whole state in the URL, so `/search/?q=payback&industry=food` can be shared. Counts of a facet
 * ignore that facet's own selection (values within a facet are alternatives). The concept facet's
 * names come from the language's concept list (concept-picker.ts), fetched with the first search
 * (nearly every search shows that facet) alongside Pagefind; a value whose name could not be
 * loaded shows as its id, and the list is tried again with the next search.
 */
import {
  hasSearchInput,
  hiddenByDefault,
  normaliseQuery,
  parseSearchState,
  searchFacets,
  searchStateToQueryString,
  toggleFilter,
  toPagefindFilters,
  type SearchFacet,
  type SearchState,
} from '../../lib/search-query.ts';
import { facetValues, preferNameMatches, shapeResult } from '../../lib/search-results.ts';
import { loadConceptPicker } from '../concepts/concept-picker.ts';
import { loadPagefind, offlineAware, searchFailureText, type RankedResults } from './pagefind-client.ts';
import { pointToOriginal, readStrings, resultItem, resultStatus } from './render.ts';

const pageSize = 20;
/** The first results put in match tiers: the first page (whose data is loaded anyway). */
const rankWindow = pageSize;
const debounceMs = 200;

function setup(root: HTMLElement): void {
  const strings = readStrings(root);
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('[data-search-page-input]');
  const facetsBox = root.querySelector<HTMLElement>('[data-search-facets]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const filtersBox = root.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const filterCount = root.querySelector<HTMLElement>('[data-search-filter-count]');
  if (!form || !input || !facetsBox || !status || !list || !more) return;
  // Facets are open beside the results on wide screens and folded above them on phones.
  if (filtersBox && matchMedia('(min-width: 48rem)').matches) filtersBox.open = true;

  let state: SearchState = parseSearchState(location.search);
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: RankedResults | undefined;
  let shown = 0;
  input.value = state.query;

  const label = (facet: SearchFacet) => (value: string) => strings.labels[facet]?.[value] ?? value;

  /** The concept facet's names, once loaded; a failed load is tried again by the next search. */
  let conceptNames: Promise<boolean> | undefined;
  const loadConceptNames = () =>
    (conceptNames ??= loadConceptPicker(root.dataset.conceptsUrl ?? '').then(
      (list) => {
        strings.labels.concept = Object.fromEntries(list.map((concept) => [concept.id, concept.title]));
        return true;
      },
      () => {
        conceptNames = undefined;
        return false;
      },
    ));

  const writeUrl = () => {
    const query = searchStateToQueryString(state);
    history.replaceState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
  };

  const renderFacets = (counts: Partial<Record<SearchFacet, Record<string, number>>>) => {
    const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement : null;
    const refocus = focused?.type === 'checkbox' ? `${focused.name}\u0000${focused.value}` : '';
    const groups: HTMLFieldSetElement[] = [];
    for (const facet of searchFacets) {
      const values = facetValues(counts[facet], state.filters[facet] ?? [], label(facet));
      if (values.length === 0) continue;
      const group = document.createElement('fieldset');
      group.className = 'min-w-0';
      const legend = document.createElement('legend');
      legend.className = 'mb-1 text-sm font-semibold';
      legend.textContent = strings.facets[facet];
      const options = document.createElement('ul');
      options.className = 'space-y-1 text-sm';
      for (const view of values) {
        const item = document.createElement('li');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = facet;
        box.value = view.value;
        box.checked = view.checked;
        box.className = 'mt-0.5 size-4 shrink-0 accent-accent';
        const text = document.createElement('label');
        text.className = 'flex items-start gap-2 py-1';
        const count = document.createElement('span');
        count.className = 'text-muted';
        count.textContent = `(${view.count})`;
        text.append(box, document.createTextNode(view.label), count);
        item.append(text);
        options.append(item);
        if (refocus === `${facet}\u0000${view.value}`) queueMicrotask(() => box.focus());
      }
      group.append(legend, options);
      groups.push(group);
    }
    facetsBox.replaceChildren(...groups);
    if (filtersBox) filtersBox.hidden = false;
    const active = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
    if (filterCount) filterCount.textContent = active > 0 ? `(${active})` : '';
    if (Object.keys(state.filters).length > 0) {
      const clear = document.createElement('button');
      clear.type = 'button';
      clear.dataset.searchClear = '';
      clear.className = 'link text-sm font-medium';
      clear.textContent = strings.text.clear;
      facetsBox.append(clear);
    }
  };

  const showMore = async () => {
    if (!current) return;
    const mine = sequence;
    const { results, loaded } = current;
    const next = await Promise.all(results.slice(shown, shown + pageSize).map((r) => loaded.get(r) ?? r.data()));
    if (mine !== sequence) return;
    list.append(...next.map((data) => resultItem(shapeResult(data), strings)));
    shown += next.length;
    more.hidden = shown >= current.results.length;
  };

  const run = async () => {
    const mine = ++sequence;
    pointToOriginal(root, state.query);
    if (!hasSearchInput(state)) {
      current = undefined;
      list.replaceChildren();
      facetsBox.replaceChildren();
      if (filtersBox) filtersBox.hidden = true;
      more.hidden = true;
      status.textContent = strings.text.empty;
      return;
    }
    status.textContent = strings.text.searching;
    const names = loadConceptNames();
    let matched: number | undefined;
    const search = async () => {
      const [pagefind, { forgivingSearch }] = await Promise.all([loadPagefind(), import('./forgiving-search.ts')]);
      await pagefind.filters();
      // A query that finds nothing is searched as corrected; the facets count the same term.
      const found = await forgivingSearch(pagefind, state.query, toPagefindFilters(state), rankWindow);
      const main = found.search;
      const term = found.query || null;
      // A facet with a selection (and status, hidden by default) is counted without its own filter.
      const own = searchFacets.filter((f) => state.filters[f] || f === hiddenByDefault.facet);
      const counts: Partial<Record<SearchFacet, Record<string, number>>> = { ...main.filters };
      await Promise.all(
        own.map(async (facet) => {
          const search = await pagefind.search(term, { filters: toPagefindFilters(state, facet) });
          counts[facet] = search.filters[facet] ?? {};
        }),
      );
      matched = found.results.length;
      const first = await Promise.all(found.results.slice(0, pageSize).map((r) => found.loaded.get(r) ?? r.data()));
      return { found, counts, first };
    };
    let outcome;
    try {
      // Offline, a query whose index chunk or fragments are not cached says so (offlineAware).
      outcome = await offlineAware(search, () => matched);
    } catch (error) {
      if (mine === sequence) {
        list.replaceChildren();
        more.hidden = true;
        status.textContent = searchFailureText(error, strings.text);
      }
      return;
    }
    if (mine !== sequence) return;
    const { found, counts, first } = outcome;
    if (Object.keys(counts.concept ?? {}).length > 0) {
      await names;
      if (mine !== sequence) return;
    }
    current = found;
    shown = first.length;
    list.replaceChildren(...preferNameMatches(first.map((data) => shapeResult(data)), found.query).map((view) => resultItem(view, strings)));
    more.hidden = shown >= found.results.length;
    renderFacets(counts);
    const hidden = !state.filters.status && (counts.status?.[hiddenByDefault.value] ?? 0) > 0;
    status.textContent =
      resultStatus(found.results.length, state.query, strings, found.corrected) + (hidden ? ` ${strings.text.retiredHidden}` : '');
  };

  const update = (next: SearchState, delay = 0) => {
    state = next;
    writeUrl();
    clearTimeout(timer);
    if (delay === 0) void run();
    else timer = setTimeout(() => void run(), delay);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update({ ...state, query: normaliseQuery(input.value) });
  });
  input.addEventListener('input', () => update({ ...state, query: normaliseQuery(input.value) }, debounceMs));
  facetsBox.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !(searchFacets as readonly string[]).includes(box.name)) return;
    update(toggleFilter(state, box.name as SearchFacet, box.value, box.checked));
  });
  facetsBox.addEventListener('click', (event) => {
    if (event.target instanceof HTMLElement && event.target.closest('[data-search-clear]')) {
      update({ ...state, filters: {} });
      input.focus();
    }
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    state = parseSearchState(location.search);
    input.value = state.query;
    void run();
  });
  void run();
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) setup(root);
