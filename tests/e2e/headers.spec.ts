import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { headerCsp, metaCsp } from '../../src/integrations/security-headers.ts';
import { builtPages, pagePath, readPage } from './built-site.ts';

/**
 * The built `_headers` (issue 18) carries, for every page, exactly the CSP Astro generated for
 * it (hashes included) plus frame-ancestors; no page's policy allows inline scripts; the
 * headers Mozilla Observatory scores are set for every file.
 */
const headers = readFileSync('dist/_headers', 'utf8');
const blocks = new Map(
  headers
    .split(/\n(?=\S)/)
    .filter((block) => !block.startsWith('#'))
    .map((block) => {
      const [path = '', ...lines] = block.trim().split('\n');
      return [path, Object.fromEntries(lines.map((line) => line.trim().split(/: (.*)/s).slice(0, 2)))] as const;
    }),
);

test('every page has its own CSP block, equal to the policy in its meta tag plus frame-ancestors', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(50);
  const wrong: string[] = [];
  for (const file of pages) {
    const csp = metaCsp(readPage(file));
    const path = file === '404.html' ? '/404.html' : pagePath(file);
    if (!csp) wrong.push(`${path}: no CSP meta tag`);
    else if (blocks.get(path)?.['Content-Security-Policy'] !== headerCsp(csp)) wrong.push(`${path}: _headers differs from the page`);
  }
  expect(wrong).toEqual([]);
});

test("no policy allows inline scripts or eval; every one refuses framing", () => {
  for (const [path, values] of blocks) {
    const csp = values['Content-Security-Policy'];
    if (!csp) continue;
    const script = csp.split(';').find((d: string) => d.trim().startsWith('script-src')) ?? '';
    expect(script, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toMatch(/default-src 'self'/);
  }
});

test('every file gets HSTS, nosniff, a referrer policy, a permissions policy and framing refused', () => {
  const common = blocks.get('/*') ?? {};
  expect(Number(common['Strict-Transport-Security']?.match(/max-age=(\d+)/)?.[1])).toBeGreaterThanOrEqual(15768000);
  expect(common['X-Content-Type-Options']).toBe('nosniff');
  expect(common['Referrer-Policy']).toBe('no-referrer');
  expect(common['Permissions-Policy']).toContain('camera=()');
  expect(common['X-Frame-Options']).toBe('DENY');
  expect(common['Content-Security-Policy']).toBeUndefined();
});

test('the service worker is at the root of the base, lists the search index, and is not precached itself', () => {
  const worker = readFileSync('dist/sw.js', 'utf8');
  const settings = JSON.parse(worker.match(/^self\.playbookOffline = (.*);$/m)?.[1] ?? '{}') as { buildId: string; precache: string[] };
  expect(settings.precache).toContain('/offline/');
  expect(settings.precache).toContain('/nl/offline/');
  expect(settings.precache).toContain(`/pagefind/pagefind-entry.json?ts=${settings.buildId}`);
  expect(settings.precache.filter((url) => url.includes('.pf_index')).length).toBeGreaterThan(0);
  expect(settings.precache).not.toContain('/sw.js');
  // Pagefind is told the same tag, so it asks for exactly the precached entry file.
  const html = readPage('index.html');
  expect(html).toContain('data-offline-worker="/sw.js"');
  expect(html).toContain('rel="manifest"');
});
