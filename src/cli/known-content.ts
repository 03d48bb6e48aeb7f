/**
 * What the content folder holds that a new field note may refer to: concepts with their
 * industries, personas and objections, and the industry and persona ids. Read with the
 * checker's own reader, so the CLI and the checker agree on what exists.
 */
import { loadContent } from '../checker/load-content.ts';
import { readContentFiles } from '../checker/read-content.ts';
import type { KnownIds } from '../lib/field-note-import.ts';
import { isTranslation } from '../lib/translations.ts';
import type { NoteConcept } from './scaffold.ts';

export interface NoteTargets {
  known: KnownIds;
  concepts: Map<string, NoteConcept>;
}

export function noteTargets(contentPath: string, locales: readonly string[]): NoteTargets {
  const { content } = loadContent(readContentFiles(contentPath));
  const originals = <E extends { id: string }>(entries: readonly E[]) => entries.filter((entry) => !isTranslation(entry, locales));
  const concepts = new Map<string, NoteConcept>(
    originals(content.concepts).map((c) => [
      c.id,
      {
        id: c.id,
        industries: c.data.industries.map((r) => r.id),
        personas: c.data.personas.map((r) => r.id),
        objections: c.data.objections.map((o) => ({ id: o.id, objection: o.objection })),
      },
    ]),
  );
  return {
    concepts,
    known: {
      concepts: new Map([...concepts].map(([id, c]) => [id, c.objections.map((o) => o.id)])),
      industries: new Set(originals(content.industries).map((e) => e.id)),
      personas: new Set(originals(content.personas).map((e) => e.id)),
    },
  };
}
