import { describe, expect, it } from 'vitest';
import { tPlural } from '../../src/lib/plural.ts';

describe('tPlural', () => {
  it('picks the plural form for the count', () => {
    expect(tPlural('product.sellItAsCount', 1)).toBe('1 concept');
    expect(tPlural('product.sellItAsCount', 3)).toBe('3 concepts');
    expect(tPlural('product.sellItAsCount', 0)).toBe('0 concepts');
  });
});
