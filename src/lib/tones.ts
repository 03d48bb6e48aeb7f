/**
 * The colour pairs of badges, and which one each concept status gets. Pages (Badge,
 * StatusBadge) and the search results (built in the browser) take both from here, so a status
 * looks the same wherever it appears.
 */
import type { ConceptStatus } from '../schemas/concepts.ts';

export type Tone = 'neutral' | 'accent' | 'good' | 'warn' | 'bad' | 'internal' | 'draft';

export const toneClasses: Record<Tone, string> = {
  neutral: 'bg-subtle text-muted border-line',
  accent: 'bg-accent-soft text-accent-strong border-transparent',
  good: 'bg-good-soft text-good border-transparent',
  warn: 'bg-warn-soft text-warn border-transparent',
  bad: 'bg-bad-soft text-bad border-transparent',
  internal: 'bg-internal-soft text-internal border-internal-line',
  draft: 'bg-draft-soft text-draft border-draft',
};

export const statusTones: Record<ConceptStatus, Tone> = { live: 'good', pilot: 'warn', draft: 'draft', retired: 'neutral' };

/** The classes of a status badge; unknown statuses get the neutral pair. */
export function statusClasses(status: string): string {
  return toneClasses[(statusTones as Record<string, Tone>)[status] ?? 'neutral'];
}
