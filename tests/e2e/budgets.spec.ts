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
const css = 10664;
/**
 * Measured on 2026-12-02 once the brief, training, field notes, insights and offline support
 * (issues 13–16 and 18) had landed, plus 10 %: every page then runs the service worker's
 * registration and offline note (about 2 KB gzip) and its header links Learn and Insights. The
 * brief's and hand-out's scripts build the page in the browser from the brief data.
 */
const budgets: Record<string, Budget> = {
  'home': plus10(6802, css, 7008),
  'concept index': plus10(5125, css, 6247),
  'concept page': plus10(23740, css, 11404, 1252),
  'objection library': plus10(6413, css, 6247),
  'withdrawn answers': plus10(5211, css, 6247),
  'objection card': plus10(6726, css, 6495),
  'product index': plus10(6252, css, 6247),
  'product page': plus10(6693, css, 6247),
  'persona index': plus10(5171, css, 6247),
  'persona page': plus10(7444, css, 6247),
  'industry index': plus10(5700, css, 6247),
  'industry page': plus10(7446, css, 6247),
  'competitor index': plus10(4675, css, 6247),
  'competitor page': plus10(6954, css, 6247),
  // 2026-12-07: 20,006 B (was 19,609 of 19,810 B): the search chunk every page loads grew about
  // 260 B (short result names, cut excerpts marked), and the brief's script about 140 B (each
  // content text in its own language, link names that say which objection, concept or offer).
  'visit brief': plus10(9247, css, 20006, 3689),
  'visit brief (nl)': plus10(9758, css, 20006, 4061),
  // 2026-12-07: the hand-out's script was at 13,416 B of its 13,420 B; 13,500 B once it prints a
  // benefit's worked example under its own label ("Example", apart from the customer's figures),
  // and its texts carry that label in both languages (data 1,332 B and 1,380 B), measured on the sample.
  // Then +24 B of JS, the percentage formatter (formatPercent) now in the shared format chunk the
  // hand-out loads, since the brief and the completion summary write "5 %" with it.
  'customer hand-out': plus10(5959, css, 13500 + 24, 1332),
  'customer hand-out (nl)': plus10(6144, css, 13500 + 24, 1380),
  'not found': plus10(4582, css, 6247),
  'authoring': plus10(31264, css, 6247),
  'insights': plus10(11228, css, 6247),
  'what’s new': plus10(6007, css, 6247),
  // Older changes (issue 17): measured on 2026-12-02 with the sample's 9 oldest changes; the
  // same scripts as every list page.
  'what’s new archive': plus10(5608, css, 6247),
  'offline page': plus10(4831, css, 7000),
  'offline page (Dutch)': plus10(5020, css, 7000),
  'field notes': plus10(7209, css, 6247),
  'field notes (Dutch)': plus10(7504, css, 6247),
  // Every field note, paged (src/lib/field-notes-bounded.ts): measured on 2026-12-07 with the
  // sample's 10 notes on its one page (a page holds at most 24).
  'all field notes': plus10(7411, css, 6247),
  'all field notes (Dutch)': plus10(7701, css, 6247),
  // One concept's notes, paged like all notes (a concept with more than its page shows):
  // measured on 2026-12-07 with the flagship's 6 notes.
  'concept field notes': plus10(6559, css, 6247),
  'concept field notes (Dutch)': plus10(6846, css, 6247),
  // One industry's notes, the same page (automotive suppliers' 5 notes), measured on 2026-12-08.
  'industry field notes': plus10(6589, css, 6247),
  'industry field notes (Dutch)': plus10(6878, css, 6247),
  'new objections': plus10(5206, css, 6247),
  'new objections (Dutch)': plus10(5398, css, 6247),
  // The form's scripts measured on 2026-12-02 once its concept choice came from the concept list
  // (issue 17, bounded pages): about 0.6 KB gzip of code that fills and loads it, in place of an
  // option per concept in the HTML (15.8 KB gzip at 1,000 concepts).
  // 2026-12-07: 10,844 B once the form kept and offered back a draft for another concept and
  // said where a Dutch note belongs (a review as a sales manager), measured on the sample.
  'field-note form': plus10(7702, css, 10844, 560),
  'field-note form (Dutch)': plus10(8085, css, 10844, 585),
  'search': plus10(5588, css, 8184),
  'home (nl)': plus10(7053, css, 7008),
  'concept index (nl)': plus10(5341, css, 6247),
  'concept page (nl)': plus10(24821, css, 11404, 1332),
  'concept page, no translation (nl)': plus10(14933, css, 7631),
  'objection library (nl)': plus10(6800, css, 6247),
  'withdrawn answers (nl)': plus10(5394, css, 6247),
  'objection card (nl)': plus10(7038, css, 6495),
  'product index (nl)': plus10(6457, css, 6247),
  'product page (nl)': plus10(7000, css, 6247),
  'persona index (nl)': plus10(5367, css, 6247),
  'persona page (nl)': plus10(7826, css, 6247),
  'industry index (nl)': plus10(5942, css, 6247),
  'industry page (nl)': plus10(7742, css, 6247),
  'competitor index (nl)': plus10(4854, css, 6247),
  'competitor page (nl)': plus10(7290, css, 6247),
  'authoring (nl)': plus10(31858, css, 6247),
  'insights (nl)': plus10(11722, css, 6247),
  'what’s new (nl)': plus10(5890, css, 6247),
  'search (nl)': plus10(5809, css, 8184),
  'learn': plus10(9572, css, 6603),
  'learn (nl)': plus10(10193, css, 6603),
  'lesson': plus10(9609, css, 9610),
  'lesson (nl)': plus10(10175, css, 9610),
  // 2026-12-07: 11,498 B once search results got short link names with their details as a
  // description and their cut excerpts marked "…": about 260 B more in the search chunk that every
  // page loads, and this page, at about 11,240 of 11,340 B, had the least room. Measured on the sample.
  'pitch practice': plus10(7911, css, 11498),
  'pitch practice (nl)': plus10(8363, css, 11498),
  'objection drill': plus10(8337, css, 6575),
  'objection drill (nl)': plus10(8810, css, 6575),
  'completion summary': plus10(9284, css, 6596),
  'completion summary (nl)': plus10(9859, css, 6596),
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
    const budget = budgets[pageType.name] ?? budgets[pageType.name.replace(/,.*| \(nl\)$/, '')] ?? newPageType;
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
