/**
 * Paging of the objection library: which page of /objections/ holds an objection, so links
 * into a category ("/objections/2/#category-timing") land on the right page.
 */
import type { Lang } from './i18n.ts';
import { OBJECTIONS_PER_PAGE } from './site-paths.ts';
import { urlsFor } from './urls.ts';

/** Objections per library page (defined with the page paths, which links-exist checks). */
export { OBJECTIONS_PER_PAGE };

/** The 1-based library page of the objection at `position` in the flat, sorted list. */
export function objectionPageOf(position: number, perPage = OBJECTIONS_PER_PAGE): number {
  return Math.floor(Math.max(0, position) / perPage) + 1;
}

/** First position of each category in the sorted list, with its count. */
export function categoryStarts<T, K extends string>(
  items: readonly T[],
  category: (item: T) => K,
): { category: K; first: number; count: number }[] {
  const starts = new Map<K, { category: K; first: number; count: number }>();
  items.forEach((item, position) => {
    const key = category(item);
    const entry = starts.get(key);
    if (entry) entry.count += 1;
    else starts.set(key, { category: key, first: position, count: 1 });
  });
  return [...starts.values()];
}

/** The library URL where a category starts. */
export function categoryHref(category: string, first: number, lang: Lang, perPage = OBJECTIONS_PER_PAGE): string {
  return `${urlsFor(lang).objections(objectionPageOf(first, perPage))}#category-${category}`;
}
