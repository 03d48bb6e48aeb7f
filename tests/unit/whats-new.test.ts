/** The Atom feed of What's new, the warning without a site address, and the chart geometry. */
import { describe, expect, it } from 'vitest';
import { atomFeed, changeAnchors, feedWarning, absoluteUrl } from '../../src/lib/whats-new.ts';
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
