/** The Atom feed of What's new, its bounded pages, the warning without a site address, and the chart geometry. */
import { describe, expect, it } from 'vitest';
import { atomFeed, changeAnchors, changePages, feedWarning, absoluteUrl, translationHistory, type ChangeItem } from '../../src/lib/whats-new.ts';
import { whatsNewLimits } from '../../src/lib/bounded.ts';
import { axisTicks, groupedColumns, horizontalBars, niceMax } from '../../src/lib/svg-chart.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('Atom feed', () => {
  const feed = atomFeed({
    selfUrl: 'https://pb.example/whats-new/feed.xml',
    pageUrl: 'https://pb.example/whats-new/',
    title: 'Playbook: what’s new',
    lang: 'en',
    updated: day('2026-12-01'),
    entries: [
      { id: 'https://pb.example/whats-new/#a', title: 'Scrap to savings (Revised)', updated: day('2026-11-24'), link: 'https://pb.example/concepts/scrap/', summary: 'Floor raised to EUR 58,000 & <more>' },
      { id: 'https://pb.example/whats-new/#b', title: 'Vullen tot de lijn', updated: day('2026-11-02'), link: 'https://pb.example/concepts/fill/', summary: 'Nieuw', lang: 'nl' },
    ],
  });

  it('is an Atom 1.0 document with one entry per change, the feed updated with the newest', () => {
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">')).toBe(true);
    expect(feed.match(/<entry[ >]/g)).toHaveLength(2);
    expect(feed).toContain('<updated>2026-11-24T00:00:00Z</updated>\n  <link rel="self"');
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://pb.example/whats-new/feed.xml"/>');
    expect(feed).toContain('<author><name>');
  });

  it('escapes text and marks an entry in another language', () => {
    expect(feed).toContain('<summary>Floor raised to EUR 58,000 &amp; &lt;more&gt;</summary>');
    expect(feed).toContain('<entry xml:lang="nl">');
  });

  it('without a site address: no feed, one warning that says what to set', () => {
    expect(feedWarning(undefined)).toMatch(/set `siteUrl` in playbook.config.ts/);
    expect(feedWarning('https://pb.example')).toBeUndefined();
  });

  it('builds absolute links under a base path', () => {
    expect(absoluteUrl('/playbook/nl/whats-new/', 'https://acme.github.io/playbook/')).toBe('https://acme.github.io/playbook/nl/whats-new/');
  });

  it('gives each change a stable anchor, numbered when a concept changes twice in a day', () => {
    expect(changeAnchors([
      { conceptId: 'scrap', date: day('2026-11-24'), kind: 'revised' },
      { conceptId: 'scrap', date: day('2026-11-24'), kind: 'revised' },
      { conceptId: 'scrap', date: day('2026-10-14'), kind: 'status' },
    ])).toEqual(['change-scrap-2026-11-24-revised', 'change-scrap-2026-11-24-revised-2', 'change-scrap-2026-10-14-status']);
  });
});

describe('bounded pages of What’s new', () => {
  const today = day('2026-12-01');
  /** `count` changes, newest first, one every `everyDays` days back from `from`. */
  const changes = (count: number, from = today, everyDays = 1): ChangeItem[] =>
    Array.from({ length: count }, (_, i) => ({
      concept: { id: `concept-${i}` },
      change: { date: new Date(from.getTime() - i * everyDays * 86_400_000), kind: 'revised' },
    }));
  const sizes = (pages: unknown[][]) => pages.map((page) => page.length);
  const limits = { days: 90, atLeast: 10, perPage: 50 };

  it('puts the changes of the last 90 days first and pages the older ones 50 a page', () => {
    // One change every 3 days: 31 in the 90 days up to today (day 0 … day 90), 69 older.
    const pages = changePages(changes(100, today, 3), today, limits);
    expect(sizes(pages)).toEqual([31, 50, 19]);
    expect(pages[0]!.at(-1)!.change.date).toEqual(day('2026-09-02'));
    expect(pages[1]![0]!.change.date).toEqual(day('2026-08-30'));
    // Nothing lost, nothing twice, the order kept.
    expect(pages.flat().map((c) => c.concept.id)).toEqual(changes(100, today, 3).map((c) => c.concept.id));
  });

  it('shows at most 50 on the first page however busy the 90 days were, and keeps every page bounded', () => {
    // 2,000 changes in 40 days: what 1,000 generated concepts with two changes each look like.
    const pages = changePages(changes(2000, today, 0.02), today, whatsNewLimits);
    expect(pages[0]).toHaveLength(whatsNewLimits.perPage);
    expect(pages).toHaveLength(40);
    expect(Math.max(...sizes(pages))).toBe(whatsNewLimits.perPage);
    expect(sizes(changePages(changes(300, today, 0.02), today, whatsNewLimits))[0]).toBe(50);
  });

  it('never reads empty after a quiet spell: at least the 10 newest, however old', () => {
    const quiet = changes(25, day('2026-03-01'), 7);
    expect(sizes(changePages(quiet, today, limits))).toEqual([10, 15]);
    expect(sizes(changePages(changes(4, day('2025-01-01')), today, limits))).toEqual([4]);
  });

  it('is one empty page when nothing changed, and one page while everything fits', () => {
    expect(changePages([], today, limits)).toEqual([[]]);
    expect(sizes(changePages(changes(20), today, limits))).toEqual([20]);
  });

  it('keeps each change’s anchor from the whole list, so anchors and feed ids survive the move to an older page', () => {
    const twice = [...changes(12, today, 10), { concept: { id: 'concept-0' }, change: { date: today, kind: 'revised' } }]
      .sort((a, b) => b.change.date.getTime() - a.change.date.getTime());
    const pages = changePages(twice, today, limits);
    const all = changeAnchors(twice.map((c) => ({ conceptId: c.concept.id, date: c.change.date, kind: c.change.kind })));
    expect(pages.flat().map((c) => c.anchor)).toEqual(all);
    expect(all.filter((a) => a.endsWith('-2'))).toEqual(['change-concept-0-2026-12-01-revised-2']);
  });
});

describe('chart geometry', () => {
  it('horizontal bars are as long as their share of the largest value', () => {
    const chart = horizontalBars([{ label: 'Leads', value: 100 }, { label: 'Won', value: 25 }, { label: 'None', value: 0 }], { width: 420, labelWidth: 100 });
    expect(chart.bars.map((b) => b.width)).toEqual([250, 62.5, 0]);
    expect(chart.labels.map((l) => l.text)).toEqual(['Leads', 'Won', 'None']);
  });
  it('grouped columns share one axis with round ticks', () => {
    expect(niceMax(58)).toBe(100);
    expect(niceMax(0)).toBe(1);
    expect(axisTicks(50)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(axisTicks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(axisTicks(2)).toEqual([0, 1, 2]);
    const chart = groupedColumns(['2026-Q1', '2026-Q2'], [[10, 50], [5, 25]], { width: 480, height: 240 });
    expect(chart.bars).toHaveLength(4);
    const tallest = chart.bars.find((b) => b.value === 50)!;
    expect(tallest.y).toBe(12); // top of the plot: 50 is the axis maximum
    expect(chart.grid.at(-1)).toEqual({ y: 12, value: 50 });
  });
});

describe('a translated concept’s history', () => {
  const original = [
    { date: day('2026-11-24'), kind: 'revised', summary: 'Owners’ offer added.' },
    { date: day('2026-10-14'), kind: 'revised', summary: 'Floor price raised.' },
    { date: day('2026-07-15'), kind: 'status', summary: 'Pilot to live.' },
    { date: day('2026-01-19'), kind: 'added', summary: 'Concept created.' },
  ];
  const own = [
    { date: day('2026-11-24'), kind: 'revised', summary: 'Aanbod voor bezitters toegevoegd.' },
    { date: day('2026-11-20'), kind: 'added', summary: 'Nederlandse versie.' },
  ];

  it('keeps the translation’s own changes and adds the original’s it has none of its own for, in the original’s language', () => {
    expect(translationHistory(own, original, 'en').map((c) => [c.date.toISOString().slice(0, 10), c.kind, c.summary, c.lang])).toEqual([
      ['2026-11-24', 'revised', 'Aanbod voor bezitters toegevoegd.', undefined],
      ['2026-11-20', 'translated', 'Nederlandse versie.', undefined],
      ['2026-10-14', 'revised', 'Floor price raised.', 'en'],
      ['2026-07-15', 'status', 'Pilot to live.', 'en'],
      ['2026-01-19', 'added', 'Concept created.', 'en'],
    ]);
  });

  it('a translation added with its original stays “added”; one without changes of its own shows the original’s', () => {
    expect(translationHistory([{ date: day('2026-01-19'), kind: 'added', summary: 'Nieuw.' }], original.slice(3), 'en').map((c) => [c.kind, c.summary])).toEqual([['added', 'Nieuw.']]);
    expect(translationHistory([], original, 'en').map((c) => c.summary)).toEqual(original.map((c) => c.summary));
  });

  it('a summary in another language than its entry says so in the feed', () => {
    const xml = atomFeed({
      selfUrl: 'https://pb.example/nl/whats-new/feed.xml',
      pageUrl: 'https://pb.example/nl/whats-new/',
      title: 'Wat is nieuw',
      lang: 'nl',
      updated: day('2026-12-01'),
      entries: [{ id: 'https://pb.example/nl/whats-new/#a', title: 'Van afkeur naar besparing (Herzien)', updated: day('2026-10-14'), link: 'https://pb.example/nl/concepts/scrap/', summary: 'Floor price raised.', summaryLang: 'en' }],
    });
    expect(xml).toContain('<summary xml:lang="en">Floor price raised.</summary>');
  });
});
