import type { ConceptStatus } from '../schemas/concepts.ts';

/**
 * The one selector that decides what a build publishes. Production builds publish every
 * status but `draft`; preview builds (PLAYBOOK_PREVIEW=1 with draftsInPreview) publish drafts
 * too, marked as such on the page.
 */
export function isPublishedStatus(status: ConceptStatus, showDrafts: boolean): boolean {
  return status !== 'draft' || showDrafts;
}

/** Keeps the published entries of a list of concepts (or anything with a status). */
export function selectPublished<T extends { data: { status: ConceptStatus } }>(
  entries: readonly T[],
  showDrafts: boolean,
): T[] {
  return entries.filter((entry) => isPublishedStatus(entry.data.status, showDrafts));
}
