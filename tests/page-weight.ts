/**
 * What a page of the built site weighs on load, in gzip bytes: the HTML document, the CSS it
 * links, the JavaScript it runs on load (module scripts with their static imports, and inline
 * scripts), and the JSON data it embeds (`<script type="application/json">`). Used by the
 * budget tests (tests/e2e/budgets.spec.ts) and the benchmark (tests/bench/benchmark.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  /** Module scripts and their static imports plus inline scripts, each file counted once. */
  js: number;
  /** Inline scripts alone (included in `js`). */
  inlineJs: number;
  /** Embedded JSON data (not included in `js`). */
  data: number;
}

const gzip = (text: string | Buffer) => gzipSync(text).length;

/** A module script and every module it imports statically, as paths under outDir. */
export function moduleGraph(outDir: string, src: string, seen = new Set<string>()): Set<string> {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(join(outDir, src), 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'`()]*?from\s*)?["']([^"']+)["']/g)) {
    if (spec?.startsWith('./')) moduleGraph(outDir, join(src, '..', spec), seen);
  }
  return seen;
}

/** The site path of a built file under the base (`/playbook/_astro/x.js` → `_astro/x.js`). */
function builtPath(href: string, base: string): string {
  const path = href.split(/[?#]/)[0] ?? '';
  return path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
}

/** The weight of one built HTML file (`html` its text) of a site built into `outDir`. */
export function pageWeight(outDir: string, html: string, base = '/', fileCache = new Map<string, number>()): PageWeight {
  const fileBytes = (path: string) => {
    let bytes = fileCache.get(path);
    if (bytes === undefined) fileCache.set(path, (bytes = gzip(readFileSync(join(outDir, path)))));
    return bytes;
  };
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(([, href]) => builtPath(href ?? '', base));
  const modules = new Set<string>();
  let inline = '';
  let data = '';
  for (const [, attributes = '', body = ''] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) for (const file of moduleGraph(outDir, builtPath(src, base))) modules.add(file);
    else if (/type="application\/(?:ld\+)?json"/.test(attributes)) data += body;
    else inline += body;
  }
  const inlineJs = inline ? gzip(inline) : 0;
  return {
    html: gzip(html),
    css: css.reduce((sum, file) => sum + fileBytes(file), 0),
    js: [...modules].reduce((sum, file) => sum + fileBytes(file), 0) + inlineJs,
    inlineJs,
    data: data ? gzip(data) : 0,
  };
}

/**
 * The page type of a built page, from its path under the output folder (`nl/concepts/x/index.html`):
 * the same names as tests/e2e/page-types.ts, without the language (Dutch pages count with
 * their English type).
 */
export function pageTypeOf(file: string): string {
  const path = file.replace(/^nl\//, '').replace(/(^|\/)index\.html$/, '');
  const parts = path.split('/').filter(Boolean);
  if (file === '404.html') return 'not found';
  if (parts.length === 0) return 'home';
  const [section, second, third] = parts;
  const entity: Record<string, string> = { concepts: 'concept', products: 'product', personas: 'persona', industries: 'industry', competitors: 'competitor' };
  if (section && entity[section]) return second === undefined || /^\d+$/.test(second) ? `${entity[section]} index` : `${entity[section]} page`;
  if (section === 'objections') {
    if (second === 'retired') return 'withdrawn answers';
    if (second === undefined || /^\d+$/.test(second)) return 'objection library';
    return third === undefined ? 'objection library' : 'objection card';
  }
  if (section === 'whats-new' && third === undefined) return second === undefined ? 'what’s new' : 'what’s new archive';
  return parts.length === 1 ? (section ?? 'other') : `${section} page`;
}
