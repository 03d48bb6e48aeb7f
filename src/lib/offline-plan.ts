/**
 * What the service worker precaches, decided at build time from the files of the built site:
 * the app shell first (offline pages, home and search pages, scripts, styles, icons), then the
 * search index in the order a search needs it (Pagefind's runtime, its entry and meta files,
 * the index chunks, the filters), then the concept list that names the search page's concept
 * facet. Each file must be at most `maxFileBytes`, and the total stays under `budgetBytes`: what
 * does not fit is left out (and logged) and is cached when first used.
 * Pagefind's fragments (one per page: its title and excerpt) are never precached; they are
 * cached as results are shown, so a repeated search works offline and one whose results were
 * never shown tells the user it is offline instead of showing nothing.
 */

export interface SiteFile {
  /** Path relative to the site folder, with forward slashes ("pagefind/index/en_1.pf_index"). */
  path: string;
  bytes: number;
}

export interface PrecachePlan {
  /** Site paths to precache, in priority order ("/offline/", "/_astro/x.js", …). */
  urls: string[];
  bytes: number;
  /** Files that qualified but were left out, with the reason. */
  skipped: { path: string; reason: 'file-too-large' | 'over-budget' }[];
}

export interface PrecacheOptions {
  /** Each precached file at most this size (2 MiB). */
  maxFileBytes: number;
  /** All precached files together under this size. */
  budgetBytes: number;
  /** Locale path prefixes of the site ("" for the default, "nl" for Dutch). */
  localePrefixes: readonly string[];
  /** Pagefind's cache tag: its entry file is requested as `pagefind-entry.json?ts=<tag>`. */
  metaCacheTag: string;
}

export const defaultPrecacheOptions = {
  maxFileBytes: 2 * 1024 * 1024,
  budgetBytes: 4 * 1024 * 1024,
} as const;

/** Lower numbers are precached first; undefined means "cached when used, never precached". */
export function precacheRank(path: string, localePrefixes: readonly string[]): number | undefined {
  const pages = localePrefixes.map((prefix) => (prefix ? `${prefix}/` : ''));
  if (pages.some((p) => path === `${p}offline/index.html`)) return 0;
  if (pages.some((p) => path === `${p}index.html` || path === `${p}search/index.html`)) return 1;
  if (/^_astro\/[^/]+\.(js|css)$/.test(path)) return 2;
  if (path === 'manifest.webmanifest' || path === 'favicon.svg' || /^icons\/[^/]+\.(png|svg)$/.test(path)) return 3;
  if (/^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[^/]+\.pagefind)$/.test(path)) return 4;
  if (/^pagefind\/[^/]+\.pf_meta$/.test(path)) return 5;
  if (/^pagefind\/index\/[^/]+\.pf_index$/.test(path)) return 6;
  if (/^pagefind\/filter\/[^/]+\.pf_filter$/.test(path)) return 7;
  // The concept list names the search page's concept facet offline; last, as without it the
  // facet shows ids but search still works, and it grows with the concepts (about 115 bytes each).
  if (pages.some((p) => path === `${p}concepts/picker.json`)) return 8;
  return undefined;
}

/**
 * The folders that hold every file `precacheRank` can accept ("" is the site's root), so the
 * build reads these instead of walking the whole site (about 70,000 files at 3,000 concepts).
 * Keep it next to `precacheRank`: a rank for a file in another folder needs its folder here.
 */
export function precacheFolders(localePrefixes: readonly string[]): string[] {
  const pageFolders = localePrefixes.flatMap((prefix) => ['', 'offline', 'search', 'concepts'].map((folder) => [prefix, folder].filter(Boolean).join('/')));
  return [...new Set([...pageFolders, '_astro', 'icons', 'pagefind', 'pagefind/index', 'pagefind/filter'])];
}

/** The site path a precached file is requested at. */
export function precacheUrl(path: string, metaCacheTag: string): string {
  if (path === 'pagefind/pagefind-entry.json') return `/${path}?ts=${encodeURIComponent(metaCacheTag)}`;
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function planPrecache(files: readonly SiteFile[], options: PrecacheOptions): PrecachePlan {
  const ranked = files
    .map((file) => ({ file, rank: precacheRank(file.path, options.localePrefixes) }))
    .filter((entry): entry is { file: SiteFile; rank: number } => entry.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.file.path.localeCompare(b.file.path));
  const plan: PrecachePlan = { urls: [], bytes: 0, skipped: [] };
  let full = false;
  for (const { file } of ranked) {
    if (file.bytes > options.maxFileBytes) {
      plan.skipped.push({ path: file.path, reason: 'file-too-large' });
      continue;
    }
    // Once one file does not fit, later (lower-priority) ones are left out too, so the index
    // is never precached with holes in the middle of its priority order.
    if (full || plan.bytes + file.bytes > options.budgetBytes) {
      full = true;
      plan.skipped.push({ path: file.path, reason: 'over-budget' });
      continue;
    }
    plan.urls.push(precacheUrl(file.path, options.metaCacheTag));
    plan.bytes += file.bytes;
  }
  return plan;
}
