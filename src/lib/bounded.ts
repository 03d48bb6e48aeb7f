/**
 * Bounded pages (issue 17): a page that lists the concepts of a product, persona, industry or
 * competitor shows at most `relatedLimit` of them and links the rest to search with that facet,
 * so a page view stays the same size however many concepts the playbook holds.
 */
import { urlsFor } from './urls.ts';
import type { Lang } from './i18n.ts';
import type { ChangeLimits } from './whats-new.ts';

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

/**
 * What's new (/whats-new/, its Atom feed the same): the changes of the last 90 days — what a
 * salesperson back from a quarter on the road has missed — at least the 10 newest, so the page
 * never reads empty after a quiet spell, and at most 50 (45 KB of HTML, under 7 KB gzipped),
 * so the page and the feed stay the same size however many concepts change. Older changes follow on
 * /whats-new/2/, … with 50 a page.
 */
export const whatsNewLimits: ChangeLimits = { days: 90, atLeast: 10, perPage: 50 };

/**
 * For page `page` of a list paged in every language (What's new): the languages whose list has
 * fewer pages, each with its last page, where the language switch leads instead (BaseLayout's
 * `missingIn`). Empty when the page exists in every language.
 */
export function missingPages(page: number, lastPageIn: ReadonlyMap<Lang, number>, pageUrl: (lang: Lang, page: number) => string): Partial<Record<Lang, string>> {
  return Object.fromEntries([...lastPageIn].filter(([, last]) => last < page).map(([lang, last]) => [lang, pageUrl(lang, last)]));
}
