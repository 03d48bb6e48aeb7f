import { describe, expect, it } from 'vitest';
import {
  allowedEdits,
  closestWord,
  correctQuery,
  editDistance,
  isKnown,
  prepareVocabulary,
} from '../../src/lib/search-correct.ts';
import { buildVocabulary } from '../../src/lib/search-vocabulary.ts';

// Words as the sample's English index has them, most frequent first.
const english = prepareVocabulary(
  buildVocabulary('en', [
    'The software is too expensive next to the device. Costs too much. No budget for software.',
    'Agree that the licence looks large next to the gauge. The licence of ProcessLens software.',
    'An expansive view. Licences per site. Expensive, expensive, expensive.',
  ]),
);
const dutch = prepareVocabulary(
  buildVocabulary('nl', ['De software is te duur vergeleken met het apparaat. Geen budget voor software. Kost te veel.']),
);

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('softwre', 'software')).toBe(1);
    expect(editDistance('expnsive', 'expensive')).toBe(1);
    expect(editDistance('license', 'licence')).toBe(1);
    expect(editDistance('sofwtare', 'software')).toBe(1);
    expect(editDistance('gauge', 'gauge')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops as soon as the distance exceeds the limit', () => {
    expect(editDistance('software', 'hardware', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('allowedEdits', () => {
  it('corrects no word under four letters, one edit up to seven, two from eight', () => {
    expect([3, 4, 7, 8, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('isKnown', () => {
  it('knows the words of the index and every start of one (Pagefind matches prefixes)', () => {
    expect(isKnown('software', english)).toBe(true);
    expect(isKnown('softw', english)).toBe(true);
    expect(isKnown('licences', english)).toBe(true);
    expect(isKnown('license', english)).toBe(false);
    expect(isKnown('softwre', english)).toBe(false);
  });
});

describe('closestWord', () => {
  it('prefers fewer edits, then the first letter kept, then the more frequent word', () => {
    // "expansive" and "expensive" are both one edit from "expnsive"; the frequent one wins.
    expect(closestWord('expnsive', english)).toBe('expensive');
    expect(closestWord('license', english)).toBe('licence');
    expect(closestWord('xyzzy', english)).toBeUndefined();
    expect(closestWord('tow', english)).toBeUndefined();
  });
});

describe('correctQuery', () => {
  it('corrects the typos of a query and reports each change', () => {
    expect(correctQuery('softwre too expnsive', english)).toEqual({
      query: 'software too expensive',
      changes: [
        { from: 'softwre', to: 'software' },
        { from: 'expnsive', to: 'expensive' },
      ],
    });
  });

  it('turns a US spelling into the one the playbook writes', () => {
    expect(correctQuery('license too expensive', english)?.query).toBe('licence too expensive');
    expect(correctQuery('License', english)?.query).toBe('licence');
  });

  it('leaves known words, prefixes, figures and SKUs as typed, and says so with undefined', () => {
    expect(correctQuery('software too expen', english)).toBeUndefined();
    expect(correctQuery('LM-400 4,150', english)).toBeUndefined();
    expect(correctQuery('', english)).toBeUndefined();
  });

  it('corrects against the vocabulary of the reader’s language', () => {
    expect(correctQuery('te duuur', dutch)?.query).toBe('te duur');
    expect(correctQuery('geen budgt', dutch)?.query).toBe('geen budget');
    expect(correctQuery('softwre te duur', dutch)?.query).toBe('software te duur');
  });
});
