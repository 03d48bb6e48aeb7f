import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, facetValues, preferNameMatches, shapeResult } from '../../src/lib/search-results.ts';

describe('excerptParts', () => {
  it('splits on <mark> into plain-text runs', () => {
    expect(excerptParts('The customer says it <mark>costs</mark> <mark>too</mark> much.')).toEqual([
      { text: 'The customer says it ', mark: false },
      { text: 'costs', mark: true },
      { text: ' ', mark: false },
      { text: 'too', mark: true },
      { text: ' much.', mark: false },
    ]);
  });

  it('decodes entities to text and never yields markup other than the marks', () => {
    const parts = excerptParts('a &lt;img src=x onerror=alert(1)&gt; <mark>b</mark> &amp; c');
    expect(parts).toEqual([
      { text: 'a <img src=x onerror=alert(1)> ', mark: false },
      { text: 'b', mark: true },
      { text: ' & c', mark: false },
    ]);
  });

  it('copes with an excerpt without marks and with an empty one', () => {
    expect(excerptParts('plain')).toEqual([{ text: 'plain', mark: false }]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&quot;x&quot; &#39;y&#x27; &euro; &#0;')).toBe('"x" \'y\' &euro; &#0;');
  });
});

describe('shapeResult', () => {
  const data = {
    url: '/concepts/scrap-to-savings/',
    excerpt: 'Less <mark>scrap</mark>.',
    meta: { title: 'From scrap to savings' },
    filters: { type: ['concept'], status: ['live'], industry: ['automotive'] },
    sub_results: [
      { url: '/concepts/scrap-to-savings/', title: 'From scrap to savings', excerpt: 'x' },
      { url: '/concepts/scrap-to-savings/#argument-a', title: 'A', excerpt: '<mark>scrap</mark> a' },
      { url: '/concepts/scrap-to-savings/#argument-b', title: 'B', excerpt: 'b' },
      { url: '/concepts/scrap-to-savings/#argument-c', title: 'C', excerpt: 'c' },
      { url: '/concepts/scrap-to-savings/#argument-d', title: 'D', excerpt: 'd' },
    ],
  };

  it('takes the type and status badges from the filters and keeps anchored sub-results', () => {
    const view = shapeResult(data);
    expect(view.title).toBe('From scrap to savings');
    expect(view.type).toBe('concept');
    expect(view.status).toBe('live');
    expect(view.subResults.map((s) => s.title)).toEqual(['A', 'B', 'C']);
    expect(view.subResults[0]?.excerpt).toEqual([
      { text: 'scrap', mark: true },
      { text: ' a', mark: false },
    ]);
  });

  it('falls back to the URL when a page has no title, and has no badges without filters', () => {
    const view = shapeResult({ url: '/products/lm-400/', excerpt: '', meta: {} });
    expect(view).toMatchObject({ title: '/products/lm-400/', type: undefined, status: undefined, subResults: [] });
  });
});

describe('facetValues', () => {
  const label = (value: string) => ({ food: 'Food', auto: 'Automotive', pharma: 'Pharma' })[value] ?? value;

  it('lists values with results, sorted by label, and marks the selected ones', () => {
    expect(facetValues({ food: 2, auto: 1, pharma: 0 }, ['food'], label)).toEqual([
      { value: 'auto', label: 'Automotive', count: 1, checked: false },
      { value: 'food', label: 'Food', count: 2, checked: true },
    ]);
  });

  it('keeps a selected value without results, so it can be unticked', () => {
    expect(facetValues({}, ['bogus'], label)).toEqual([{ value: 'bogus', label: 'bogus', count: 0, checked: true }]);
  });
});

describe('objection results and name matches', () => {
  it('carries the concept and the follow-up question of an objection', () => {
    const view = shapeResult({
      url: '/objections/scrap-to-savings/software-too-expensive/',
      excerpt: 'x',
      meta: { title: '“Too expensive.”', concept: ' Scrap to savings ', followup: 'What did scrap cost you?' },
      filters: { type: ['objection'] },
    });
    expect(view.context).toBe('Scrap to savings');
    expect(view.followUp).toBe('What did scrap cost you?');
  });

  it('puts pages named like the query before pages that only mention it, keeping the rest in order', () => {
    const view = (url: string, title: string, type: string) => shapeResult({ url, excerpt: '', meta: { title }, filters: { type: [type] } });
    const views = [
      view('/objections/a/', '“Qualis can chart our data.”', 'objection'),
      view('/competitors/qualis-spc-cloud/', 'Qualis SPC Cloud', 'competitor'),
      view('/objections/b/', '“We use Qualis.”', 'objection'),
      view('/products/processlens/', 'ProcessLens', 'product'),
    ];
    expect(preferNameMatches(views, 'qualis').map((v) => v.url)).toEqual([
      '/competitors/qualis-spc-cloud/',
      '/objections/a/',
      '/objections/b/',
      '/products/processlens/',
    ]);
    expect(preferNameMatches(views, 'Qualis SPC').map((v) => v.url)[0]).toBe('/competitors/qualis-spc-cloud/');
    expect(preferNameMatches(views, 'costs too much').map((v) => v.url)).toEqual(views.map((v) => v.url));
    expect(preferNameMatches(views, 'process').map((v) => v.url)[0]).toBe('/products/processlens/');
  });
});
