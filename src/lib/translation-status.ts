/**
 * What a page in one language says about the language of its entry: nothing for an original
 * or a current translation, a fallback notice when the entry has no translation yet (it is
 * shown in the default language and stays out of this language's search index), and a stale
 * notice when the original changed after its translation.
 */
import type { CollectionName } from '../schemas/common.ts';
import type { Lang } from './i18n.ts';
import { defaultLocale } from './locale.ts';
import type { LocalizedSiteIndex } from './site-data.ts';
import { staleSince, type LastChange } from './translations.ts';

export type TranslationStatus =
  | { kind: 'original' }
  | { kind: 'translated' }
  | { kind: 'fallback'; shownIn: Lang }
  | { kind: 'stale'; original: Lang; since: LastChange };

/** What the status needs of a language's site index (LocalizedSiteIndex fits). */
export interface StatusIndex extends Pick<LocalizedSiteIndex, 'lang' | 'otherLang'> {
  originalOf(collection: CollectionName, id: string): { data: unknown } | undefined;
}

type Dated = Parameters<typeof staleSince>[0];
const isDated = (data: unknown): data is Dated =>
  typeof data === 'object' && data !== null && (data as Dated).lastReviewed instanceof Date && Array.isArray((data as Dated).changes);

/** The translation status of one entry as the index of a language shows it. */
export function translationStatus(
  index: StatusIndex,
  collection: CollectionName,
  id: string,
  shown: unknown,
): TranslationStatus {
  const shownIn = index.otherLang(collection, id);
  if (shownIn) return { kind: 'fallback', shownIn };
  const original = index.originalOf(collection, id);
  if (!original) return { kind: 'original' };
  const since = isDated(original.data) && isDated(shown) ? staleSince(original.data, shown) : undefined;
  return since ? { kind: 'stale', original: defaultLocale, since } : { kind: 'translated' };
}

/**
 * What the page of one entry needs to know of its language: the notice to show, the `lang` its
 * words carry when the entry is not in the page's language (set on each element that shows
 * them, never on a container that also holds the page's labels), and whether the page belongs
 * in this language's search index (a fallback does not).
 */
export function entryPage(index: StatusIndex, collection: CollectionName, entry: { id: string; data: unknown }) {
  const status = translationStatus(index, collection, entry.id, entry.data);
  return { status, contentLang: index.otherLang(collection, entry.id), indexed: status.kind !== 'fallback' };
}
