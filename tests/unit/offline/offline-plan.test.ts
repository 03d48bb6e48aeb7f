import { describe, expect, it } from 'vitest';
import { planPrecache, precacheFolders, precacheRank, precacheUrl, type SiteFile } from '../../../src/lib/offline-plan.ts';

const options = { maxFileBytes: 2 * 1024 * 1024, budgetBytes: 1000, localePrefixes: ['', 'nl'], metaCacheTag: 'b1' };
const file = (path: string, bytes = 10): SiteFile => ({ path, bytes });

describe('precacheRank', () => {
  it('puts the offline pages first, then pages, scripts, icons, the search index in the order a search needs it and the concept list', () => {
    const order = [
      'offline/index.html',
      'nl/offline/index.html',
      'index.html',
      'nl/search/index.html',
      '_astro/BaseLayout.abc.css',
      'icons/icon-192.png',
      'pagefind/pagefind.js',
      'pagefind/pagefind.en_1.pf_meta',
      'pagefind/index/en_1.pf_index',
      'pagefind/filter/en_1.pf_filter',
      'nl/concepts/picker.json',
    ].map((path) => precacheRank(path, options.localePrefixes));
    expect(order).toEqual([...order].sort((a, b) => (a ?? 99) - (b ?? 99)));
    expect(order.every((rank) => rank !== undefined)).toBe(true);
  });

  it('never precaches content pages, fragments, assets or the worker itself', () => {
    for (const path of ['concepts/x/index.html', 'pagefind/fragment/en_1.pf_fragment', 'assets/one-pager.pdf', 'sw.js', '_headers', '404.html']) {
      expect(precacheRank(path, options.localePrefixes), path).toBeUndefined();
    }
  });
});

describe('precacheFolders', () => {
  it('holds the folder of every file precacheRank accepts, so the build reads only those folders', () => {
    const accepted = [
      'offline/index.html', 'nl/offline/index.html', 'index.html', 'nl/index.html', 'search/index.html', 'nl/search/index.html',
      '_astro/BaseLayout.abc.css', '_astro/search.D1x.js', 'manifest.webmanifest', 'favicon.svg', 'icons/icon-192.png', 'icons/icon.svg',
      'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind',
      'pagefind/pagefind.en_1.pf_meta', 'pagefind/index/en_1.pf_index', 'pagefind/filter/en_1.pf_filter',
      'concepts/picker.json', 'nl/concepts/picker.json',
    ];
    const folders = precacheFolders(options.localePrefixes);
    for (const path of accepted) {
      expect(precacheRank(path, options.localePrefixes), path).toBeDefined();
      expect(folders, path).toContain(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
    }
  });

  it('leaves out the folders of objection cards and of Pagefind fragments, the largest of the site', () => {
    expect(precacheFolders(options.localePrefixes)).not.toContain('objections');
    expect(precacheFolders(options.localePrefixes)).not.toContain('pagefind/fragment');
  });
});

describe('precacheUrl', () => {
  it('requests pages at their directory and the Pagefind entry with its cache tag', () => {
    expect(precacheUrl('nl/offline/index.html', 'b1')).toBe('/nl/offline/');
    expect(precacheUrl('index.html', 'b1')).toBe('/');
    expect(precacheUrl('pagefind/pagefind-entry.json', '2026-12-01T10:00')).toBe('/pagefind/pagefind-entry.json?ts=2026-12-01T10%3A00');
  });
});

describe('planPrecache', () => {
  it('keeps every file within the per-file limit and the total under the budget, by priority', () => {
    const plan = planPrecache(
      [file('pagefind/index/en_2.pf_index', 400), file('offline/index.html', 300), file('pagefind/index/en_1.pf_index', 400), file('_astro/a.js', 200)],
      options,
    );
    expect(plan.urls).toEqual(['/offline/', '/_astro/a.js', '/pagefind/index/en_1.pf_index']);
    expect(plan.bytes).toBe(900);
    expect(plan.skipped).toEqual([{ path: 'pagefind/index/en_2.pf_index', reason: 'over-budget' }]);
  });

  it('skips a file over the per-file limit but goes on with the rest', () => {
    const plan = planPrecache([file('_astro/huge.js', 3 * 1024 * 1024), file('_astro/small.js', 10)], { ...options, budgetBytes: 10 * 1024 * 1024 });
    expect(plan.urls).toEqual(['/_astro/small.js']);
    expect(plan.skipped).toEqual([{ path: '_astro/huge.js', reason: 'file-too-large' }]);
  });

  it('once the budget is reached, lower-priority files are left out even when a small one would fit', () => {
    const plan = planPrecache([file('pagefind/pagefind.js', 950), file('pagefind/index/en_1.pf_index', 100), file('pagefind/filter/en_1.pf_filter', 10)], options);
    expect(plan.urls).toEqual(['/pagefind/pagefind.js']);
    expect(plan.skipped.map((s) => s.path)).toEqual(['pagefind/index/en_1.pf_index', 'pagefind/filter/en_1.pf_filter']);
  });
});
