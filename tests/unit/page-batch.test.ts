import { describe, expect, it } from 'vitest';
import { batchesOf, batchPageMarks, pageStart, partEnd, partStart, splitPageBatch } from '../../src/lib/page-batch.ts';
import { batchPageFile } from '../../src/integrations/page-capture.ts';

/**
 * A page of a batch as BaseLayout with `marks` writes it. Astro puts the head's stylesheet and
 * CSP, and each script, into the first page of a response only.
 */
function page(path: string, title: string, main: string, first = false): string {
  const injected = first ? '<meta http-equiv="content-security-policy" content="default-src \'self\'"><link rel="stylesheet" href="/_astro/a.css">' : '';
  const script = (code: string) => (first ? `<script type="module">${code}</script>` : '');
  return (
    `${pageStart(path)}<html lang="nl"><head><meta charset="utf-8">` +
    `${partStart('head')}<title>${title}</title>${partEnd}${injected}</head>` +
    `<body><header><a href="/nl/">Playbook</a>${partStart('switch')}<a href="${path.replace('/nl/', '/')}" hreflang="en">English</a>${partEnd}</header>${script('switch()')}` +
    `${partStart('main')}<main data-pagefind-body>${main}</main>${partEnd}<footer>Gebouwd op 3 dec 2026</footer>${script('share()')}</body></html>`
  );
}

const first = page('/nl/objections/scrap-to-savings/too-expensive/', '“Te duur”', '<p>Vraag wat één slechte batch kostte.</p>', true);
const second = page('/nl/objections/scrap-to-savings/no-time/', '“Geen tijd”', '<p>Hoeveel uur kost de meting nu?</p>');

describe('splitPageBatch', () => {
  it('gives every page of a batch the first page’s frame around its own parts', () => {
    const pages = splitPageBatch(`<!DOCTYPE html>${first}${second}`);
    expect(pages.map((p) => p.path)).toEqual(['/nl/objections/scrap-to-savings/too-expensive/', '/nl/objections/scrap-to-savings/no-time/']);
    expect(pages[0]?.html).toBe(first.slice(first.indexOf('-->') + 3).replaceAll(/<!--playbook:part[^>]*-->/g, ''));
    expect(pages[1]?.html).toBe(
      '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>“Geen tijd”</title>' +
        '<meta http-equiv="content-security-policy" content="default-src \'self\'"><link rel="stylesheet" href="/_astro/a.css"></head>' +
        '<body><header><a href="/nl/">Playbook</a><a href="/objections/scrap-to-savings/no-time/" hreflang="en">English</a></header><script type="module">switch()</script>' +
        '<main data-pagefind-body><p>Hoeveel uur kost de meting nu?</p></main><footer>Gebouwd op 3 dec 2026</footer><script type="module">share()</script></body></html>',
    );
  });

  it('gives a page rendered as its parts only the first page’s frame, and compares the last page’s', () => {
    // As BaseLayout with marks 'parts' writes a page between the first and the last of a batch.
    const partsOnly =
      `${pageStart('/nl/objections/scrap-to-savings/no-budget/', 'parts')}<html lang="nl"><head>${partStart('head')}<title>“Geen budget”</title>${partEnd}</head>` +
      `<body>${partStart('switch')}<a href="/objections/scrap-to-savings/no-budget/" hreflang="en">English</a>${partEnd}` +
      `${partStart('main')}<main data-pagefind-body><p>Wie beslist over het budget?</p></main>${partEnd}</body></html>`;
    const pages = splitPageBatch(first + partsOnly + second);
    expect(pages.map((p) => p.path)).toEqual([
      '/nl/objections/scrap-to-savings/too-expensive/',
      '/nl/objections/scrap-to-savings/no-budget/',
      '/nl/objections/scrap-to-savings/no-time/',
    ]);
    expect(pages[1]?.html).toBe(
      (pages[2]?.html ?? '')
        .replace('“Geen tijd”', '“Geen budget”')
        .replace('/objections/scrap-to-savings/no-time/', '/objections/scrap-to-savings/no-budget/')
        .replace('Hoeveel uur kost de meting nu?', 'Wie beslist over het budget?'),
    );
    expect(pages[1]?.html.startsWith('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>“Geen budget”</title>')).toBe(true);
    const otherLast = second.replace('Gebouwd op 3 dec 2026', 'Gebouwd op 4 dec 2026');
    expect(() => splitPageBatch(first + partsOnly + otherLast)).toThrow(
      '/nl/objections/scrap-to-savings/no-time/: the page differs from the first page of its batch',
    );
    expect(() => splitPageBatch(partsOnly + second)).toThrow(
      '/nl/objections/scrap-to-savings/no-budget/: the first page of a batch holds its parts only; it must be a full page, whose frame the other pages take.',
    );
  });

  it('stops at a script inside a part, which the other pages would not get', () => {
    const withScript = first.replace('<p>Vraag', '<script type="module">x()</script><p>Vraag');
    expect(() => splitPageBatch(withScript + second)).toThrow(
      "/nl/objections/scrap-to-savings/too-expensive/: the page's main part holds a <script>, which Astro writes into the first page of a batch only. Move the script out of the part.",
    );
  });

  it('keeps the data a component embeds inside a part, on every page', () => {
    const data = (figure: number) => `<script type="application/json" data-value-data>{"scrap":${figure}}</script>`;
    const pages = splitPageBatch(first.replace('<p>Vraag', `${data(1)}<p>Vraag`) + second.replace('<p>Hoeveel', `${data(2)}<p>Hoeveel`));
    expect(pages[0]?.html).toContain(`<main data-pagefind-body>${data(1)}<p>Vraag`);
    expect(pages[1]?.html).toContain(`<main data-pagefind-body>${data(2)}<p>Hoeveel`);
    const module = first.replace('<p>Vraag', `${data(1)}<script type="module" data-value-data>x()</script><p>Vraag`);
    expect(() => splitPageBatch(module + second)).toThrow("the page's main part holds a <script>");
  });

  it('stops when a page differs from the first outside its parts', () => {
    const otherFooter = second.replace('Gebouwd op 3 dec 2026', 'Gebouwd op 4 dec 2026');
    expect(() => splitPageBatch(first + otherFooter)).toThrow(
      '/nl/objections/scrap-to-savings/no-time/: the page differs from the first page of its batch (/nl/objections/scrap-to-savings/too-expensive/) outside its marked parts, after the main. Mark the part that differs in the layout.',
    );
  });

  it('stops at a page without its marked parts', () => {
    expect(() => splitPageBatch(first + second.replace(partStart('switch'), ''))).toThrow(
      '/nl/objections/scrap-to-savings/no-time/: the page of a batch has no marked switch part (BaseLayout with marks).',
    );
    expect(() => splitPageBatch('<html></html>')).toThrow('A page batch holds no page marks.');
  });
});

describe('batchPageMarks', () => {
  it('renders the first and the last page of a batch in full, the pages between as their parts', () => {
    expect([0, 1, 2, 3].map((i) => batchPageMarks(i, 4))).toEqual(['page', 'parts', 'parts', 'page']);
    expect(batchPageMarks(0, 1)).toBe('page');
    expect([0, 1].map((i) => batchPageMarks(i, 2))).toEqual(['page', 'page']);
  });
});

describe('batchesOf', () => {
  it('cuts a list into batches in order, the last one shorter', () => {
    expect(batchesOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batchesOf([], 8)).toEqual([]);
  });
});

describe('batchPageFile', () => {
  it('is the page’s index.html inside the site, under any base', () => {
    expect(batchPageFile('/objections/a/b/', '/')).toBe('objections/a/b/index.html');
    expect(batchPageFile('/playbook/nl/objections/a/b/', '/playbook/')).toBe('nl/objections/a/b/index.html');
  });

  it('refuses a path that is not a page folder of the site', () => {
    for (const path of ['/objections/../../etc/', '/objections/a/b', '/', '/objections//b/', '/objections/.hidden/']) {
      expect(() => batchPageFile(path, '/'), path).toThrow(`A page batch names ${JSON.stringify(path)}, which is not a page folder of the site.`);
    }
  });
});
