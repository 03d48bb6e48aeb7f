/**
 * The words of one language's search index, collected at build time from the text Pagefind
 * indexed (which holds the objections' and products' aliases, since their pages show them), and
 * written next to the index as a small JSON file. Search uses it only when a query finds nothing,
 * to correct a typo or a variant spelling ("softwre", "license") to a word the index knows.
 * Pure: the integration reads Pagefind's fragments and writes the file.
 */

/** Bump when the file's shape changes; the client ignores a file of another version. */
export const vocabularyVersion = 1;

export interface VocabularyFile {
  version: typeof vocabularyVersion;
  lang: string;
  /** Every word of the index, most frequent first (ties alphabetical), letters only. */
  words: string[];
}

/**
 * A word as search compares it: lower case, accents dropped (as Pagefind does unless told to
 * keep them), so "Café" and "cafe" are one word.
 */
export function normaliseWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, normalised, in order (letters and digits; everything else separates). */
export function words(text: string): string[] {
  return normaliseWord(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Words worth correcting to: letters only (no figures or SKUs), 3 to 30 characters. */
const correctable = (word: string) => word.length >= 3 && word.length <= 30 && /^\p{L}+$/u.test(word);

/**
 * The vocabulary of one language from the indexed text of its pages. The texts are cut at white
 * space first and each distinct piece is split into words once: at 1,000 concepts the English
 * index's 1.1 million pieces are 3,637 distinct ones, and normalising every text whole took
 * 0.3 s instead of 0.1 s. The words are the same: no white space decomposes into a letter or a
 * mark, and lower-casing looks no further than the white space around a word.
 */
export function buildVocabulary(lang: string, texts: Iterable<string>): VocabularyFile {
  const pieces = new Map<string, number>();
  for (const text of texts) {
    for (const piece of text.split(/\s+/)) pieces.set(piece, (pieces.get(piece) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const [piece, times] of pieces) {
    for (const word of words(piece)) {
      if (correctable(word)) counts.set(word, (counts.get(word) ?? 0) + times);
    }
  }
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([word]) => word);
  return { version: vocabularyVersion, lang, words: sorted };
}

/** Reads a vocabulary file fetched by the client; anything else than the expected shape is refused. */
export function parseVocabulary(value: unknown): VocabularyFile | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const file = value as Partial<VocabularyFile>;
  if (file.version !== vocabularyVersion || typeof file.lang !== 'string' || !Array.isArray(file.words)) return undefined;
  if (!file.words.every((word) => typeof word === 'string')) return undefined;
  return { version: vocabularyVersion, lang: file.lang, words: file.words };
}

/** The file name of a language's vocabulary inside the Pagefind bundle folder. */
export function vocabularyFileName(lang: string): string {
  return `vocabulary.${lang.toLowerCase().replace(/[^a-z0-9-]/g, '')}.json`;
}
