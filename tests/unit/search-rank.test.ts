import { describe, expect, it } from 'vitest';
import { matchTier, sameWord, tierByMatch } from '../../src/lib/search-rank.ts';
import { words } from '../../src/lib/search-vocabulary.ts';

describe('sameWord', () => {
  it('takes a short ending as the same word, but not a prefix of a longer, other word', () => {
    expect(sameWord('cost', 'costs')).toBe(true);
    expect(sameWord('licences', 'licence')).toBe(true);
    expect(sameWord('te', 'team')).toBe(false);
    expect(sameWord('te', 'te')).toBe(true);
    expect(sameWord('duur', 'duurzaamheid')).toBe(false);
  });
});

describe('matchTier', () => {
  const tier = (query: string, text: string) => matchTier(words(query), words(text));

  it('ranks a phrase first, then every word whole, then prefix-only matches', () => {
    expect(tier('te duur', 'De software is te duur vergeleken met het apparaat.')).toBe(0);
    expect(tier('te duur', 'Duur? Wat kost het je te wachten?')).toBe(1);
    expect(tier('te duur', 'Technicians of the team agree on terms; duurzaam.')).toBe(2);
    expect(tier('payback', 'The bundle pays back: payback in 13 months.')).toBe(0);
    expect(tier('', 'anything')).toBe(2);
  });

  it('ignores case, accents and punctuation', () => {
    expect(tier('Te Duur', '“te duur!”')).toBe(0);
    expect(tier('cafe', 'Café')).toBe(0);
  });
});

describe('tierByMatch', () => {
  const rankByMatch = <T>(items: readonly T[], query: string, text: (item: T) => string | undefined) =>
    tierByMatch(items, query, text).map(({ item }) => item);
  const pages = [
    { url: '/a/', text: 'The technicians of the team read the terms. Duurzaam.' },
    { url: '/b/', text: 'Een team dat duur inkoopt, te vaak.' },
    { url: '/c/', text: 'De software is te duur.' },
    { url: '/d/' },
  ];

  it('puts the phrase before whole words before prefix matches, keeping the order within a tier', () => {
    expect(rankByMatch(pages, 'te duur', (page) => page.text).map((page) => page.url)).toEqual(['/c/', '/b/', '/a/', '/d/']);
  });

  it('keeps the order for an empty query', () => {
    expect(rankByMatch(pages, '  ', (page) => page.text).map((page) => page.url)).toEqual(['/a/', '/b/', '/c/', '/d/']);
  });
});
