import { describe, expect, it } from 'vitest';
import { bounded, conceptSearchHref, missingPages, relatedLimit } from '../../src/lib/bounded.ts';
import { urlsFor } from '../../src/lib/urls.ts';

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

  it('sends the language switch of an older page to the last page of a language whose list is shorter', () => {
    const lastPageIn = new Map([['en', 7], ['nl', 5]] as const);
    const page = (lang: 'en' | 'nl', n: number) => urlsFor(lang).whatsNew(n);
    expect(missingPages(5, lastPageIn, page)).toEqual({});
    expect(missingPages(6, lastPageIn, page)).toEqual({ nl: '/nl/whats-new/5/' });
    expect(missingPages(2, new Map([['en', 2], ['nl', 1]] as const), page)).toEqual({ nl: '/nl/whats-new/' });
  });
});
