import { expect, test, type Page } from '@playwright/test';
import { builtPages, pagePath, readPage } from './built-site.ts';
import { t, uiLanguages } from '../../src/lib/i18n.ts';

/**
 * Wide tables (src/components/TableScroll.astro): on a phone a table that is wider than the
 * screen scrolls in its own box, and the box says so; the box is a named region a keyboard can
 * focus and scroll. Every built page with a table is walked, so a new table joins by itself.
 */
const pageLang = (path: string) => uiLanguages.find((lang) => path.startsWith(`/${lang}/`)) ?? 'en';
const pagesWithTables = builtPages()
  .filter((file) => readPage(file).includes('<table'))
  .map(pagePath);

interface TableState {
  where: string;
  boxed: boolean;
  region: string | null;
  name: string | null;
  tabindex: string | null;
  overflows: boolean;
  hint: string | null;
}

/** Each table of the page: its box, whether the table is wider than the box, and the hint as shown. */
function tables(page: Page): Promise<TableState[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('table')].map((table) => {
      const box = table.closest<HTMLElement>('.table-scroll-box');
      const hint = box?.parentElement?.querySelector<HTMLElement>(':scope > .table-scroll-hint');
      const shown = !!hint && hint.checkVisibility({ visibilityProperty: true }) && hint.offsetHeight > 0;
      const holder = box ?? table.parentElement!;
      return {
        where: (table.caption?.textContent ?? table.querySelector('th')?.textContent ?? '').trim().slice(0, 50),
        boxed: !!box,
        // A <section> with a name is a region (WAI-ARIA), announced as one.
        region: box ? (box.getAttribute('role') ?? (box.tagName === 'SECTION' ? 'region' : box.tagName)) : null,
        name: box?.getAttribute('aria-label') ?? null,
        tabindex: box?.getAttribute('tabindex') ?? null,
        overflows: holder.scrollWidth > holder.clientWidth,
        hint: shown ? hint.textContent!.trim() : null,
      };
    }),
  );
}

test('the sample has pages with tables in both languages', () => {
  expect(pagesWithTables).toEqual(expect.arrayContaining(['/insights/', '/nl/insights/', '/learn/summary/', '/concepts/scrap-to-savings/', '/nl/concepts/scrap-to-savings/']));
});

for (const path of pagesWithTables) {
  for (const width of [390, 1280]) {
    test(`${path} at ${width} px: a table wider than its box says that it scrolls, a table that fits says nothing`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      // A table in a closed <details> (a chart's figures) is measured as a reader sees it: open.
      await page.evaluate(() => document.querySelectorAll('details:has(table)').forEach((details) => details.setAttribute('open', '')));
      const hint = `${t('table.scrolls', pageLang(path))} →`;
      for (const table of await tables(page)) {
        // The authoring guide is Markdown that Astro renders (.github/CONTRIBUTING.md); its two
        // narrow tables get no box, and must fit.
        if (!table.boxed) {
          expect(path, `${table.where}: a table outside a box`).toMatch(/\/authoring\/$/);
          expect(table.overflows, `${table.where}: wider than its column`).toBe(false);
          continue;
        }
        expect(table.region, table.where).toBe('region');
        expect(table.name, table.where).toBeTruthy();
        expect(table.tabindex, table.where).toBe('0');
        expect(table.hint, `${table.where}: the hint`).toBe(table.overflows ? hint : null);
      }
    });
  }
}

test('at 390 px the health table and every KPI table on Insights say they scroll; at 1280 px none does', async ({ page }) => {
  for (const lang of uiLanguages) {
    const path = lang === 'en' ? '/insights/' : `/${lang}/insights/`;
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(path);
    const health = page.getByRole('region', { name: t('insights.health.caption', lang), exact: true });
    await expect(health.getByText(t('table.scrolls', lang))).toHaveCount(0);
    await expect(health.locator('xpath=..').getByText(t('table.scrolls', lang))).toBeVisible();
    const kpiTables = page.locator('.table-scroll:has([data-kpis])');
    expect(await kpiTables.count()).toBeGreaterThan(0);
    for (const box of await kpiTables.all()) await expect(box.getByText(t('table.scrolls', lang))).toBeVisible();

    // A keyboard reaches the box and scrolls it sideways.
    await health.focus();
    await expect(health).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => health.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);

    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.locator('.table-scroll-hint:visible')).toHaveCount(0);
  }
});
