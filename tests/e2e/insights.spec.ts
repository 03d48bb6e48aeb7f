/**
 * /insights/ and What's new on the built sample: the flagship's funnel with its bottleneck, its
 * KPIs against the actuals of content/metrics/, charts with accessible names and data tables,
 * the trust score with its to-do list, What's new paged (recent changes first, older ones behind)
 * and a valid Atom feed with one entry per change of its first page.
 */
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../../src/lib/csv.ts';

const flagship = (page: Page) => page.locator('article[data-concept="scrap-to-savings"]');

test.describe('insights', () => {
  test('shows the flagship funnel with the bottleneck marked against the playbook median', async ({ page }) => {
    await page.goto('/insights/');
    const article = flagship(page);
    const funnel = article.getByRole('img', { name: 'Funnel of Scrap to savings' });
    await expect(funnel).toBeVisible();
    // The description names the bottleneck: 50 qualified leads gave 16 proposals (32 %).
    await expect(funnel).toHaveAccessibleDescription(/113 leads, 50 qualified, 16 proposals and 8 won over 2026-Q1, 2026-Q2, 2026-Q3\. Bottleneck: Qualified → Proposals converts 32\s%/);
    const table = article.getByRole('table', { name: 'Funnel of Scrap to savings: conversion and loss per step' });
    const marked = table.locator('tr[data-bottleneck="true"]');
    await expect(marked).toHaveCount(1);
    await expect(marked).toContainText('50 Qualified → 16 Proposals');
    await expect(marked).toContainText('Bottleneck');
    await expect(marked.getByRole('cell').nth(1)).toHaveText('34'); // lost at the step
    // The bar the bottleneck leads into is drawn in the warning colour.
    await expect(funnel.locator('g[data-bottleneck="true"] rect')).toHaveClass(/fill-warn/);
  });

  test('shows the flagship KPIs against the latest actuals, with the verdict', async ({ page }) => {
    await page.goto('/insights/');
    const kpis = flagship(page).getByRole('table', { name: 'KPIs of Scrap to savings: target, latest actual and trend' });
    const actual = (metric: string) => kpis.locator(`tr[data-metric="${metric}"]`);
    // 2026-Q3 in content/metrics/2026.csv: 58 leads, 27 qualified, 8 proposals, 4 won for EUR 247,200.
    await expect(actual('leads').locator('[data-actual]')).toHaveText('58');
    await expect(actual('leads')).toHaveAttribute('data-verdict', 'missed');
    await expect(actual('qualified-leads').locator('[data-actual]')).toHaveText('27');
    await expect(actual('win-rate').locator('[data-actual]')).toHaveText('50');
    await expect(actual('win-rate')).toHaveAttribute('data-verdict', 'met');
    await expect(actual('deal-size').locator('[data-actual]')).toHaveText('€61,800');
    await expect(actual('cycle-days')).toHaveAttribute('data-verdict', 'missed');
    // The yearly ad-ROI target is compared with the year so far.
    await expect(actual('ad-roi')).toContainText('2026 so far');
    await expect(actual('win-rate')).toContainText('2026-Q1: 0 · 2026-Q2: 67 · 2026-Q3: 50');
  });

  test('every chart has an accessible name, a description and its data as a table', async ({ page }) => {
    await page.goto('/insights/');
    const charts = page.locator('main svg[role="img"]');
    expect(await charts.count()).toBeGreaterThanOrEqual(8);
    for (const chart of await charts.all()) {
      await expect(chart).toHaveAccessibleName(/\S/);
      await expect(chart).toHaveAccessibleDescription(/\S/);
      await expect(chart.locator('xpath=ancestor::figure[1]').locator('table')).toHaveCount(1);
    }
    const trend = flagship(page).locator('figure', { has: page.getByRole('img', { name: 'Funnel per quarter of Scrap to savings' }) });
    await trend.getByText('The chart’s figures').click();
    const data = trend.getByRole('table', { name: 'Funnel per quarter of Scrap to savings' });
    await expect(data.getByRole('row')).toHaveCount(4);
    await expect(data.getByRole('row', { name: /2026-Q2/ })).toContainText('41');
    // No chart script and no inline styles: the CSP forbids them.
    const html = await (await page.request.get('/insights/')).text();
    expect(html).not.toMatch(/\sstyle="/);
  });

  test('shows the trust score, the date it was computed on and what to fix first', async ({ page }) => {
    await page.goto('/insights/');
    const score = page.locator('[data-trust-score]');
    // The sample's field notes: the flagship's objections were handled in only 5 of 11 visits.
    await expect(score).toHaveAttribute('data-trust-score', '50');
    await expect(score).toContainText('1 of 2 live concepts pass every criterion.');
    await expect(score).toContainText('Below the goal');
    const computed = await page.locator('[data-computed-on]').getAttribute('data-computed-on');
    expect(computed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByText(/^Computed on \d{1,2} \w{3} \d{4}\.$/)).toBeVisible();
    const todo = page.locator('[data-health-todo] li');
    expect(await todo.count()).toBeGreaterThanOrEqual(1);
    await expect(page.locator('[data-health-todo] li[data-criterion="objections-handled"]').first()).toContainText(
      'Only 5 of 11 objections heard in the field were handled',
    );
    const health = page.getByRole('table', { name: 'Health of each live concept' });
    await expect(health.locator('tbody tr')).toHaveCount(2);
    // Under the concepts, how many pass each criterion: both but one pass every criterion except the field's verdict.
    const passing = health.locator('tfoot tr[data-passing]');
    await expect(passing.getByRole('rowheader')).toHaveText('Passing (of 2)');
    await expect(passing.locator('[data-criterion="reviewed-on-time"]')).toHaveText('2');
    await expect(passing.locator('[data-criterion="objections-handled"]')).toHaveText('1');
  });

  test('compares pilots with their targets', async ({ page }) => {
    await page.goto('/insights/');
    const pilot = page.locator('[data-pilot-of="scrap-to-savings"]');
    await expect(pilot).toContainText('Figures from 2026-Q1, 2026-Q2.');
    // Quarterly targets against the pilot's average per quarter: 27.5 leads against 60.
    await expect(pilot.locator('tr[data-metric="leads"]')).toContainText('27.5');
    await expect(pilot.locator('tr[data-metric="leads"]')).toHaveAttribute('data-verdict', 'missed');
    await expect(page.locator('[data-pilot-of="fill-to-the-line"]')).toContainText('Running');
  });

  test('writes the pilots’ figures as the KPI table does: whole numbers, leads to one decimal, in both languages', async ({ page }) => {
    for (const [prefix, roi, decimal] of [['', '1,704', /\d\.\d/], ['/nl', '1.704', /\d,\d/]] as const) {
      await page.goto(`${prefix}/insights/`);
      // The pilot's ad ROI was "1,704.3" next to a KPI table of whole numbers.
      const roiCell = page.locator('[data-pilot-of="scrap-to-savings"] tr[data-metric="ad-roi"] td').nth(1);
      await expect(roiCell).toHaveText(new RegExp(`^${roi.replace('.', '\\.')}\\s`));
      const figures = page.locator('[data-pilot] tr[data-metric]:not([data-metric$="leads"]) td, [data-kpis] tr[data-metric]:not([data-metric$="leads"]) td');
      expect(await figures.count()).toBeGreaterThan(0);
      for (const text of await figures.allTextContents()) expect(text, 'a figure with decimals').not.toMatch(decimal);
    }
  });

  for (const lang of ['', '/nl'] as const) {
    test(`every table links its CSV file, and the files hold every concept${lang ? ' (Dutch)' : ''}`, async ({ page }) => {
      await page.goto(`${lang}/insights/`);
      // The sample has few concepts: the page shows them all, with no "more" sentence.
      await expect(page.locator('[data-bounded]')).toHaveCount(0);
      const links = page.locator('a[data-csv]');
      const hrefs = Object.fromEntries(
        await Promise.all((await links.all()).map(async (link) => [await link.getAttribute('data-csv'), await link.getAttribute('href')] as const)),
      );
      expect(Object.keys(hrefs).sort()).toEqual(['concepts', 'health', 'kpis', 'pilots', 'quarters', 'todo']);
      for (const link of await links.all()) await expect(link).toHaveAttribute('download', '');
      const csv = async (table: string) => {
        expect(hrefs[table]).toBe(`${lang}/insights/${table}.csv`);
        const response = await page.request.get(hrefs[table]!);
        expect(response.status()).toBe(200);
        const parsed = parseCsv(await response.text());
        expect(parsed.problems).toEqual([]);
        expect(parsed.separator).toBe(lang ? ';' : ',');
        const [header, ...rows] = parsed.records.map((record) => record.cells.map((cell) => cell.value));
        return { header: header!, rows, column: (name: string) => rows.map((row) => row[header!.indexOf(name)]) };
      };
      const on = async (selector: string, attribute: string) => Promise.all((await page.locator(selector).all()).map((el) => el.getAttribute(attribute)));
      const idColumn = lang ? 'Concept-id' : 'Concept id';
      // One row per concept card, KPI row, quarter, pilot KPI, health row and fix on the page.
      const concepts = await csv('concepts');
      const cards = await on('article[data-concept]', 'data-concept');
      expect(cards.length).toBeGreaterThanOrEqual(3);
      expect(concepts.column(idColumn).sort()).toEqual([...cards].sort());
      expect(concepts.column(lang ? 'Knelpunt' : 'Bottleneck')[concepts.column(idColumn).indexOf('scrap-to-savings')]).toBe(
        lang ? 'Gekwalificeerd → Offertes' : 'Qualified → Proposals',
      );
      const kpis = await csv('kpis');
      expect(kpis.rows).toHaveLength(await page.locator('table[data-kpis] tbody tr').count());
      const quarters = await csv('quarters');
      expect(quarters.rows.filter((row) => row[0] === 'scrap-to-savings').map((row) => row[quarters.header.indexOf(lang ? 'Kwartaal' : 'Quarter')])).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
      const pilots = await csv('pilots');
      expect([...new Set(pilots.column(idColumn))].sort()).toEqual((await on('[data-pilot-of]', 'data-pilot-of')).sort());
      const health = await csv('health');
      expect(health.column(idColumn)).toEqual(await on('tbody tr[data-concept]', 'data-concept'));
      expect(health.column(lang ? 'Elk criterium' : 'Every criterion')).toEqual(lang ? ['In orde', 'Niet in orde'] : ['Passes', 'Fails']);
      const todo = await csv('todo');
      expect(todo.rows).toHaveLength(await page.locator('[data-health-todo] ol > li').count());
    });
  }

  test('speaks Dutch under /nl/', async ({ page }) => {
    await page.goto('/nl/insights/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inzichten');
    await expect(page.locator('article[data-concept="scrap-to-savings"] tr[data-bottleneck="true"]')).toContainText('Knelpunt');
    await expect(page.getByText('Vertrouwensscore')).toBeVisible();
  });
});

test.describe('insights lead to the field notes', () => {
  for (const lang of ['', '/nl'] as const) {
    test(`Insights and the navigation link which answers work, every note, the new objections and the form${lang ? ' (Dutch)' : ''}`, async ({ page }) => {
      await page.goto(`${lang}/insights/`);
      const section = page.getByRole('region', { name: lang ? 'Veldnotities' : 'Field notes' });
      const links = await section.getByRole('link').evaluateAll((as) => as.map((a) => [a.textContent?.trim(), a.getAttribute('href')]));
      expect(links).toEqual(
        lang
          ? [
              ['Welke antwoorden werken', '/nl/field-notes/'],
              ['Alle veldnotities', '/nl/field-notes/all/'],
              ['Nieuwe bezwaren om te beantwoorden', '/nl/field-notes/new-objections/'],
              ['Veldnotitie schrijven', '/nl/field-notes/new/'],
            ]
          : [
              ['Which answers work', '/field-notes/'],
              ['All field notes', '/field-notes/all/'],
              ['New objections to answer', '/field-notes/new-objections/'],
              ['Write a field note', '/field-notes/new/'],
            ],
      );
      // The header's "More" menu leads there from every page.
      await page.locator('[data-nav-more] summary').click();
      await page.locator('[data-nav-more]').getByRole('link', { name: lang ? 'Veldnotities' : 'Field notes' }).click();
      await expect(page).toHaveURL(new RegExp(`${lang}/field-notes/$`));
      await expect(page.locator('[data-nav-more] summary')).toHaveClass(/bg-accent-soft/);
    });
  }
});

test.describe("what's new", () => {
  test('in Dutch, a translated concept keeps its whole history: the original’s changes in English, its translation as “Vertaald”', async ({ page }) => {
    const items: { id: string; badge: string; summary: string; lang: string | null }[] = [];
    for (const path of ['/nl/whats-new/', '/nl/whats-new/2/']) {
      await page.goto(path);
      items.push(
        ...(await page.locator('[data-changes] > li').evaluateAll((lis) =>
          lis.map((li) => ({ id: li.id, badge: li.querySelector('p > span')?.textContent ?? '', summary: li.querySelector('p.text-sm')?.textContent ?? '', lang: li.querySelector('p.text-sm')?.getAttribute('lang') ?? null })),
        )),
      );
    }
    const scrap = items.filter((item) => item.id.startsWith('change-scrap-to-savings-'));
    expect(scrap.map((item) => item.id.replace('change-scrap-to-savings-', ''))).toEqual([
      '2026-11-24-revised',
      '2026-11-20-translated',
      '2026-10-14-revised',
      '2026-09-03-revised',
      '2026-07-15-status',
      '2026-03-02-status',
      '2026-01-19-added',
    ]);
    // Its own changes in Dutch; the original's, which it has none of its own for, marked English.
    expect(scrap[0]).toMatchObject({ badge: 'Herzien', lang: null });
    expect(scrap[1]).toMatchObject({ badge: 'Vertaald', lang: null });
    expect(scrap[2]).toMatchObject({ badge: 'Herzien', summary: expect.stringContaining('Floor price raised to EUR 58,000'), lang: 'en' });
    expect(scrap[6]).toMatchObject({ badge: 'Nieuw', lang: 'en' });
    expect(items.filter((item) => item.id.startsWith('change-fill-to-the-line-')).length).toBeGreaterThan(1);
    // The feed says the same, the English summaries marked as English.
    const xml = await (await page.request.get('/nl/whats-new/feed.xml')).text();
    expect(xml).toContain('<summary xml:lang="en">Floor price raised to EUR 58,000');
    expect(xml).toContain('<title>Van afkeur naar besparing: Vertaald</title>');
  });

  test('a translated concept’s own page shows the same history as What’s new: the original’s changes in English, its translation as “Vertaald”', async ({ page }) => {
    const history: { key: string; summary: string; lang: string | null }[] = [];
    for (const path of ['/nl/whats-new/', '/nl/whats-new/2/']) {
      await page.goto(path);
      history.push(
        ...(await page.locator('[data-changes] > li[id^="change-scrap-to-savings-"]').evaluateAll((lis) =>
          lis.map((li) => ({ key: li.id.replace('change-scrap-to-savings-', ''), summary: li.querySelector('p.text-sm')?.textContent ?? '', lang: li.querySelector('p.text-sm')?.getAttribute('lang') ?? null })),
        )),
      );
    }
    expect(history.length).toBe(7);
    await page.goto('/nl/concepts/scrap-to-savings/#changes');
    const log = page.locator('#changes ol > li');
    const shown = await log.evaluateAll((lis) =>
      lis.map((li) => {
        const summary = li.querySelector('span[class="text-muted"]');
        return { key: `${li.querySelector('time')?.getAttribute('datetime')}-${li.dataset.kind}`, summary: (summary?.textContent ?? '').replace(/^ · /, ''), lang: summary?.getAttribute('lang') ?? null };
      }),
    );
    expect(shown).toEqual(history);
    await expect(log.filter({ has: page.locator('[lang="en"]') }).first()).toBeVisible();
    await expect(page.locator('#changes ol > li[data-kind="translated"]')).toContainText('Vertaald');
    // The English page keeps the original's history, with no translation in it.
    await page.goto('/concepts/scrap-to-savings/');
    await expect(page.locator('#changes ol > li')).toHaveCount(6);
    await expect(page.locator('#changes ol > li[data-kind="translated"]')).toHaveCount(0);
  });

  for (const lang of ['', '/nl'] as const) {
    test(`the feed${lang ? ' in Dutch' : ''} is valid Atom with one entry per change on the page`, async ({ page }) => {
      await page.goto(`${lang}/whats-new/`);
      const changes = await page.locator('[data-changes] > li').count();
      expect(changes).toBeGreaterThan(5);
      const feedHref = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
      expect(feedHref).toBe(`${lang}/whats-new/feed.xml`);
      const response = await page.request.get(feedHref!);
      const xml = await response.text();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const atom = 'http://www.w3.org/2005/Atom';
        const entries = [...doc.getElementsByTagNameNS(atom, 'entry')];
        const child = (el: Element, name: string) => el.getElementsByTagNameNS(atom, name)[0];
        return {
          error: doc.getElementsByTagName('parsererror').length,
          root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
          feedId: child(doc.documentElement, 'id')?.textContent,
          entries: entries.map((entry) => ({
            id: child(entry, 'id')?.textContent ?? '',
            title: child(entry, 'title')?.textContent ?? '',
            updated: child(entry, 'updated')?.textContent ?? '',
            link: child(entry, 'link')?.getAttribute('href') ?? '',
          })),
        };
      }, xml);
      expect(parsed.error).toBe(0);
      expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
      expect(parsed.feedId).toMatch(/^https:\/\//);
      expect(parsed.entries).toHaveLength(changes);
      expect(new Set(parsed.entries.map((e) => e.id)).size).toBe(changes);
      for (const entry of parsed.entries) {
        expect(entry.title).not.toBe('');
        expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
        expect(entry.link).toMatch(new RegExp(`^https://[^/]+${lang}/concepts/[a-z0-9-]+/$`));
      }
      // Newest first, like the page.
      const dates = parsed.entries.map((e) => e.updated);
      expect([...dates].sort().reverse()).toEqual(dates);
    });

    test(`the page${lang ? ' in Dutch' : ''} shows the recent changes and links the older ones, page by page`, async ({ page }) => {
      // Bounded (issue 17): the sample has more changes than the first page holds (at least 10,
      // at most 50, the last 90 days), so its oldest are on /whats-new/2/.
      await page.goto(`${lang}/whats-new/`);
      const dateTimes = () => page.locator('[data-changes] > li time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
      const anchors = () => page.locator('[data-changes] > li').evaluateAll((items) => items.map((li) => li.id));
      const recent = await dateTimes();
      const recentIds = await anchors();
      expect(recent.length).toBeGreaterThanOrEqual(10);
      expect(recent.length).toBeLessThanOrEqual(50);
      const pages = page.getByRole('navigation', { name: lang ? 'Pagina’s van Wat is nieuw' : 'Pages of what’s new' });
      await expect(pages).toContainText(lang ? 'Pagina 1 van 2' : 'Page 1 of 2');
      await expect(pages.locator('a[rel="prev"]')).toHaveCount(0);
      await pages.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`${lang}/whats-new/2/$`));
      await expect(page).toHaveTitle(lang ? /^Wat is nieuw · Pagina 2 van 2 · / : /^What’s new · Page 2 of 2 · /);
      const older = await dateTimes();
      expect(older.length).toBeGreaterThan(0);
      // Every older change is older than (or from the same day as) the last recent one, and the
      // range above the list names the page's oldest and newest day.
      expect(older.every((date) => date <= recent.at(-1)!)).toBe(true);
      expect([...older].sort().reverse()).toEqual(older);
      await expect(page.locator('[data-range]')).toContainText(lang ? 'Wijzigingen van 5 feb 2024 tot en met' : 'Changes from 5 Feb 2024 to');
      // Each change is on one page only, under the anchor the whole list gives it.
      const olderIds = await anchors();
      expect(olderIds.filter((id) => recentIds.includes(id))).toEqual([]);
      expect(new Set([...recentIds, ...olderIds]).size).toBe(recentIds.length + olderIds.length);
      const pagesHere = page.getByRole('navigation', { name: lang ? 'Pagina’s van Wat is nieuw' : 'Pages of what’s new' });
      await expect(pagesHere.locator('a[rel="next"]')).toHaveCount(0);
      await pagesHere.locator('a[rel="prev"]').click();
      await expect(page).toHaveURL(new RegExp(`${lang}/whats-new/$`));
    });
  }
});
