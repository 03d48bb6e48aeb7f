import { describe, expect, it } from 'vitest';
import {
  hasSearchInput,
  normaliseQuery,
  parseSearchState,
  searchStateToQueryString,
  toggleFilter,
  toPagefindFilters,
} from '../../src/lib/search-query.ts';

describe('parseSearchState', () => {
  it('reads the query and repeated facet parameters, ignoring unknown ones', () => {
    expect(parseSearchState('?q=payback&industry=food&industry=automotive&utm=x')).toEqual({
      query: 'payback',
      filters: { industry: ['food', 'automotive'] },
    });
  });

  it('keeps markup in the query as plain text and caps its length', () => {
    const state = parseSearchState(`q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(state.query).toBe('<img src=x onerror=alert(1)>');
    expect(parseSearchState(`q=${'a'.repeat(500)}`).query).toHaveLength(200);
  });

  it('drops empty and duplicate values', () => {
    expect(parseSearchState('category=&category=price&category=price').filters).toEqual({ category: ['price'] });
  });
});

describe('searchStateToQueryString', () => {
  it('writes q first, facets in a fixed order, values sorted, so equal states give equal links', () => {
    const a = searchStateToQueryString({ query: ' payback  time ', filters: { persona: ['cfo'], industry: ['food', 'auto'] } });
    expect(a).toBe('q=payback+time&industry=auto&industry=food&persona=cfo');
  });

  it('round-trips through parseSearchState', () => {
    const state = { query: 'costs too much', filters: { category: ['price'], status: ['retired'] } };
    expect(parseSearchState(searchStateToQueryString(state))).toEqual(state);
  });

  it('is empty for an empty state', () => {
    expect(searchStateToQueryString({ query: '', filters: {} })).toBe('');
  });
});

describe('toggleFilter', () => {
  it('adds and removes a value, dropping a facet that becomes empty', () => {
    const on = toggleFilter({ query: 'x', filters: {} }, 'persona', 'cfo', true);
    expect(on.filters).toEqual({ persona: ['cfo'] });
    expect(toggleFilter(on, 'persona', 'cfo', false).filters).toEqual({});
  });
});

describe('toPagefindFilters', () => {
  it('leaves retired concepts out unless the status facet is used', () => {
    expect(toPagefindFilters({ query: 'x', filters: {} })).toEqual({ status: { none: ['retired'] } });
    expect(toPagefindFilters({ query: 'x', filters: { status: ['retired'] } })).toEqual({
      status: { any: ['retired'] },
    });
  });

  it('treats values of one facet as alternatives and combines facets', () => {
    expect(toPagefindFilters({ query: '', filters: { category: ['price', 'timing'], persona: ['cfo'] } })).toEqual({
      category: { any: ['price', 'timing'] },
      persona: { any: ['cfo'] },
      status: { none: ['retired'] },
    });
  });

  it('can leave one facet out, for that facet’s counts', () => {
    const state = { query: '', filters: { category: ['price'], persona: ['cfo'] } };
    expect(toPagefindFilters(state, 'category')).toEqual({ persona: { any: ['cfo'] }, status: { none: ['retired'] } });
    expect(toPagefindFilters(state, 'status')).toEqual({ category: { any: ['price'] }, persona: { any: ['cfo'] } });
  });
});

describe('normaliseQuery and hasSearchInput', () => {
  it('collapses whitespace', () => {
    expect(normaliseQuery('  costs \n too   much ')).toBe('costs too much');
  });

  it('needs a query or a filter', () => {
    expect(hasSearchInput({ query: '', filters: {} })).toBe(false);
    expect(hasSearchInput({ query: '', filters: { industry: ['food'] } })).toBe(true);
    expect(hasSearchInput({ query: 'lm-400', filters: {} })).toBe(true);
  });
});
