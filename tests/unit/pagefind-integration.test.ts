import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { fragmentPages, htmlLang, htmlPages } from '../../src/integrations/pagefind.ts';
import { indexedCopy, pageUrl, pathWithoutBase, spaceBetweenTags } from '../../src/integrations/pagefind-pages.ts';
import { pageBatchOutput } from '../../src/integrations/page-capture.ts';

describe('spaceBetweenTags', () => {
  it('separates the text of adjacent elements, so words are not glued in the index', () => {
    expect(spaceBetweenTags('<dl><dt>Proof</dt><dd>Median €6,540<span class="block">9.8 %</span></dd></dl>')).toBe(
      '<dl> <dt>Proof </dt> <dd>Median €6,540 <span class="block">9.8 % </span> </dd> </dl>',
    );
  });

  it('leaves comparisons in text alone', () => {
    expect(spaceBetweenTags('<p>a <3 and 2<5</p>')).toBe('<p>a <3 and 2<5 </p>');
  });
});

describe('pageUrl', () => {
  it('turns built files into the URLs Pagefind reports (the client adds the base)', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('concepts/scrap-to-savings/index.html')).toBe('/concepts/scrap-to-savings/');
    expect(pageUrl('robots.html')).toBe('/robots.html');
  });
});

describe('htmlPages', () => {
  it('lists every HTML page but the 404 page and the Pagefind bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-site-'));
    for (const file of ['index.html', '404.html', 'concepts/a/index.html', 'pagefind/x.html', 'robots.txt']) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), '<html></html>');
    }
    expect(await htmlPages(dir)).toEqual(['concepts/a/index.html', 'index.html']);
    // The same from the files Astro reports it wrote, without walking the folder.
    const url = (file: string) => pathToFileURL(join(dir, file));
    const assets = new Map([
      ['/', [url('index.html')]],
      ['/404', [url('404.html')]],
      ['/concepts/[id]', [url('concepts/a/index.html'), url('concepts/b/index.html')]],
      ['/robots.txt', [url('robots.txt')]],
    ]);
    expect(await htmlPages(dir, assets)).toEqual(['concepts/a/index.html', 'concepts/b/index.html', 'index.html']);
    // With the pages written from batches, without the batch routes' own (empty) files.
    const output = pageBatchOutput();
    Object.assign(output, { pages: ['objections/a/x/index.html'], batches: ['page-batches/objections-1/index.html'] });
    try {
      assets.set('/page-batches/[batch]', [url('page-batches/objections-1/index.html')]);
      expect(await htmlPages(dir, assets)).toEqual(['concepts/a/index.html', 'concepts/b/index.html', 'index.html', 'objections/a/x/index.html']);
    } finally {
      Object.assign(output, { pages: [], batches: [] });
    }
  });
});

describe('htmlLang', () => {
  it('reads the language Pagefind files a page under', () => {
    expect(htmlLang('<!doctype html><html lang="nl"><head>')).toBe('nl');
    expect(htmlLang('<html class="x" lang=en-GB>')).toBe('en-gb');
    expect(htmlLang('<html><body lang="nl">')).toBe('unknown');
  });
});

describe('fragmentPages', () => {
  it('reads a fragment of one page and a group of fragments keyed by hash', () => {
    const page = { url: '/nl/x/', content: 'te duur', meta: {} };
    expect(fragmentPages(page)).toEqual([page]);
    expect(fragmentPages({ en_1: { url: '/a/', content: 'a' }, en_2: { url: '/b/', content: 'b' } })).toEqual([
      { url: '/a/', content: 'a' },
      { url: '/b/', content: 'b' },
    ]);
    expect(fragmentPages(null)).toEqual([]);
    expect(fragmentPages({ url: 1 })).toEqual([]);
  });
});

describe('indexedCopy', () => {
  const page = (main: string) =>
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Scrap · Playbook</title><script type="module" src="/x.js"></script></head><body><header><nav><a href="/">Home</a></nav></header>${main}<footer>Built today</footer><dialog><input></dialog></body></html>`;

  it('keeps the language, the title and the indexed main element without its classes, and nothing around it', () => {
    const copy = indexedCopy(page('<main id="main" class="mx-auto w-full" data-pagefind-body><div hidden><span data-pagefind-filter="type:concept"></span></div><h1 class="text-2xl font-bold" data-pagefind-meta="title">Scrap</h1><h2 id="a" class="mt-4">Arguments</h2></main>'));
    expect(copy).toBe(
      '<!doctype html><html lang="nl"><head><title>Scrap · Playbook</title></head><body><main id="main" data-pagefind-body> <div hidden> <span data-pagefind-filter="type:concept"> </span> </div> <h1 data-pagefind-meta="title">Scrap </h1> <h2 id="a">Arguments </h2> </main></body></html>',
    );
  });

  it('skips pages that are not search results', () => {
    expect(indexedCopy(page('<main id="main"><h1>Concepts</h1></main>'))).toBeUndefined();
  });

  it('indexes a page whole when its body is marked outside <main>', () => {
    const html = page('<main><article data-pagefind-body><h1>X</h1></article></main>');
    expect(indexedCopy(html)).toBe(spaceBetweenTags(html));
  });
});

describe('pathWithoutBase', () => {
  it('gives the path Pagefind reports, without the base the client adds', () => {
    expect(pathWithoutBase('/playbook/concepts/x/', '/playbook/')).toBe('/concepts/x/');
    expect(pathWithoutBase('/playbook/', '/playbook')).toBe('/');
    expect(pathWithoutBase('/concepts/x/', '/')).toBe('/concepts/x/');
  });
});
