import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageTypeOf, pageWeight } from '../page-weight.ts';

describe('pageTypeOf', () => {
  it('names built pages by the page types of tests/e2e/page-types.ts, Dutch pages with their English type', () => {
    expect(pageTypeOf('index.html')).toBe('home');
    expect(pageTypeOf('concepts/index.html')).toBe('concept index');
    expect(pageTypeOf('concepts/2/index.html')).toBe('concept index');
    expect(pageTypeOf('nl/concepts/scrap-to-savings/index.html')).toBe('concept page');
    expect(pageTypeOf('objections/3/index.html')).toBe('objection library');
    expect(pageTypeOf('objections/retired/index.html')).toBe('withdrawn answers');
    expect(pageTypeOf('objections/scrap-to-savings/too-expensive/index.html')).toBe('objection card');
    expect(pageTypeOf('products/lm-400/index.html')).toBe('product page');
    expect(pageTypeOf('404.html')).toBe('not found');
    expect(pageTypeOf('search/index.html')).toBe('search');
    expect(pageTypeOf('whats-new/index.html')).toBe('what’s new');
    expect(pageTypeOf('nl/whats-new/4/index.html')).toBe('what’s new archive');
  });
});

describe('pageWeight', () => {
  it('counts module scripts with their static imports once, inline scripts as JS, JSON data apart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weight-'));
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, '_astro', 'a.js'), 'import"./b.js";console.log(1)');
    writeFileSync(join(dir, '_astro', 'b.js'), 'export const b=2');
    writeFileSync(join(dir, '_astro', 's.css'), 'body{color:red}');
    const html = '<html><head><link rel="stylesheet" href="/_astro/s.css"><script type="module" src="/_astro/a.js"></script></head><body><script>let x=1</script><script type="application/json">{"a":1}</script></body></html>';
    const gz = (text: string) => gzipSync(text).length;
    expect(pageWeight(dir, html)).toEqual({
      html: gz(html),
      css: gz('body{color:red}'),
      js: gz('import"./b.js";console.log(1)') + gz('export const b=2') + gz('let x=1'),
      inlineJs: gz('let x=1'),
      data: gz('{"a":1}'),
    });
  });
});
