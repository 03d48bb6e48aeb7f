import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fragmentPages, htmlLang, htmlPages, pageUrl, spaceBetweenTags } from '../../src/integrations/pagefind.ts';

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
