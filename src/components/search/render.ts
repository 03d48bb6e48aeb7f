/**
 * DOM builders for search results. Everything from the index or the URL goes into text nodes
 * (`textContent`, `createTextNode`); nothing is ever assigned to innerHTML. Excerpts arrive as
 * parts (see excerptParts) and only the matched words become <mark> elements.
 */
import type { SearchStrings } from '../../lib/search-labels.ts';
import type { ExcerptPart, ResultView } from '../../lib/search-results.ts';
import { fillTemplate } from '../../lib/fill-template.ts';
import { statusClasses } from '../../lib/tones.ts';

export function readStrings(element: HTMLElement): SearchStrings {
  return JSON.parse(element.dataset.strings ?? '{}') as SearchStrings;
}

/** Fills `{name}` placeholders of a UI string (the one filler, src/lib/fill-template.ts). */
export const fill = fillTemplate;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerpt(parts: ExcerptPart[], className: string): HTMLSpanElement {
  const node = element('span', className);
  for (const part of parts) {
    node.append(
      part.mark
        ? element('mark', 'rounded-sm bg-warn-soft px-0.5 font-semibold text-ink', part.text)
        : document.createTextNode(part.text),
    );
  }
  return node;
}

const badgeBase = 'shrink-0 rounded px-1.5 py-0.5 text-xs font-medium';

function badge(text: string, className: string): HTMLSpanElement {
  return element('span', `${badgeBase} ${className}`, text);
}

// The whole row is clickable (the link's ::after covers it), but only the title and its badges
// are the link's name: the rest describes it (aria-describedby), so a screen reader says
// "Title, Objection, Live" and then the details, not a 60-word name. Sub-results are rows of
// their own, above their parent's ::after.
const rowClass = 'relative rounded-md px-3 py-2 has-[>a:hover]:bg-subtle has-[>a:focus-visible]:bg-accent-soft';
const linkClass = 'block after:absolute after:inset-0 after:rounded-md';
let described = 0;

/** The link of a row, described by `details` (given an id here). */
function rowLink(url: string, details: HTMLElement): HTMLAnchorElement {
  const link = element('a', linkClass);
  link.href = url;
  link.dataset.searchLink = '';
  details.id = `search-result-${(described += 1)}`;
  link.setAttribute('aria-describedby', details.id);
  return link;
}

/** One result: title with type and status badges, the excerpt, and up to three sub-results. */
export function resultItem(view: ResultView, strings: SearchStrings): HTMLLIElement {
  const item = element('li', rowClass);
  const details = element('span', 'block');
  const link = rowLink(view.url, details);
  const head = element('span', 'flex flex-wrap items-center gap-2');
  head.append(element('span', 'font-semibold text-accent', view.title));
  if (view.type) {
    head.append(badge(strings.labels.type?.[view.type] ?? view.type, 'bg-subtle text-ink ring-1 ring-line'));
  }
  if (view.status) {
    head.append(badge(strings.labels.status?.[view.status] ?? view.status, statusClasses(view.status)));
  }
  link.append(head);
  // An objection says which concept it answers for, and the question to ask back.
  if (view.context) {
    const context = element('span', 'mt-0.5 block text-xs font-medium text-muted', view.context);
    context.dataset.searchContext = '';
    details.append(context);
  }
  if (view.followUp) {
    details.append(element('span', 'mt-1 block text-sm font-medium text-ink', `${strings.text.askBack}: “${view.followUp}”`));
  }
  details.append(excerpt(view.excerpt, 'mt-1 block text-sm text-muted'));
  item.append(link, details);
  if (view.subResults.length > 0) {
    const list = element('ul', 'mt-1 ml-2 border-l border-line pl-2');
    for (const sub of view.subResults) {
      const subItem = element('li', `${rowClass} py-1.5 text-sm`);
      const subDetails = excerpt(sub.excerpt, 'block text-muted');
      const subLink = rowLink(sub.url, subDetails);
      subLink.append(element('span', 'block font-medium text-accent', sub.title));
      subItem.append(subLink, subDetails);
      list.append(subItem);
    }
    item.append(list);
  }
  return item;
}

/** "No results for “x”", "1 result for “x”", "12 results" (filters only), … */
export function countText(count: number, query: string, strings: SearchStrings): string {
  const { none, one, many, oneFiltered, manyFiltered } = strings.text;
  if (count === 0) return fill(none, { query });
  if (count === 1) return fill(query ? one : oneFiltered, { query });
  return fill(query ? many : manyFiltered, { count, query });
}

/** The count line; for a corrected query "Searched for “software” instead of “softwre”: 3 results". */
export function resultStatus(count: number, query: string, strings: SearchStrings, corrected?: string): string {
  if (!corrected) return countText(count, query, strings);
  return `${fill(strings.text.corrected, { query, corrected })} ${countText(count, '', strings)}`;
}

/** Keeps the link to the same search in the default language (SearchInOriginal.astro) on `query`. */
export function pointToOriginal(root: ParentNode, query: string): void {
  const link = root.querySelector<HTMLAnchorElement>('[data-search-original]');
  if (!link) return;
  const url = new URL(link.getAttribute('href') ?? '', location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  link.setAttribute('href', `${url.pathname}${url.search}`);
}
