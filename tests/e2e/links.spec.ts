import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, pagePath, readPage, siteDir } from './built-site.ts';

/**
 * Walks every built page on disk — English and Dutch, list pages, cards, the offline and 404
 * pages — and fails on any internal link or #anchor that does not resolve (issue 18). The crawl
 * in site-wide.spec.ts checks what the server answers; this one cannot miss a page no link reaches.
 */
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));

function decode(value: string): string {
  return value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}

/** The file that answers a site path, or undefined. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.replace(/[?#].*$/, ''));
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.map((c) => c.replace(/^\//, '')).find((c) => existsSync(join(siteDir, c)));
}

test('every internal link and #anchor on every built page resolves, in both languages', () => {
  const pages = builtPages();
  expect(pages.some((p) => p.startsWith('nl/'))).toBe(true);
  const anchorsOf = new Map(pages.map((file) => [pagePath(file), ids(readPage(file))]));
  const broken: string[] = [];
  let checked = 0;
  for (const file of pages) {
    const from = pagePath(file);
    const html = readPage(file);
    for (const [, raw] of html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
      const href = decode(raw ?? '');
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const absolute = new URL(href, `http://site${from}`);
      const target = fileFor(absolute.pathname);
      checked += 1;
      if (!target) {
        broken.push(`${from} → ${href} (no such page or file)`);
        continue;
      }
      const anchor = decodeURIComponent(absolute.hash.slice(1));
      if (anchor && target.endsWith('.html') && !anchorsOf.get(pagePath(target))?.has(anchor)) {
        broken.push(`${from} → ${href} (no element with id "${anchor}")`);
      }
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});
