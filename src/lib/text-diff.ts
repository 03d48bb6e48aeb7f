/**
 * A word diff of two texts, to show a learner what marketing changed in an answer they had
 * learned: the words of the new text marked as kept or added, and the removed words of the old
 * one where they stood. Longest common subsequence over words (answers are a few sentences;
 * longer texts fall back to "all replaced" to stay cheap).
 */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const maxWords = 600;

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter((w) => w !== '');
}

/** The parts of `after` against `before`, in reading order; neighbouring parts of one kind are joined. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], word: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += ` ${word}`;
    else parts.push({ kind, text: word });
  };
  if (a.length * b.length > maxWords * maxWords) {
    if (a.length) parts.push({ kind: 'removed', text: a.join(' ') });
    if (b.length) parts.push({ kind: 'added', text: b.join(' ') });
    return parts;
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return parts;
}

/** True when the diff holds any change. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((p) => p.kind !== 'same');
}
