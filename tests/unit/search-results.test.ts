import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, facetValues, markCuts, preferNameMatches, shapeResult, withoutHeading } from '../../src/lib/search-results.ts';

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

describe('excerpts cut from a page', () => {
  // What Pagefind gives for "te duur" on the Dutch price lesson (window of 22 words).
  const content =
    'Het prijsbezwaar beantwoorden Na deze les kun je De vergelijking verleggen van gereedschap tegenover project naar aanbieding tegenover wat afkeur kost. ' +
    'Wat de klant vergelijkt Als de klant de software te duur vindt, kijk dan eerst waarmee er vergeleken wordt. Uit het playbook: bezwaar · Van afkeur naar besparing ' +
    '“De software is te duur vergeleken met het apparaat.” Ons antwoord: Geef toe dat de licentie groot lijkt.';

  it('says with “…” where the excerpt starts and ends inside the page, and keeps every word', () => {
    const excerpt = 'er vergeleken wordt. Uit het playbook: bezwaar · Van afkeur naar besparing “De software is <mark>te</mark> <mark>duur</mark> vergeleken met het apparaat.” Ons antwoord: Geef toe dat';
    expect(markCuts(excerpt, content)).toBe(`…${excerpt}…`);
    expect(excerptParts(markCuts(excerpt, content)).filter((part) => part.mark).map((part) => part.text)).toEqual(['te', 'duur']);
    // Entities as Pagefind writes them are read as text to find the excerpt.
    expect(markCuts('R&amp;R <mark>study</mark>', 'A Gauge R&R study, then training.')).toBe('…R&amp;R <mark>study</mark>…');
  });

  it('adds nothing at the ends of the page, nor to an excerpt it cannot find', () => {
    expect(markCuts('Het prijsbezwaar <mark>beantwoorden</mark>', 'Het prijsbezwaar beantwoorden')).toBe('Het prijsbezwaar <mark>beantwoorden</mark>');
    expect(markCuts('elders', content)).toBe('elders');
    expect(markCuts('x', undefined)).toBe('x');
  });

  it('leaves out a sub-result’s own heading at the start of its excerpt, and no “…” is put there', () => {
    const view = shapeResult({
      url: '/nl/learn/lessons/handling-the-price-objection/',
      excerpt: 'x',
      content,
      meta: { title: 'Het prijsbezwaar beantwoorden' },
      sub_results: [{ url: '/nl/learn/lessons/handling-the-price-objection/#objectives-title', title: 'Na deze les kun je', excerpt: 'Na deze les kun je De vergelijking verleggen van gereedschap <mark>tegenover</mark> project' }],
    });
    expect(view.subResults[0]?.excerpt).toEqual([
      { text: 'De vergelijking verleggen van gereedschap ', mark: false },
      { text: 'tegenover', mark: true },
      { text: ' project…', mark: false },
    ]);
    expect(withoutHeading('Na deze lesdag', 'Na deze les')).toBe('Na deze lesdag');
    expect(withoutHeading('<mark>Tips</mark> voor', 'Tips')).toBe('<mark>Tips</mark> voor');
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
