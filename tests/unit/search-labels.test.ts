import { describe, expect, it } from 'vitest';
import { categoryLabel, statusLabel } from '../../src/lib/labels.ts';
import { searchFacets } from '../../src/lib/search-query.ts';
import { searchResultTypes, searchStrings } from '../../src/lib/search-labels.ts';
import { conceptStatuses } from '../../src/schemas/concepts.ts';
import { objectionCategories } from '../../src/schemas/personas.ts';

describe('searchStrings', () => {
  it('gives the dialog a distinct label for every result type and status, and no entity names', () => {
    const strings = searchStrings('en');
    const types = strings.labels.type ?? {};
    expect(Object.keys(types)).toEqual([...searchResultTypes]);
    expect(new Set(Object.values(types)).size).toBe(searchResultTypes.length);
    expect(Object.values(types).every((label) => label.trim() !== '')).toBe(true);
    expect(strings.labels.status).toEqual(Object.fromEntries(conceptStatuses.map((s) => [s, statusLabel(s, 'en')])));
    expect(Object.keys(strings.labels)).toEqual(['type', 'status']);
    // The result count fills the query in at run time.
    expect(strings.text.none).toContain('{query}');
  });

  it('gives /search/ a heading per facet and the names behind facet ids, only those passed', () => {
    const strings = searchStrings('en', { product: [['lm-400', 'LineMeter LM-400']], industry: [] });
    expect(Object.keys(strings.facets)).toEqual([...searchFacets]);
    expect(strings.labels.product).toEqual({ 'lm-400': 'LineMeter LM-400' });
    expect(strings.labels.industry).toEqual({});
    expect(strings.labels.category).toEqual(Object.fromEntries(objectionCategories.map((c) => [c, categoryLabel(c, 'en')])));
  });
});
