import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { pageTypes, type PageType } from './page-types.ts';

/**
 * Page-weight budgets of the built sample, in gzip bytes. Bytes are deterministic, so unlike
 * timings they may fail a test. Raise a budget only with a reason in the commit.
 */
const budgets = {
  /** CSS a page loads. */
  css: 14_000,
  /**
   * JavaScript a page loads up front, with its static imports (Pagefind loads on first use).
   * 8,500 since search that forgives: its tiers and corrections are a chunk imported on the first
   * search, and the import brings Vite's preload helper (about 0.7 KB) into the dialog's chunk.
   */
  js: 8_500,
  /** The HTML document itself. */
  html: 30_000,
};

const outDir = process.env.PLAYBOOK_OUT_DIR || 'dist';
const gzipSize = (file: string) => gzipSync(readFileSync(file)).length;

/** The built file behind a page type (a 404 page type is served from 404.html). */
function htmlFile(pageType: PageType): string {
  if (pageType.status === 404) return join(outDir, '404.html');
  return join(outDir, pageType.path.split('?')[0] ?? '/', 'index.html');
}

/** A module script and every module it imports statically, as files under outDir. */
function moduleGraph(src: string, seen = new Set<string>()): Set<string> {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(join(outDir, src), 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'`()]*?from\s*)?["']([^"']+)["']/g)) {
    if (spec?.startsWith('./')) moduleGraph(join(src, '..', spec), seen);
  }
  return seen;
}

for (const pageType of pageTypes) {
  test(`${pageType.name} stays within its page-weight budget`, () => {
    const file = htmlFile(pageType);
    expect(existsSync(file), file).toBe(true);
    const html = readFileSync(file, 'utf8');
    const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(([, href]) => href ?? '');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(([, src]) => src ?? '');
    const js = new Set(scripts.flatMap((src) => [...moduleGraph(src)]));
    const weight = {
      css: css.reduce((sum, href) => sum + gzipSize(join(outDir, href)), 0),
      js: [...js].reduce((sum, src) => sum + gzipSize(join(outDir, src)), 0),
      html: gzipSize(file),
    };
    test.info().annotations.push({ type: 'gzip bytes', description: JSON.stringify(weight) });
    expect(js.size, 'the search dialog script is on every page').toBeGreaterThan(0);
    const limits = { ...budgets, ...pageType.budgets };
    for (const kind of ['css', 'js', 'html'] as const) {
      expect(weight[kind], `${kind} gzip bytes of ${pageType.path}`).toBeLessThanOrEqual(limits[kind]);
    }
  });
}
