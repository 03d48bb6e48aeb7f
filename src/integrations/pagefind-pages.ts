/**
 * What the Pagefind index is fed: a small copy of each searchable page. Pure functions, shared
 * by the build integration and its capturing middleware (no Astro or Node imports).
 */

/**
 * The copy of a page that Pagefind indexes, or undefined for a page that is not a search
 * result (no `data-pagefind-body`). Everything Pagefind reads from our pages — the indexed
 * text, sub-result headings with ids, `data-pagefind-meta`, `-filter`, `-weight`, `-ignore` —
 * sits inside `<main data-pagefind-body>` (src/layouts/BaseLayout.astro), so the copy is the
 * page's language and title around that element, without class attributes: header, navigation,
 * search dialog, footer and scripts (about half of a page's bytes) are never sent to Pagefind or
 * parsed by it. A page whose body is marked elsewhere is indexed whole.
 */
export function indexedCopy(html: string): string | undefined {
  const marker = html.indexOf('data-pagefind-body');
  if (marker < 0) return undefined;
  const start = html.lastIndexOf('<main', marker);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < marker || html.indexOf('>', start) < marker) return spaceBetweenTags(html);
  const headEnd = html.indexOf('</head>');
  const head = headEnd < 0 ? '' : html.slice(0, headEnd);
  const lang = /<html[^>]*\slang="([^"]*)"/.exec(head)?.[1] ?? '';
  const title = /<title>([^<]*)<\/title>/.exec(head)?.[1] ?? '';
  const main = spaceBetweenTags(withoutClasses(html.slice(start, end + '</main>'.length)));
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>${main}</body></html>`;
}

/**
 * The markup without its `class` attributes, which Pagefind never reads: half of the bytes of a
 * page's main content (Tailwind's utility classes), so half of what is encoded for Pagefind's
 * service and parsed by it; the index is the same. Astro writes every attribute value in double
 * quotes and escapes quotes in text, so ` class="` occurs in tags only.
 */
export function withoutClasses(html: string): string {
  return html.replace(/\sclass="[^"]*"/g, '');
}

/** `/playbook/concepts/x/` → `/concepts/x/` under the base `/playbook/` (the client prefixes the base). */
export function pathWithoutBase(pathname: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

/** `concepts/x/index.html` → `/concepts/x/` (the client prefixes the base). */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Astro's compressHTML drops whitespace between tags, and Pagefind joins the text of adjacent
 * elements, so `<dt>Proof</dt><dd>Median…` would be indexed as one word "ProofMedian". The
 * indexed copy gets a space before every tag that touches text or another tag; the served HTML
 * is unchanged.
 */
export function spaceBetweenTags(html: string): string {
  return html.replace(/(\S)<(?=[a-zA-Z/!])/g, '$1 <');
}
