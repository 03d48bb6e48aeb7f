import { describe, expect, it } from 'vitest';
import { buildVocabulary, normaliseWord, parseVocabulary, vocabularyFileName, words } from '../../src/lib/search-vocabulary.ts';

describe('words', () => {
  it('splits on everything but letters and digits, lower case, accents dropped', () => {
    expect(words('Café “te duur”, LM-400 — €4,150!')).toEqual(['cafe', 'te', 'duur', 'lm', '400', '4', '150']);
    expect(normaliseWord('Één')).toBe('een');
  });
});

describe('buildVocabulary', () => {
  it('keeps letter-only words of 3 to 30 characters, most frequent first, ties alphabetical', () => {
    const vocabulary = buildVocabulary('en', ['Software software licence', 'the licence of a gauge', 'LM-400 gauge']);
    expect(vocabulary).toEqual({ version: 1, lang: 'en', words: ['gauge', 'licence', 'software', 'the'] });
  });

  it('finds the words that normalising each whole text finds, however the text is spaced', () => {
    // Ligatures, trademark signs and fractions that decompose into letters or digits, combining
    // marks, Greek final sigma, no-break and ideographic spaces, tabs and line breaks.
    const texts = [
      'Café\u00a0crème ﬁlter™ MeridianTM ½ price',
      'Cafe\u0301 ΟΔΟΣ οδος\tσυστημα ΣΥΣΤΗΜΑΣ\nline\u3000break  double  space',
      'Één maand, geen één; ﬁnal ﬁnal ﬁnal',
    ];
    const whole = new Map<string, number>();
    for (const text of texts) for (const word of words(text)) if (word.length >= 3 && /^\p{L}+$/u.test(word)) whole.set(word, (whole.get(word) ?? 0) + 1);
    const expected = [...whole].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([word]) => word);
    expect(buildVocabulary('en', texts).words).toEqual(expected);
    expect(expected.slice(0, 3)).toEqual(['final', 'cafe', 'een']);
    expect(expected).toContain('filtertm');
  });
});

describe('parseVocabulary', () => {
  it('accepts the file it wrote and refuses anything else', () => {
    const file = buildVocabulary('nl', ['te duur']);
    expect(parseVocabulary(JSON.parse(JSON.stringify(file)))).toEqual(file);
    expect(parseVocabulary({ version: 2, lang: 'nl', words: [] })).toBeUndefined();
    expect(parseVocabulary({ version: 1, lang: 'nl', words: [1] })).toBeUndefined();
    expect(parseVocabulary(null)).toBeUndefined();
    expect(parseVocabulary('words')).toBeUndefined();
  });
});

describe('vocabularyFileName', () => {
  it('names the file after the index language, with nothing a path could escape with', () => {
    expect(vocabularyFileName('nl')).toBe('vocabulary.nl.json');
    expect(vocabularyFileName('../EN')).toBe('vocabulary.en.json');
  });
});
