/**
 * What a list of field notes is about, as one language's pages name it: a published concept (its
 * title), a persona or an industry (their names), looked up in that language's site index; and
 * the words of the page of its own notes and of the link to it. Pure.
 */
import { hasOwnNotesPage } from './field-notes-bounded.ts';
import { formatNumber } from './format.ts';
import { tf, type Lang } from './i18n.ts';
import type { SiteIndex } from './site-index.ts';
import type { NoteSubject } from './site-paths.ts';
import { urlsFor } from './urls.ts';

export interface NoteSubjectEntry {
  id: string;
  name: string;
}

type Index = Pick<SiteIndex, 'concepts' | 'conceptById' | 'personaById' | 'industryById'>;

/** Every concept (published), persona or industry of the index, with its name. */
export function subjectEntries(index: Index, subject: NoteSubject): NoteSubjectEntry[] {
  if (subject === 'concepts') return index.concepts.map((concept) => ({ id: concept.id, name: concept.data.title }));
  const entries = subject === 'personas' ? index.personaById.values() : index.industryById.values();
  return [...entries].map((entry) => ({ id: entry.id, name: entry.data.name }));
}

/** The name of one concept, persona or industry; undefined when the index has none by that id. */
export function subjectName(index: Index, subject: NoteSubject, id: string): string | undefined {
  if (subject === 'concepts') return index.conceptById.get(id)?.data.title;
  return (subject === 'personas' ? index.personaById : index.industryById).get(id)?.data.name;
}

/**
 * A persona's or industry's name as a word inside a sentence: "Quality manager" reads "… with the
 * quality manager", "Automotive-toeleveranciers" "… de branche automotive-toeleveranciers". Only
 * a capital followed by a small letter is lowered, so an abbreviation ("IT manager", "OEM") keeps
 * its capitals.
 */
export function nameInSentence(name: string, lang: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? `${name.charAt(0).toLocaleLowerCase(lang)}${name.slice(1)}` : name;
}

/** The title and lead of the page of one concept's, persona's or industry's own notes. */
export function ownNotesHeading(subject: NoteSubject, name: string, lang: Lang): { title: string; lead: string } {
  return { title: tf('fieldNotes.about.title', { name }, lang), lead: tf(`fieldNotes.${subject}.lead`, { name: nameInSentence(name, lang) }, lang) };
}

/**
 * The link from a concept's, persona's or industry's latest notes to the page of all its own
 * ("All 5 notes from automotive suppliers"); undefined when it has no more notes than its page
 * shows, so no link leads to a list of the same notes.
 */
export function ownNotesLink(subject: NoteSubject, entry: NoteSubjectEntry, notes: number, lang: Lang): { href: string; label: string } | undefined {
  if (!hasOwnNotesPage(notes)) return undefined;
  return {
    href: urlsFor(lang).subjectFieldNotes(subject, entry.id),
    label: tf(`fieldNotes.${subject}.all`, { count: formatNumber(notes, lang), name: nameInSentence(entry.name, lang) }, lang),
  };
}
