/**
 * What the field notes tell, computed once per build: per objection how often it was heard and
 * handled, the ranking of answers that fail, the new objections as a to-do list, and the latest
 * notes per concept, persona and industry. Pure: the notes come in, nothing is read here.
 * Notes are counted per objection and per concept, never per author.
 */
import type { FieldNote } from '../schemas/field-notes.ts';
import { noteSubjects, type NoteSubject } from './site-paths.ts';

/** A note as the pages use it: its data and the language it is written in (its folder). */
export interface NoteEntry {
  id: string;
  lang: string;
  data: FieldNote;
}

export interface Tally {
  heard: number;
  handled: number;
}

/** What the counts say: rewrite the answer, it works, watch it, or too few notes to tell. */
export type Verdict = 'revise' | 'works' | 'watch' | 'few';

/** Fewer notes than this on an objection say nothing yet. */
export const minHeardForVerdict = 3;

/** The key of an objection across concepts. */
export const tallyKey = (concept: string, objection: string) => `${concept}/${objection}`;

/** Notes newest first (by visit day, then file id so the order is stable). */
export function newestFirst<N extends NoteEntry>(notes: readonly N[]): N[] {
  return [...notes].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

/** How often each objection was heard and handled, keyed by `tallyKey(concept, objection)`. */
export function objectionTallies(notes: readonly NoteEntry[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const note of notes) {
    const counted = new Set<string>();
    for (const heard of note.data.objectionsHeard) {
      const key = tallyKey(note.data.concept.id, heard.objection);
      // One note is one visit: an objection listed twice counts once (the rule reports it).
      if (counted.has(key)) continue;
      counted.add(key);
      const tally = tallies.get(key) ?? { heard: 0, handled: 0 };
      tally.heard += 1;
      if (heard.handled) tally.handled += 1;
      tallies.set(key, tally);
    }
  }
  return tallies;
}

/** Under half handled: revise; three in four or more: it works; in between: watch. */
export function verdictOf(tally: Tally, minHeard = minHeardForVerdict): Verdict {
  if (tally.heard < minHeard) return 'few';
  const rate = tally.handled / tally.heard;
  if (rate < 0.5) return 'revise';
  if (rate >= 0.75) return 'works';
  return 'watch';
}

export interface RankedObjection<O> {
  concept: string;
  objection: O;
  tally: Tally;
  verdict: Verdict;
}

/**
 * The objections heard in the field, the answers that failed most first: by times not handled,
 * then by the lower share handled, then by times heard. Objections never heard are left out.
 */
export function rankObjections<O extends { id: string }>(
  objections: readonly { concept: { id: string }; objection: O }[],
  tallies: ReadonlyMap<string, Tally>,
): RankedObjection<O>[] {
  const ranked: RankedObjection<O>[] = [];
  for (const { concept, objection } of objections) {
    const tally = tallies.get(tallyKey(concept.id, objection.id));
    if (!tally || tally.heard === 0) continue;
    ranked.push({ concept: concept.id, objection, tally, verdict: verdictOf(tally) });
  }
  const failed = (r: RankedObjection<O>) => r.tally.heard - r.tally.handled;
  return ranked.sort(
    (a, b) =>
      failed(b) - failed(a) ||
      a.tally.handled / a.tally.heard - b.tally.handled / b.tally.heard ||
      b.tally.heard - a.tally.heard ||
      tallyKey(a.concept, a.objection.id).localeCompare(tallyKey(b.concept, b.objection.id)),
  );
}

export interface NewObjection {
  text: string;
  date: Date;
  /** The note it came from, and the language it is written in. */
  note: string;
  lang: string;
}

export interface NewObjectionGroup {
  concept: string;
  items: NewObjection[];
}

/** The new objections per concept, newest first; the concept with the newest one comes first. */
export function newObjectionsByConcept(notes: readonly NoteEntry[]): NewObjectionGroup[] {
  const groups = new Map<string, NewObjection[]>();
  for (const note of newestFirst(notes)) {
    for (const text of note.data.newObjections) {
      const list = groups.get(note.data.concept.id) ?? [];
      list.push({ text, date: note.data.date, note: note.id, lang: note.lang });
      groups.set(note.data.concept.id, list);
    }
  }
  // Notes were walked newest first, so each group and the order of groups already are.
  return [...groups].map(([concept, items]) => ({ concept, items }));
}

export interface FieldNoteIndex {
  /** Every note about a published concept, newest first. */
  notes: NoteEntry[];
  tallies: Map<string, Tally>;
  /** The notes about each concept, persona and industry (by id), newest first. */
  about: Record<NoteSubject, Map<string, NoteEntry[]>>;
  newObjections: NewObjectionGroup[];
}

/** The ids of what a note is about: its concept, the persona spoken to and the customer's industry. */
export function noteSubjectIds(data: { concept: { id: string }; persona: { id: string }; industry: { id: string } }): Record<NoteSubject, string> {
  return { concepts: data.concept.id, personas: data.persona.id, industries: data.industry.id };
}

function groupBy(notes: readonly NoteEntry[], key: (note: NoteEntry) => string): Map<string, NoteEntry[]> {
  const map = new Map<string, NoteEntry[]>();
  for (const note of notes) {
    const group = map.get(key(note));
    if (group) group.push(note);
    else map.set(key(note), [note]);
  }
  return map;
}

/**
 * The index of the notes about published concepts (a note about a draft stays out of a
 * production build, like the draft itself).
 */
export function buildFieldNoteIndex(notes: readonly NoteEntry[], published: ReadonlySet<string>): FieldNoteIndex {
  const shown = newestFirst(notes.filter((note) => published.has(note.data.concept.id)));
  return {
    notes: shown,
    tallies: objectionTallies(shown),
    about: Object.fromEntries(noteSubjects.map((subject) => [subject, groupBy(shown, (note) => noteSubjectIds(note.data)[subject])])) as FieldNoteIndex['about'],
    newObjections: newObjectionsByConcept(shown),
  };
}
