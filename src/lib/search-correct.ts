/**
 * "Did you mean": a query that finds nothing is corrected word by word to the closest words of
 * the index's own vocabulary (src/lib/search-vocabulary.ts), so "softwre too expnsive" becomes
 * "software too expensive" and the US "license" the "licence" the playbook writes. Pure.
 *
 * Only words the index does not know are touched: a word that is a word of the index, or the
 * start of one (Pagefind matches word prefixes), stays as typed. Figures, SKUs and words shorter
 * than four letters are never corrected: too many real words lie one letter away from them.
 */
import { normaliseWord, type VocabularyFile } from './search-vocabulary.ts';

export interface Vocabulary {
  /** Words by frequency (the file's order); the index is the rank, lower is more frequent. */
  byRank: readonly string[];
  /** The same words in code-unit order, for prefix look-ups. */
  sorted: readonly string[];
  rank: ReadonlyMap<string, number>;
}

export function prepareVocabulary(file: Pick<VocabularyFile, 'words'>): Vocabulary {
  const byRank = file.words.map(normaliseWord);
  return { byRank, sorted: [...byRank].sort(), rank: new Map(byRank.map((word, at) => [word, at])) };
}

/** True when the index has the word or a word that starts with it. */
export function isKnown(word: string, vocabulary: Vocabulary): boolean {
  const { sorted } = vocabulary;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? '') < word) low = mid + 1;
    else high = mid;
  }
  return (sorted[low] ?? '').startsWith(word);
}

/** How many edits a word of this length may be away from its correction. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Edit distance with adjacent transpositions counted as one edit ("sofwtare"), stopping early:
 * returns `max + 1` as soon as the distance is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The closest word of the vocabulary to an unknown word: fewest edits, then one that keeps the
 * first letter (people rarely mistype it), then the more frequent word.
 */
export function closestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const max = allowedEdits(word.length);
  if (max === 0) return undefined;
  let best: { word: string; key: [number, number, number] } | undefined;
  for (const [rank, candidate] of vocabulary.byRank.entries()) {
    if (Math.abs(candidate.length - word.length) > max) continue;
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    const key: [number, number, number] = [distance, candidate[0] === word[0] ? 0 : 1, rank];
    if (!best || key[0] < best.key[0] || (key[0] === best.key[0] && (key[1] < best.key[1] || (key[1] === best.key[1] && key[2] < best.key[2])))) {
      best = { word: candidate, key };
    }
  }
  return best?.word;
}

export interface Correction {
  /** The query with its unknown words replaced, to search for instead. */
  query: string;
  /** Each replaced word and its replacement, in query order. */
  changes: { from: string; to: string }[];
}

/** The corrected query, or undefined when no word needs (or has) a correction. */
export function correctQuery(query: string, vocabulary: Vocabulary): Correction | undefined {
  const changes: Correction['changes'] = [];
  // Split on spaces only, so punctuation and figures in the query stay as typed.
  const corrected = query
    .trim()
    .split(/\s+/)
    .map((token) => {
      const word = normaliseWord(token);
      if (!/^\p{L}+$/u.test(word) || isKnown(word, vocabulary)) return token;
      const to = closestWord(word, vocabulary);
      if (!to) return token;
      changes.push({ from: token, to });
      return to;
    })
    .join(' ');
  return changes.length > 0 ? { query: corrected, changes } : undefined;
}
