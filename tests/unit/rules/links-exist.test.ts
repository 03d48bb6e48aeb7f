/**
 * links-exist: links that stay on the site lead to a file under public/ or a page the playbook
 * publishes. Each case edits the good fixture and asserts the message an author reads.
 */
import { describe, expect, it } from 'vitest';
import { linksExist, linkTarget } from '../../../src/rules/links-exist.ts';
import { concept, defaultOptions, goodPlaybookWith, runRule } from '../checker/check-helpers.ts';

const goodConcept = goodPlaybookWith().find((f) => f.relativePath === 'gauge-and-insight.mdx')!.text;
const publicFiles = ['/assets/gauge-data-sheet.pdf', '/assets/scrap-case-study.pdf', '/favicon.svg'];
const withBody = (body: string, edits: Record<string, (text: string) => string> = {}) =>
  goodPlaybookWith({ [concept]: (text) => `${text}\n${body}\n`, ...edits });
const run = (files: ReturnType<typeof goodPlaybookWith>) => runRule(linksExist, files, { publicFiles });
const messages = (files: ReturnType<typeof goodPlaybookWith>) => run(files).map((f) => f.message);

describe('links-exist', () => {
  it('passes links to files under public/, to pages of entries and sections, and off-site links', () => {
    const body = [
      '[sheet](/assets/gauge-data-sheet.pdf) [case](/assets/scrap-case-study.pdf#page=2) ![logo](/favicon.svg)',
      '[gauge](/products/gauge/) [no slash](/products/gauge) [Dutch](/nl/personas/quality-manager/) [itself](./)',
      '[card](/objections/gauge-and-insight/too-expensive/) [rival](../../competitors/rival/) [all](/concepts/)',
      '[prepare](/prepare/?industry=automotive) [here](#the-story) [site](https://example.com/x.pdf) [mail](mailto:a@example.com)',
    ].join('\n\n');
    expect(run(withBody(body))).toEqual([]);
  });

  it('reports a body link to a file that is not in public/', () => {
    expect(run(withBody('See [the case study](/assets/roughness-case.pdf).'))).toEqual([
      {
        ruleId: 'links-exist',
        severity: 'error',
        line: 82,
        path: 'body',
        message: 'The link "/assets/roughness-case.pdf" leads nowhere: there is no file public/assets/roughness-case.pdf. Put the file in public/ or correct the address.',
      },
    ]);
  });

  it('resolves a relative link from the page it is on, with a near miss as "did you mean"', () => {
    expect(messages(withBody('[the flagship](../gauge-and-insigth/) and [rel](./x.pdf)'))).toEqual([
      'The link "../gauge-and-insigth/" leads to /concepts/gauge-and-insigth/, but that is no page of this playbook. Did you mean /concepts/gauge-and-insight/? Link to a page the site publishes (a concept is at /concepts/<file name>/, a product at /products/<file name>/) or to a file under public/.',
      'The link "./x.pdf" leads to /concepts/gauge-and-insight/x.pdf, but there is no file public/concepts/gauge-and-insight/x.pdf. Put the file in public/ or correct the address.',
    ]);
  });

  it('reports an image that is not in public/, suggesting the near miss', () => {
    expect(messages(withBody('![logo](/favicon.png)'))).toEqual([
      'The image "/favicon.png" leads nowhere: there is no file public/favicon.png. Did you mean /favicon.svg? Put the file in public/ or correct the address.',
    ]);
  });

  it("reports a product asset's href to a missing file, at the field", () => {
    const files = goodPlaybookWith({
      'products/gauge.yaml': (text) => `${text}assets:\n  - title: Data sheet\n    href: /assets/gauge-data-shet.pdf\n`,
    });
    expect(run(files)).toEqual([
      {
        ruleId: 'links-exist',
        severity: 'error',
        line: 10,
        path: 'assets[0].href',
        message: 'The asset\'s `href` "/assets/gauge-data-shet.pdf" leads nowhere: there is no file public/assets/gauge-data-shet.pdf. Did you mean /assets/gauge-data-sheet.pdf? Put the file in public/ or correct the address.',
      },
    ]);
  });

  it('reports a link to a page no entry has, and to a draft concept from a published one', () => {
    const draftCopy = (text: string) => text.replace('status: live', 'status: draft').replace('## The story', '[back](/concepts/gauge-and-insight/)');
    const files = goodPlaybookWith({
      [concept]: (text) => `${text}\n[lm](/products/gauge-x/) [draft](/concepts/draft-idea/)\n`,
      'concepts/draft-idea.mdx': () => draftCopy(goodConcept),
    });
    expect(messages(files)).toEqual([
      'The link "/products/gauge-x/" leads nowhere: that is no page of this playbook. Did you mean /products/gauge/? Link to a page the site publishes (a concept is at /concepts/<file name>/, a product at /products/<file name>/) or to a file under public/.',
      'The link "/concepts/draft-idea/" leads nowhere: that is the page of "draft-idea", a draft concept, which the site does not publish. Link to it once it is pilot or live, or leave the link out for now.',
    ]);
    // A preview build publishes drafts: only the missing product page is left.
    const preview = { publicFiles, settings: { vagueWords: {}, staleCompetitorDays: 90, showDrafts: true, locales: ['en', 'nl'] } };
    expect(runRule(linksExist, files, preview).map((f) => f.message.slice(0, 30))).toEqual(['The link "/products/gauge-x/" ']);
  });

  it('lets a draft link to another draft: neither page is published', () => {
    const files = goodPlaybookWith({
      [concept]: (text) => `${text.replace('status: live', 'status: draft')}\n[draft](/concepts/draft-idea/)\n`,
      'concepts/draft-idea.mdx': () => goodConcept.replace('status: live', 'status: draft'),
    });
    expect(run(files)).toEqual([]);
  });

  it('judges a link as the browser reads it', () => {
    expect(linkTarget('../other/', '/nl/concepts/x/')).toBe('/nl/concepts/other/');
    expect(linkTarget('/assets/my%20case.pdf?x=1#p2', undefined)).toBe('/assets/my case.pdf');
    expect(linkTarget('./x.pdf', undefined)).toBeUndefined();
    expect(linkTarget('https://example.com/', '/concepts/x/')).toBeUndefined();
    expect(linkTarget('javascript:alert(1)', '/concepts/x/')).toBeUndefined();
  });
});

describe('links-exist: pages of paged lists, files the build writes, anchors', () => {
  const body = (links: string[]) => withBody(links.map((link) => `[x](${link})`).join(' '));

  it('passes the CSV tables, the concept picker, the drill list and the feed, in every language', () => {
    const links = ['/insights/kpis.csv', '/insights/todo.csv', '/field-notes/answers.csv', '/nl/field-notes/new-objections.csv', '/concepts/picker.json', '/learn/drill.json', '/whats-new/feed.xml', '/nl/whats-new/feed.xml'];
    expect(messages(body(links))).toEqual([]);
  });

  it('reports a near miss of a generated file with "did you mean", and the feed of a playbook without siteUrl', () => {
    const noFeed = { publicFiles, settings: { ...defaultOptions.settings, feed: false } };
    expect(runRule(linksExist, body(['/insights/kpi.csv', '/whats-new/feed.xml']), noFeed).map((f) => f.message)).toEqual([
      'The link "/insights/kpi.csv" leads nowhere: there is no file public/insights/kpi.csv. Did you mean /insights/kpis.csv? Put the file in public/ or correct the address.',
      'The link "/whats-new/feed.xml" leads nowhere: the Atom feed is written only when `siteUrl` is set in playbook.config.ts (its entries need whole addresses). Set it, or link to /whats-new/ instead.',
    ]);
  });

  it('checks the page before an anchor; the anchor itself is not judged', () => {
    expect(messages(body(['/concepts/gauge-and-insight/#value', '#some-heading', '/nl/concepts/gauge-and-insight/#objection-too-expensive']))).toEqual([]);
    expect(messages(body(['/concepts/gauge-and-insigth/#value']))).toEqual([
      'The link "/concepts/gauge-and-insigth/#value" leads to /concepts/gauge-and-insigth/, but that is no page of this playbook. Did you mean /concepts/gauge-and-insight/? Link to a page the site publishes (a concept is at /concepts/<file name>/, a product at /products/<file name>/) or to a file under public/.',
    ]);
  });

  it('a one-page list has no page 2', () => {
    const nowhere = (link: string) =>
      `The link "${link}" leads nowhere: that is no page of this playbook. Link to a page the site publishes (a concept is at /concepts/<file name>/, a product at /products/<file name>/) or to a file under public/.`;
    const links = ['/objections/2/', '/concepts/2/', '/whats-new/2/', '/field-notes/all/2/'];
    expect(messages(body(links))).toEqual(links.map(nowhere));
  });

  it('a concept, persona or industry has pages of its own notes only when it has more than its page shows, as many as they fill', () => {
    // Notes about the fixture's one concept, persona and industry.
    const notes = (count: number) =>
      Object.fromEntries(
        Array.from({ length: count }, (_, i) => {
          const day = `2026-11-${String((i % 20) + 1).padStart(2, '0')}`;
          return [`field-notes/${day}-note-${i}.md`, () => `---\ndate: ${day}\nconcept: gauge-and-insight\nindustry: automotive\npersona: quality-manager\noutcome: won\nworked: The payback figure from their own line.\ndidNotWork: Nothing this time.\n---\n`];
        }),
      );
    const own = ['/field-notes/concepts/gauge-and-insight/', '/field-notes/personas/quality-manager/', '/nl/field-notes/industries/automotive/'];
    const linking = (count: number, links: string[]) => messages(goodPlaybookWith({ ...notes(count), [concept]: (text) => `${text}\n${links.map((link) => `[x](${link})`).join(' ')}\n` }));
    // Three notes: the concept's, persona's and industry's pages show them all; no list of the same notes.
    expect(linking(3, own)).toEqual(own.map((link) => expect.stringMatching(new RegExp(`^The link "${link}" leads nowhere: that is no page of this playbook\\.`))));
    expect(linking(4, own)).toEqual([]);
    // 25 notes, 24 a page: two pages each, in both languages, and the last one suggested past it.
    const second = ['/field-notes/concepts/gauge-and-insight/2/', '/nl/field-notes/personas/quality-manager/2/', '/field-notes/industries/automotive/2/'];
    expect(linking(25, [...own, ...second])).toEqual([]);
    expect(linking(25, ['/field-notes/personas/quality-manager/3/', '/field-notes/personas/gauge-and-insight/'])).toEqual([
      'The link "/field-notes/personas/quality-manager/3/" leads nowhere: that is no page of this playbook. Did you mean /field-notes/personas/quality-manager/2/? Link to a page the site publishes (a concept is at /concepts/<file name>/, a product at /products/<file name>/) or to a file under public/.',
      expect.stringMatching(/^The link "\/field-notes\/personas\/gauge-and-insight\/" leads nowhere: that is no page of this playbook\./),
    ]);
  });

  it('pages exist up to the number the content fills, counted like the lists count them', () => {
    // 51 concepts (48 a page: 2 pages) of 3 objections each (25 a page: 7 pages) and one change each
    // (all within 90 days, 50 a page: 2 pages), and 25 notes about them (24 a page: 2 pages).
    const copies: Record<string, (text: string) => string> = {};
    for (let i = 1; i <= 50; i++) copies[`concepts/copy-${i}.mdx`] = () => goodConcept.replace('title: Gauge and insight', `title: Gauge and insight ${i}`);
    for (let i = 1; i <= 25; i++) {
      copies[`field-notes/2026-11-${String((i % 20) + 1).padStart(2, '0')}-note-${i}.md`] = () =>
        `---\ndate: 2026-11-${String((i % 20) + 1).padStart(2, '0')}\nconcept: copy-${i}\nindustry: automotive\npersona: quality-manager\noutcome: won\nworked: The payback figure from their own line.\ndidNotWork: Nothing this time.\n---\n`;
    }
    const last = ['/concepts/2/', '/objections/7/', '/whats-new/2/', '/field-notes/all/2/', '/nl/concepts/2/', '/nl/objections/7/', '/nl/whats-new/2/', '/nl/field-notes/all/2/'];
    const files = goodPlaybookWith({ ...copies, [concept]: (text) => `${text}\n${last.map((link) => `[x](${link})`).join(' ')}\n` });
    expect(messages(files)).toEqual([]);
    const beyond = goodPlaybookWith({ ...copies, [concept]: (text) => `${text}\n[x](/objections/8/) [y](/whats-new/3/) [z](/nl/field-notes/all/3/)\n` });
    expect(messages(beyond)).toEqual([
      'The link "/objections/8/" leads nowhere: that is no page of this playbook. Did you mean /objections/7/? Link to a page the site publishes (a concept is at /concepts/<file name>/, a product at /products/<file name>/) or to a file under public/.',
      'The link "/whats-new/3/" leads nowhere: that is no page of this playbook. Did you mean /whats-new/2/? Link to a page the site publishes (a concept is at /concepts/<file name>/, a product at /products/<file name>/) or to a file under public/.',
      'The link "/nl/field-notes/all/3/" leads nowhere: that is no page of this playbook. Did you mean /nl/field-notes/all/2/? Link to a page the site publishes (a concept is at /concepts/<file name>/, a product at /products/<file name>/) or to a file under public/.',
    ]);
  });
});

