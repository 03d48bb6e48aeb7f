/**
 * The CSV files of the field-note pages, one per page and language (`/field-notes/answers.csv`,
 * `/field-notes/new-objections.csv`): every row, also those the bounded pages leave out
 * (src/lib/field-notes-bounded.ts).
 */
import type { APIRoute } from 'astro';
import { csvFormat, csvText } from '../../../lib/csv-write.ts';
import { fieldNoteTables, type FieldNoteTable } from '../../../lib/field-notes-bounded.ts';
import { fieldNotesCsv } from '../../../lib/field-notes-csv.ts';
import { getFieldNotes } from '../../../lib/field-notes-data.ts';
import { rankObjections } from '../../../lib/field-note-stats.ts';
import { localePaths } from '../../../lib/locale.ts';
import { playbookConfig } from '../../../lib/playbook-config.ts';
import { getSiteIndex } from '../../../lib/site-data.ts';
import { urlsFor } from '../../../lib/urls.ts';
import { absoluteUrl } from '../../../lib/whats-new.ts';

export const getStaticPaths = () => localePaths(() => fieldNoteTables.map((table) => ({ params: { table } })));

export const GET: APIRoute = async ({ params, locals }) => {
  const { lang } = locals;
  const [index, notes] = await Promise.all([getSiteIndex(lang), getFieldNotes()]);
  const urls = urlsFor(lang);
  const siteUrl = playbookConfig.siteUrl;
  const { header, rows } = fieldNotesCsv(params.table as FieldNoteTable, {
    notes,
    ranking: rankObjections(index.objections, notes.tallies),
    lang,
    titles: new Map(index.concepts.map((concept) => [concept.id, concept.data.title])),
    card: (concept, objection) => (siteUrl ? absoluteUrl(urls.objection(concept, objection), siteUrl) : urls.objection(concept, objection)),
  });
  return new Response(csvText(header, rows, csvFormat(lang)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
