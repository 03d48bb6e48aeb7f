import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oldSites, publish, siteSummary } from '../../src/integrations/staged-output.ts';

describe('publish', () => {
  it('puts the new site in place at once and leaves the old one to a background removal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'staged-'));
    const [staging, site] = [join(dir, 'staging'), join(dir, 'dist')];
    for (const [folder, text] of [[staging, 'new'], [site, 'old']] as const) {
      mkdirSync(folder);
      writeFileSync(join(folder, 'index.html'), text);
    }
    publish(staging, site);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(staging)).toBe(false);
  });
});

describe('oldSites', () => {
  it('lists the old sites of an output folder that a publish moved aside, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'staged-'));
    for (const name of ['dist', 'dist.previous-123', 'dist.previous-x', 'dist-fixtures.previous-9', 'other']) mkdirSync(join(dir, name));
    expect(oldSites(join(dir, 'dist'))).toEqual([join(dir, 'dist.previous-123')]);
  });
});

describe('siteSummary', () => {
  it('counts the HTML pages apart from the other files, the search index not as pages', () => {
    const files = ['index.html', '404.html', join('nl', 'index.html'), join('objections', 'too-expensive', 'index.html'), join('insights', 'kpis.csv'), 'robots.txt', join('pagefind', 'pagefind-ui.html'), join('_astro', 'a.js')];
    expect(siteSummary('/site/dist', files)).toBe(
      'Site written to /site/dist: 4 pages and 4 other files (CSV tables, feeds, data files, scripts, styles, images, search index). Astro\'s "page(s) built" below counts the routes it rendered, not these files.',
    );
  });
});
