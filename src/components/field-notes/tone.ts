import type { Tone } from '../../lib/tones.ts';
import type { Verdict } from '../../lib/field-note-stats.ts';
import type { NoteOutcome } from '../../lib/field-note-file.ts';

/** The badge colour of what the field says about an answer, and of a note's outcome. */
export const verdictTones: Record<Verdict, Tone> = { revise: 'bad', watch: 'warn', works: 'good', few: 'neutral' };
export const outcomeTones: Record<NoteOutcome, Tone> = { won: 'good', lost: 'bad', open: 'neutral' };
