/**
 * Bounded pages (issue 17): a page that lists the concepts of a product, persona, industry or
 * competitor shows at most `relatedLimit` of them and links the rest to search with that facet,
 * so a page view stays the same size however many concepts the playbook holds.
 */
import { urlsFor } from './urls.ts';
import type { Lang } from './i18n.ts';

export const relatedLimit = 24;

/** The first `limit` items and how many are left out. */
export function bounded<T>(items: readonly T[], limit = relatedLimit): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** /search/ listing the concepts with one facet value (`/search/?type=concept&persona=…`). */
export function conceptSearchHref(lang: Lang, facet: string, value: string): string {
  const params = new URLSearchParams({ type: 'concept', [facet]: value });
  return `${urlsFor(lang).search()}?${params.toString()}`;
}

/** Concepts per page of the concept index. */
export const conceptsPerPage = 48;
