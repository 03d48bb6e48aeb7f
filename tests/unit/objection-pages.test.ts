import { describe, expect, it } from 'vitest';
import { categoryStarts, objectionPageOf } from '../../src/lib/objection-pages.ts';

describe('objection library paging', () => {
  it('puts positions 0–24 on page 1 and 25 on page 2', () => {
    expect(objectionPageOf(0)).toBe(1);
    expect(objectionPageOf(24)).toBe(1);
    expect(objectionPageOf(25)).toBe(2);
    expect(objectionPageOf(7, 3)).toBe(3);
  });

  it('finds where each category starts and how many it has', () => {
    expect(categoryStarts(['price', 'price', 'timing', 'other', 'other'], (c) => c)).toEqual([
      { category: 'price', first: 0, count: 2 },
      { category: 'timing', first: 2, count: 1 },
      { category: 'other', first: 3, count: 2 },
    ]);
  });
});
