import { describe, expect, it } from 'vitest';
import { bounded, conceptSearchHref, relatedLimit } from '../../src/lib/bounded.ts';

describe('bounded lists', () => {
  it('shows the first entries and counts the rest', () => {
    const items = Array.from({ length: relatedLimit + 5 }, (_, i) => i);
    expect(bounded(items)).toEqual({ shown: items.slice(0, relatedLimit), more: 5 });
    expect(bounded([1, 2], 24)).toEqual({ shown: [1, 2], more: 0 });
  });

  it('sends the rest to search with the facet, in the page language', () => {
    expect(conceptSearchHref('en', 'persona', 'plant-manager')).toBe('/search/?type=concept&persona=plant-manager');
    expect(conceptSearchHref('nl', 'product', 'lm-400')).toBe('/nl/search/?type=concept&product=lm-400');
  });
});
