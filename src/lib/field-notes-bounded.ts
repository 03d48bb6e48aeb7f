/**
 * Bounded field-note pages (issue 17): "Which answers work" (/field-notes/) shows the objections
 * whose answer failed most, "All field notes" (/field-notes/all/) pages every note, a concept,
 * persona or industry its latest notes (and pages its own when it has more), and the new
 * objections (/field-notes/new-objections/) the newest,
 * each at most a fixed number; a sentence counts the rest, and every one is in the page's CSV
 * file (src/pages/[...locale]/field-notes/[table].csv.ts). So one page view stays the same size
 * however many concepts and notes the playbook holds. Pure.
 */
import type { NewObjection, NewObjectionGroup } from './field-note-stats.ts';
import { sitePaths, type NoteSubject } from './site-paths.ts';

/** Objections on "Which answers work": the ranking puts those whose answer failed most first. */
export const answersLimit = 40;
/** New objections on the to-do list, newest first. */
export const newObjectionsLimit = 50;
/**
 * Notes per page of "All field notes" (/field-notes/all/, /field-notes/all/2/, …), newest first:
 * every note is reachable, and a page stays about 30 KB of HTML however many notes there are.
 */
export const notesPerPage = 24;
/**
 * Notes a concept, persona or industry page shows, newest first. One with more has a page of its
 * own notes (/field-notes/concepts/<id>/, /field-notes/personas/<id>/, /field-notes/industries/<id>/,
 * paged like "All field notes"), which its page links; one with this many or fewer shows them
 * all and has no such page, so the pages grow with the notes, not with the entries.
 */
export const notesShown = 3;

/** Whether a concept, persona or industry with this many notes has a page of its own notes. */
export const hasOwnNotesPage = (notes: number): boolean => notes > notesShown;

/**
 * The pages of the own notes of one concept, persona or industry with this many notes
 * (/field-notes/personas/<id>/, …/2/, …), none when its page shows them all: what the build
 * writes and what links-exist lets a link lead to.
 */
export function ownNotesPages(subject: NoteSubject, id: string, notes: number): string[] {
  if (!hasOwnNotesPage(notes)) return [];
  return Array.from({ length: Math.ceil(notes / notesPerPage) }, (_, i) => sitePaths.subjectFieldNotes(subject, id, i + 1));
}

/** The CSV files of the field-note pages, one per page and language. */
export const fieldNoteTables = ['answers', 'new-objections'] as const;
export type FieldNoteTable = (typeof fieldNoteTables)[number];

/** A concept's new objections on the page, and how many it has in all (some may be only in the CSV file). */
export interface ShownNewObjectionGroup extends NewObjectionGroup {
  all: number;
}

/**
 * The newest `limit` new objections, still grouped by concept in the groups' order (the concept
 * with the newest one first), and how many there are in all and per concept. Groups left
 * without an item go.
 */
export function newestNewObjections(groups: readonly NewObjectionGroup[], limit = newObjectionsLimit): { groups: ShownNewObjectionGroup[]; total: number } {
  const all = groups.flatMap((group) => group.items);
  const withCount = (group: NewObjectionGroup, items: NewObjection[]) => ({ concept: group.concept, items, all: group.items.length });
  if (all.length <= limit) return { groups: groups.map((group) => withCount(group, group.items)), total: all.length };
  // Newest first; a stable sort keeps the notes' order (newest note first) among the same day.
  const kept = new Set<NewObjection>([...all].sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, limit));
  return {
    groups: groups.map((group) => withCount(group, group.items.filter((item) => kept.has(item)))).filter((group) => group.items.length > 0),
    total: all.length,
  };
}
