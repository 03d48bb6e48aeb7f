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

/** Concepts per page of the concept index (defined with the page paths, which links-exist checks). */
export { conceptsPerPage } from './site-paths.ts';

/** What's new's paging (defined with the page paths, which links-exist checks). */
export { whatsNewLimits } from './site-paths.ts';

/**
 * For page `page` of a list paged in every language (What's new): the languages whose list has
 * fewer pages, each with its last page, where the language switch leads instead (BaseLayout's
 * `missingIn`). Empty when the page exists in every language.
 */
export function missingPages(page: number, lastPageIn: ReadonlyMap<Lang, number>, pageUrl: (lang: Lang, page: number) => string): Partial<Record<Lang, string>> {
  return Object.fromEntries([...lastPageIn].filter(([, last]) => last < page).map(([lang, last]) => [lang, pageUrl(lang, last)]));
}
