/**
 * The field notes of this build, loaded and indexed ONCE (the first page that asks starts the
 * work). Notes are not translated: each is shown, on every language's pages, in the language
 * its writer used, which its folder decides (`content/field-notes/nl/` is Dutch).
 */
import { getCollection } from 'astro:content';
import { buildFieldNoteIndex, type FieldNoteIndex } from './field-note-stats.ts';
import { locales } from './locale.ts';
import { getSiteIndex } from './site-data.ts';
import { entryLanguage } from './translations.ts';

let pending: Promise<FieldNoteIndex> | undefined;

async function load(): Promise<FieldNoteIndex> {
  const [entries, site] = await Promise.all([getCollection('field-notes'), getSiteIndex()]);
  const notes = entries.map((entry) => ({ id: entry.id, lang: entryLanguage(entry.id, locales), data: entry.data }));
  return buildFieldNoteIndex(notes, new Set(site.conceptById.keys()));
}

export function getFieldNotes(): Promise<FieldNoteIndex> {
  return (pending ??= load());
}
