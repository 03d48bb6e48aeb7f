/**
 * What the objection library lists. By default the answers a salesperson may use: objections
 * of live and pilot concepts (live first within a category, so the answer to use is on top);
 * objections of retired concepts are withdrawn and listed only on their own page.
 */
import type { ConceptStatus } from '../schemas/concepts.ts';
import type { ObjectionRef } from './site-index.ts';

const statusOrder: Record<ConceptStatus, number> = { live: 0, pilot: 1, draft: 2, retired: 3 };

/**
 * The library's objections, from the index's list (already by category, then concept): the
 * current ones (`'current'`, retired concepts left out) or only the withdrawn ones
 * (`'retired'`). Within a category, live before pilot before draft; the order is otherwise kept.
 */
export function libraryObjections(refs: readonly ObjectionRef[], which: 'current' | 'retired' = 'current'): ObjectionRef[] {
  const wanted = refs.filter((ref) => (ref.concept.data.status === 'retired') === (which === 'retired'));
  const categoryRank = new Map<string, number>();
  for (const ref of wanted) {
    if (!categoryRank.has(ref.objection.category)) categoryRank.set(ref.objection.category, categoryRank.size);
  }
  // Array.prototype.sort is stable: concept and authoring order survive within a status.
  return wanted.sort(
    (a, b) =>
      (categoryRank.get(a.objection.category) ?? 0) - (categoryRank.get(b.objection.category) ?? 0) ||
      statusOrder[a.concept.data.status] - statusOrder[b.concept.data.status],
  );
}

/** The current objections (live and pilot concepts) that a persona raises, in library order. */
export function objectionsRaisedBy(refs: readonly ObjectionRef[], personaId: string): ObjectionRef[] {
  return libraryObjections(refs).filter((ref) => ref.objection.personas.some((persona) => persona.id === personaId));
}
