/**
 * The one place that builds internal URLs. Every link goes through `href()` so the site works
 * under any `base` (e.g. GitHub Pages project sites) and keeps trailing slashes consistent.
 */
const base = import.meta.env.BASE_URL.replace(/\/+$/, '');

/** Prefixes an absolute site path ("/concepts/") with the configured base. */
export function href(path: string): string {
  if (/^[a-z]+:/i.test(path)) return path;
  const [pathname = '', rest = ''] = splitSuffix(path.startsWith('/') ? path : `/${path}`);
  const withSlash = pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}/`;
  return `${base}${withSlash}${rest}`;
}

function splitSuffix(path: string): [string, string] {
  const at = path.search(/[?#]/);
  return at === -1 ? [path, ''] : [path.slice(0, at), path.slice(at)];
}

export const routes = {
  home: () => href('/'),
  concepts: () => href('/concepts/'),
  concept: (id: string) => href(`/concepts/${id}/`),
  conceptSection: (id: string, anchor: string) => href(`/concepts/${id}/#${anchor}`),
  objections: (page = 1) => href(page === 1 ? '/objections/' : `/objections/${page}/`),
  retiredObjections: () => href('/objections/retired/'),
  objection: (conceptId: string, objectionId: string) => href(`/objections/${conceptId}/${objectionId}/`),
  product: (id: string) => href(`/products/${id}/`),
  products: () => href('/products/'),
  persona: (id: string) => href(`/personas/${id}/`),
  industry: (id: string) => href(`/industries/${id}/`),
  competitor: (id: string) => href(`/competitors/${id}/`),
  personas: () => href('/personas/'),
  industries: () => href('/industries/'),
  competitors: () => href('/competitors/'),
  search: (query?: string) => href(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  authoring: () => href('/authoring/'),
};

/** Anchor ids on the concept page, shared by the page and every link into it. */
export const anchors = {
  argument: (id: string) => `argument-${id}`,
  objection: (id: string) => `objection-${id}`,
  bundle: (id: string) => `bundle-${id}`,
  question: (id: string) => `question-${id}`,
  proofPoint: (id: string) => `proof-${id}`,
};
