import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadContent } from '../../src/checker/load-content.ts';
import { readContentFiles } from '../../src/checker/read-content.ts';
import { playbookConfig } from '../../src/lib/playbook-config.ts';
import { siteMap } from '../../src/rules/links-exist.ts';
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

/**
 * links-exist (src/rules/links-exist.ts) counts the pages of the paged lists and lists the files
 * the build writes without running the build; compared here with what this build wrote, on the
 * day it was built (the footer's date), so the two cannot drift apart.
 */
test('links-exist knows exactly the list pages and generated files the build wrote', () => {
  const built = /Built (\d{1,2}) (\w{3}) (\d{4})/.exec(readPage('index.html'));
  expect(built).not.toBeNull();
  const today = new Date(`${built![1]} ${built![2]} ${built![3]} UTC`);
  const { content } = loadContent(readContentFiles(playbookConfig.contentPath));
  const settings = { vagueWords: {}, staleCompetitorDays: 90, showDrafts: playbookConfig.showDrafts, locales: playbookConfig.locales, feed: playbookConfig.siteUrl !== undefined };
  const map = siteMap({ content, today, settings }, undefined);
  // Later pages of the lists, and every page of a concept's, persona's or industry's own notes (only some have one).
  const listPage = /^(\/nl)?\/((concepts|objections|whats-new|field-notes\/all)\/\d+|field-notes\/(concepts|personas|industries)\/[^/]+(\/\d+)?)\/$/;
  const generatedFile = /^(\/nl)?\/((insights|field-notes)\/[^/]+\.csv|concepts\/picker\.json|learn\/drill\.json|whats-new\/feed\.xml)$/;
  const files = readdirSync(siteDir, { recursive: true }).map((file) => `/${String(file).split(sep).join('/')}`);
  const writtenPages = builtPages().map(pagePath).filter((path) => listPage.test(path)).sort();
  expect(writtenPages.length).toBeGreaterThan(0);
  expect(writtenPages).toContain('/nl/field-notes/industries/automotive-suppliers/');
  expect([...map.pages].filter((path) => listPage.test(path)).sort()).toEqual(writtenPages);
  expect([...map.generated].sort()).toEqual(files.filter((path) => generatedFile.test(path)).sort());
});
