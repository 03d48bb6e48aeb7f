/**
 * The rows of the field-note pages' CSV files: every objection heard in the field with its
 * tally and verdict ("Which answers work"), and every new objection. Labels in the reader's
 * language; no author, as notes are never counted by person. Pure.
 */
import type { FieldNoteTable } from './field-notes-bounded.ts';
import type { FieldNoteIndex, RankedObjection } from './field-note-stats.ts';
import { t, type UiKey } from './i18n.ts';
import type { CsvValue } from './csv-write.ts';

export interface FieldNotesCsvInput {
  notes: FieldNoteIndex;
  ranking: readonly RankedObjection<{ id: string; objection: string }>[];
  lang: string;
  titles: ReadonlyMap<string, string>;
  /** The objection card's URL, absolute when the site's URL is known. */
  card: (concept: string, objection: string) => string;
}

export function fieldNotesCsv(table: FieldNoteTable, input: FieldNotesCsvInput): { header: string[]; rows: CsvValue[][] } {
  const label = (key: string) => t(`fieldNotes.csv.${key}` as UiKey, input.lang);
  const title = (concept: string) => input.titles.get(concept) ?? concept;
  if (table === 'answers') {
    return {
      header: ['conceptId', 'concept', 'objectionId', 'objection', 'heard', 'handled', 'verdict', 'page'].map(label),
      rows: input.ranking.map(({ concept, objection, tally, verdict }) => [
        concept,
        title(concept),
        objection.id,
        objection.objection,
        tally.heard,
        tally.handled,
        t(`fieldNotes.verdict.${verdict}` as UiKey, input.lang),
        input.card(concept, objection.id),
      ]),
    };
  }
  return {
    header: ['date', 'conceptId', 'concept', 'newObjection', 'language', 'note'].map(label),
    rows: input.notes.newObjections.flatMap(({ concept, items }) =>
      items.map((item) => [item.date.toISOString().slice(0, 10), concept, title(concept), item.text, item.lang, item.note]),
    ),
  };
}
