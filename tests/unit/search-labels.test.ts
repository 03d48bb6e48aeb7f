import { describe, expect, it } from 'vitest';
import { searchStrings } from '../../src/lib/search-labels.ts';

describe('searchStrings', () => {
  it('gives the dialog type and status labels only', () => {
    const strings = searchStrings('en');
    expect(strings.labels.type?.objection).toBe('Objection');
    expect(strings.labels.status?.retired).toBe('Retired');
    expect(strings.labels.industry).toBeUndefined();
    expect(strings.text.none).toContain('{query}');
  });

  it('gives /search/ the names behind facet ids', () => {
    const strings = searchStrings('en', { product: [['lm-400', 'LineMeter LM-400']], industry: [] });
    expect(strings.labels.product).toEqual({ 'lm-400': 'LineMeter LM-400' });
    expect(strings.labels.category?.price).toBe('Price');
    expect(strings.facets.persona).toBe('Persona');
  });
});
