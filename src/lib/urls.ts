/**
 * The one place that builds internal URLs. Every link goes through `href()` so the site works
 * under any `base` (e.g. GitHub Pages project sites) and keeps trailing slashes consistent.
 */
import { localePrefix, type Lang } from './locale.ts';
import { sitePaths, type SitePaths } from './site-paths.ts';

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

const cache = new Map<Lang, SitePaths>();

/** The internal URLs of the pages in one interface language (Dutch ones under /nl/): `sitePaths` with base and prefix. */
export function urlsFor(lang: Lang): SitePaths {
  const cached = cache.get(lang);
  if (cached) return cached;
  const prefix = localePrefix(lang);
  const at = (path: (...args: never[]) => string) => (...args: never[]) => href(`${prefix}${path(...args)}`);
  const urls = Object.fromEntries(Object.entries(sitePaths).map(([name, path]) => [name, at(path)])) as SitePaths;
  cache.set(lang, urls);
  return urls;
}
export type SiteUrls = ReturnType<typeof urlsFor>;


/** Anchor ids on the concept page, shared by the page and every link into it. */
export const anchors = {
  argument: (id: string) => `argument-${id}`,
  objection: (id: string) => `objection-${id}`,
  bundle: (id: string) => `bundle-${id}`,
  question: (id: string) => `question-${id}`,
  proofPoint: (id: string) => `proof-${id}`,
};
