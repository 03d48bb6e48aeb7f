import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pageWeight, type PageWeight } from '../page-weight.ts';
import { pageTypes, type PageType } from './page-types.ts';

/**
 * Page-weight budgets of the built sample, per page type, in gzip bytes (tests/page-weight.ts
 * measures them): the HTML document, the CSS it links, the JavaScript it runs on load (module
 * scripts with their static imports plus inline scripts; Pagefind loads on first use and is not
 * counted) and the JSON data it embeds. Bytes are deterministic, so unlike timings they may
 * fail a test. Each budget is the size measured on 2026-12-01 (issue 17) plus 10 %, rounded up
 * to 10 bytes; raise one only with a reason in the commit. Dutch page types share the budget
 * of their English type; a page type without one (a new one) is held to `newPageType` until it
 * gets its own.
 */
type Budget = Omit<PageWeight, 'inlineJs'>;
const plus10 = (html: number, css: number, js: number, data = 0): Budget => {
  const up = (bytes: number) => Math.ceil((bytes * 1.1) / 10) * 10;
  return { html: up(html), css: up(css), js: up(js), data: up(data) };
};
/** The site's one stylesheet; past 12 KB gzip it is to be split per page type (issue 17). */
const css = 9935;
const budgets: Record<string, Budget> = {
  home: plus10(5895, css, 4599),
  'concept index': plus10(4331, css, 3863),
  // JS raised to 8,348 B + 10 % with the concept page's section navigation (main, 2026-12-02).
  'concept page': { ...plus10(20655, css, 6855, 1252), js: plus10(0, 0, 8348).js },
  'objection library': plus10(5610, css, 3863),
  'withdrawn answers': plus10(4410, css, 3863),
  'objection card': plus10(5859, css, 4126),
  'product index': plus10(5460, css, 3863),
  'product page': plus10(5914, css, 3863),
  'persona index': plus10(4386, css, 3863),
  'persona page': plus10(5883, css, 3863),
  'industry index': plus10(4911, css, 3863),
  'industry page': plus10(5523, css, 3863),
  'competitor index': plus10(3885, css, 3863),
  'competitor page': plus10(6170, css, 3863),
  'not found': plus10(3740, css, 3863),
  authoring: plus10(28099, css, 3863),
  search: plus10(4794, css, 5493),
  // Dutch page types joined the list with issue 12 (measured then, 2026-12-02, plus 10 %): Dutch
  // text is longer than English, so the library and the concept pages get budgets of their own.
  'objection library (nl)': plus10(6195, css, 3939),
  'concept page (nl)': { ...plus10(21860, css, 6909, 1332), js: plus10(0, 0, 8348).js },
  'concept page, no translation (nl)': { ...plus10(12747, css, 4382), js: plus10(0, 0, 5323).js },
};
const newPageType: Budget = { html: 30_000, css: 12_000, js: 8_000, data: 4_000 };

const outDir = process.env.PLAYBOOK_OUT_DIR || 'dist';

/** The built file behind a page type (a 404 page type is served from 404.html). */
function htmlFile(pageType: PageType): string {
  if (pageType.status === 404) return join(outDir, '404.html');
  return join(outDir, pageType.path.split('?')[0] ?? '/', 'index.html');
}

for (const pageType of pageTypes) {
  test(`${pageType.name} stays within its page-weight budget`, () => {
    const file = htmlFile(pageType);
    expect(existsSync(file), file).toBe(true);
    const weight = pageWeight(outDir, readFileSync(file, 'utf8'));
    // A Dutch page type (`concept page (nl)`) is held to the budget of its English type.
    // A page type may carry its own limits in page-types.ts (with the reason next to them).
    const budget = { ...(budgets[pageType.name] ?? budgets[pageType.name.replace(/,.*| \(nl\)$/, '')] ?? newPageType), ...pageType.budgets };
    const figures = (['html', 'css', 'js', 'data'] as const).map((kind) => `${kind} ${weight[kind]} B of ${budget[kind]} B`).join(', ');
    test.info().annotations.push({ type: 'gzip bytes', description: `${pageType.path}: ${figures} (inline scripts ${weight.inlineJs} B)` });
    expect(weight.js, 'the search dialog script is on every page').toBeGreaterThan(0);
    const over = (['html', 'css', 'js', 'data'] as const).filter((kind) => weight[kind] > budget[kind]);
    expect(over, `${pageType.path} is over its budget in gzip bytes: ${figures}`).toEqual([]);
  });
}

test('the global stylesheet stays under 12 KB gzip (past it, CSS is split per page type)', () => {
  const weight = pageWeight(outDir, readFileSync(join(outDir, 'index.html'), 'utf8'));
  expect(weight.css, `CSS of the home page: ${weight.css} B gzip`).toBeLessThanOrEqual(12 * 1024);
});
