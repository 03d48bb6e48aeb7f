/**
 * Pages rendered in batches: many pages of one layout in one Astro response, split into their
 * files by the build (src/integrations/page-batches.ts). Astro's own work per route (request,
 * route lookup, middleware, the render machinery, one file write) cost about 1.5 ms a page,
 * more than an objection card's own components; a playbook of 1,000 concepts has about 9,400
 * cards and 2,000 concept pages. Only `astro build` batches: in `astro dev` every page is its
 * own route.
 *
 * A batch holds one full page per entry, each after a page mark naming its path (`pageStart`). The layout
 * (BaseLayout with `marks`) wraps the parts that differ from page to page in part marks: the
 * head's title, description, share preview and alternates; the language switch; the main
 * content (with a preview's draft notice). Everything else of a page is the same for every
 * page of a batch, so each page is the first page's frame around its own parts. Astro writes
 * the head's styles and CSP, and each script, only once per response, into the first page; a
 * script inside a part would therefore be missing from the other pages and stops the build
 * (data in `<script type="application/json">`, which Astro does not touch, may be in a part).
 * Since every page gets the first page's frame, the pages between the first and the last render
 * their parts only (`batchPageMarks`); the last page's frame is compared with the first's
 * (scripts and the head's stylesheet and CSP aside), so a layout change that makes frames differ
 * from page to page stops the build too.
 *
 * Pure module: no Astro or Node imports.
 */

/** The parts of a page that differ from page to page of one batch, in the order they appear. */
export const pageParts = ['head', 'switch', 'main'] as const;
export type PagePart = (typeof pageParts)[number];

/**
 * How a page of a batch is rendered: `page` in full with its parts marked (the first page, whose
 * frame every page of the batch gets, and the last, whose frame is compared with it), `parts`
 * only its marked parts (the pages between, which would render the same frame again).
 */
export type PageMarks = 'page' | 'parts';

/** How the page at `index` of a batch of `length` pages is rendered. */
export function batchPageMarks(index: number, length: number): PageMarks {
  return index === 0 || index === length - 1 ? 'page' : 'parts';
}

/**
 * Starts a page of a batch: its mark, naming the page's URL path (with the base) and whether it
 * holds its parts only, and the doctype of a full page, which Astro writes only at the start of
 * a response.
 */
export const pageStart = (path: string, marks: PageMarks = 'page'): string =>
  marks === 'parts' ? `<!--playbook:page ${path} parts-->` : `<!--playbook:page ${path}--><!DOCTYPE html>`;
export const partStart = (part: PagePart): string => `<!--playbook:part ${part}-->`;
export const partEnd = '<!--playbook:part-end-->';

/** `items` cut into batches of `size` (the last one may be shorter), in order. */
export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** The response header that tells the build a response is a batch. */
export const pageBatchHeader = 'x-playbook-page-batch';

export interface BatchPage {
  /** The page's URL path, with the base ("/nl/objections/scrap-to-savings/too-expensive/"). */
  path: string;
  html: string;
}

interface Marked {
  path: string;
  /** Only the parts were rendered: the frame is the first page's. */
  partsOnly: boolean;
  /** The text around the parts: one more than there are parts. */
  frame: string[];
  parts: string[];
}

const pageMarkPattern = /<!--playbook:page ([^\s>]+)( parts)?-->/g;
const scriptPattern = /<script\b[^>]*>[\s\S]*?<\/script>/g;
const scriptTagPattern = /<script\b[^>]*>/gi;
/** Data a component embeds (`<script type="application/json">`) is part of its page, not a script Astro writes once. */
const jsonTypePattern = /\stype=(["']?)application\/json\1[\s>]/i;

/** Splits a batch into its pages. Throws with the page's path when a page is not as described above. */
export function splitPageBatch(html: string): BatchPage[] {
  const marks = [...html.matchAll(pageMarkPattern)];
  if (marks.length === 0) throw new Error('A page batch holds no page marks.');
  const pages = marks.map((mark, i) => {
    const start = mark.index + mark[0].length;
    const end = marks[i + 1]?.index ?? html.length;
    return markedPage(detached(mark[1] as string), html.slice(start, end), mark[2] !== undefined);
  });
  const [first, ...rest] = pages as [Marked, ...Marked[]];
  if (first.partsOnly) throw new Error(`${first.path}: the first page of a batch holds its parts only; it must be a full page, whose frame the other pages take.`);
  first.parts.forEach((part, i) => {
    if ([...part.matchAll(scriptTagPattern)].some(([tag]) => !jsonTypePattern.test(tag))) {
      throw new Error(`${first.path}: the page's ${pageParts[i]} part holds a <script>, which Astro writes into the first page of a batch only. Move the script out of the part.`);
    }
  });
  const frame = first.frame.map(comparable);
  for (const page of rest) {
    if (page.partsOnly) continue;
    const differs = page.frame.findIndex((text, i) => comparable(text, i) !== frame[i]);
    if (differs >= 0) {
      throw new Error(`${page.path}: the page differs from the first page of its batch (${first.path}) outside its marked parts, after the ${pageParts[differs - 1] ?? 'start'}. Mark the part that differs in the layout.`);
    }
  }
  return pages.map((page) => ({ path: page.path, html: first.frame.map((text, i) => text + (page.parts[i] ?? '')).join('') }));
}

/**
 * A copy of a short string that does not keep the string it was cut from alive: V8 keeps a
 * slice's parent whole, and a page's path, kept by the search index and `_headers` for the rest
 * of the build, would keep its whole batch (about 600 KB of HTML) with it.
 */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** A page's frame and parts; throws when its part marks are not the parts in order. */
function markedPage(path: string, text: string, partsOnly: boolean): Marked {
  const frame: string[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const part of pageParts) {
    const start = text.indexOf(partStart(part), at);
    const end = start < 0 ? -1 : text.indexOf(partEnd, start);
    if (end < 0) throw new Error(`${path}: the page of a batch has no marked ${part} part (BaseLayout with marks).`);
    frame.push(text.slice(at, start));
    parts.push(text.slice(start + partStart(part).length, end));
    at = end + partEnd.length;
  }
  frame.push(text.slice(at));
  if (frame.some((piece) => piece.includes('<!--playbook:part'))) throw new Error(`${path}: the page of a batch has a part mark out of order.`);
  return { path, partsOnly, frame, parts };
}

/**
 * A piece of a frame as it can be compared between the pages of a batch: without scripts, and
 * the piece after the head part without what Astro adds to the first page's head (its
 * stylesheet and CSP) before `</head>`.
 */
function comparable(text: string, i: number): string {
  const piece = i === 1 ? text.slice(Math.max(0, text.indexOf('</head>'))) : text;
  return piece.replace(scriptPattern, '');
}
