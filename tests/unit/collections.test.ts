import { describe, expect, it } from 'vitest';
import { collectionFiles, globPattern } from '../../src/schemas/collections.ts';

describe('globPattern', () => {
  it('matches every extension a collection is written in', () => {
    expect(globPattern(collectionFiles.products)).toBe('**/*.{yaml,yml}');
    expect(globPattern(collectionFiles.concepts)).toBe('**/*.mdx');
  });
});
