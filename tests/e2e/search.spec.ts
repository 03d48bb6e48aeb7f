import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { axeViolations, watchErrors } from './checks.ts';

/**
 * Search (issue 4) against the built sample: the dialog on every page, /search/ with facets,
 * the lazy loading of Pagefind, and safety under the site's CSP.
 */
const flagship = '/concepts/scrap-to-savings/';
const priceCard = '/objections/scrap-to-savings/software-too-expensive/';
const priceAnchor = 'objection-software-too-expensive';
const lm400 = parse(readFileSync('content/products/lm-400.yaml', 'utf8')) as { sku: string };

const dialog = (page: Page) => page.getByRole('dialog');
const dialogInput = (page: Page) => dialog(page).getByRole('searchbox');
const dialogResults = (page: Page) => dialog(page).locator('[data-search-results] a');
const pageResults = (page: Page) => page.locator('[data-search-page] [data-search-results] > li > a');
const resultLink = (page: Page, href: string) => page.locator(`[data-search-page] [data-search-results] > li > a[href="${href}"]`);

test.describe('search dialog', () => {
  test('an alias finds the price objection; Enter opens its card; “in context” reaches the concept', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    await expect(dialogInput(page)).toBeFocused();
    await dialogInput(page).fill('costs too much');
    await expect(dialogResults(page).first()).toHaveAttribute('href', priceCard);
    await expect(dialog(page).locator('[data-search-results] mark').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(priceCard);
    await page.getByRole('link', { name: /in context/i }).click();
    await expect(page).toHaveURL(`${flagship}#${priceAnchor}`);
    await expect(page.locator(`#${priceAnchor}`)).toBeInViewport();
  });

  test('a result is named by its title, type and status; the concept, the question to ask back and the excerpt describe it', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await dialogInput(page).fill('too expensive');
    const first = dialogResults(page).first();
    await expect(first).toHaveAttribute('href', priceCard);
    await expect(first).toHaveAccessibleName('“The software is too expensive next to the device.” Objection Live');
    await expect(first).toHaveAccessibleDescription(/^Scrap to savings Ask back: “What did scrap on this line cost you last year, roughly, in euros\?” …software is too expensive next to the device\.” What worries them .+…$/);
    // A sub-result is named by its heading, which its excerpt does not say again.
    const objectives = dialog(page).locator('a[href="/learn/lessons/handling-the-price-objection/#objectives-title"]');
    await expect(objectives).toHaveAccessibleName('After this lesson you can');
    await expect(objectives).toHaveAccessibleDescription(/^Change the comparison /);
    // The whole row still opens the result, and the arrow keys still reach it.
    await page.keyboard.press('ArrowDown');
    await expect(first).toBeFocused();
  });

  test('Dutch results: the lesson’s excerpt says where Pagefind cut it, every word of it kept', async ({ page }) => {
    await page.goto('/nl/');
    await page.keyboard.press('/');
    await dialogInput(page).fill('te duur');
    const lesson = dialogResults(page).and(page.locator('[href="/nl/learn/lessons/handling-the-price-objection/"]'));
    await expect(lesson).toHaveAccessibleName('Het prijsbezwaar beantwoorden Les');
    await expect(lesson).toHaveAccessibleDescription(/^….*het playbook: bezwaar · Van afkeur naar besparing “De software is te duur vergeleken met het apparaat\.” Ons antwoord: .+…$/);
    const objectives = dialog(page).locator('a[href="/nl/learn/lessons/handling-the-price-objection/#objectives-title"]');
    await expect(objectives).toHaveAccessibleName('Na deze les kun je');
    await expect(objectives).toHaveAccessibleDescription(/^De vergelijking verleggen /);
  });

  test('the SKU of the LM-400 finds its product page (Ctrl+K)', async ({ page }) => {
    await page.goto(flagship);
    await page.keyboard.press('Control+k');
    await dialogInput(page).fill(lm400.sku);
    await expect(dialogResults(page).first()).toHaveAttribute('href', '/products/lm-400/');
  });

  test('names and aliases find the battlecard and the product page first', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    for (const [query, href] of [
      ['Vantor', '/competitors/vantor-instruments/'],
      ['QSC', '/competitors/qualis-spc-cloud/'],
      ['LineMeter 3', '/products/lm-400/'],
    ]) {
      await dialogInput(page).fill(query ?? '');
      await expect(dialogResults(page).first()).toHaveAttribute('href', href ?? '');
    }
  });

  test('results carry type and status badges and sub-results that jump to a heading', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Search' }).click();
    await dialogInput(page).fill('payback');
    const concept = dialog(page).locator('[data-search-results] > li').filter({ has: page.locator(`a[href="${flagship}"]`) });
    await expect(concept.locator('a').first()).toContainText('Concept');
    await expect(concept.locator('a').first()).toContainText('Live');
    await expect(concept.locator(`ul a[href^="${flagship}#"]`).first()).toBeVisible();
  });

  test('the whole flow works with the keyboard alone; Esc closes and returns the focus', async ({ page }) => {
    await page.goto(flagship);
    const button = page.locator('header [data-search-open]');
    // Tab from the top of the page to the header's search button.
    for (let i = 0; i < 30 && !(await button.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialogInput(page)).toBeFocused();
    await page.keyboard.type('costs too much');
    await expect(dialogResults(page).first()).toHaveAttribute('href', priceCard);
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(button).toBeFocused();

    await page.keyboard.press('/');
    await expect(dialogInput(page)).toBeFocused();
    await expect(dialogResults(page).first()).toHaveAttribute('href', priceCard);
    await page.keyboard.press('ArrowDown');
    await expect(dialogResults(page).first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(dialogResults(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(dialogInput(page)).toBeFocused();
    // Focus stays inside the modal dialog: Tab moves among its own controls only.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(priceCard);

    const inContext = page.getByRole('link', { name: /in context/i });
    for (let i = 0; i < 40 && !(await inContext.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(inContext).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${flagship}#${priceAnchor}`);
  });

  test('a concept page loads no Pagefind file until search is opened', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(flagship);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    const loaded = page.waitForRequest((request) => request.url().includes('/pagefind/pagefind.js'));
    await page.keyboard.press('/');
    await loaded;
  });

  test('passes axe with results shown, with no console error or CSP violation', async ({ page }) => {
    const errors = await watchErrors(page);
    await page.goto(flagship);
    await page.keyboard.press('/');
    await dialogInput(page).fill('payback');
    await expect(dialogResults(page).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
  test('works when Pagefind falls back from its worker to the main thread, within the CSP', async ({ page }) => {
    // Pagefind runs its WASM on the main thread when the worker fails (or is slow to start);
    // script-src then needs 'wasm-unsafe-eval'.
    const errors = await watchErrors(page);
    await page.route('**/pagefind/pagefind-worker.js', (route) => route.abort());
    await page.goto(flagship);
    await page.keyboard.press('/');
    await dialogInput(page).fill('costs too much');
    await expect(dialogResults(page).first()).toHaveAttribute('href', priceCard);
    expect(errors.filter((e) => !/pagefind-worker\.js|ERR_FAILED/.test(e))).toEqual([]);
  });
});

test.describe('/search/ page', () => {
  test('without JavaScript: the form renders and a note says search needs JavaScript', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/?q=payback');
    await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible();
    await expect(page.getByRole('search').getByRole('button', { name: 'Search' })).toBeVisible();
    await context.close();
    // Playwright disables scripts without telling the HTML parser, so <noscript> is read as
    // text there; check the note in the served markup instead.
    const html = await (await request.get('/search/')).text();
    expect(html).toMatch(/<noscript>[^]*Search needs JavaScript[^]*<\/noscript>/);
  });

  test('shows the query from the URL as text and runs nothing', async ({ page }) => {
    const alerts: string[] = [];
    page.on('dialog', async (d) => {
      alerts.push(d.message());
      await d.dismiss();
    });
    const errors = await watchErrors(page);
    const payload = '<img src=x onerror=alert(1)>';
    await page.goto(`/search/?q=${encodeURIComponent(payload)}`);
    await expect(page.getByRole('searchbox', { name: /search/i }).first()).toHaveValue(payload);
    await expect(page.locator('#search-page-status')).toContainText(payload);
    await expect(page.locator('main img')).toHaveCount(0);
    // The same text typed into the dialog stays text too.
    await page.goto('/');
    await page.keyboard.press('/');
    await dialogInput(page).fill(payload);
    await expect(dialog(page).locator('[data-search-status]')).toContainText(payload);
    await expect(dialog(page).locator('img')).toHaveCount(0);
    expect(alerts).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a shared link restores query and filters; a category filter narrows the results', async ({ page }) => {
    const competition = '/objections/scrap-to-savings/vantor-gauge-is-cheaper/';
    await page.goto('/search/?q=expensive');
    await expect(resultLink(page, priceCard)).toBeVisible();
    await expect(resultLink(page, competition)).toBeVisible();

    await page.getByRole('group', { name: 'Objection category' }).getByRole('checkbox', { name: /Price/ }).check();
    await expect(page).toHaveURL(/\/search\/\?q=expensive&category=price$/);
    await expect(resultLink(page, competition)).toHaveCount(0);
    await expect(resultLink(page, priceCard)).toBeVisible();

    // The URL is the state: opening it fresh gives the same list with the box ticked.
    await page.goto(page.url());
    await expect(page.getByRole('checkbox', { name: /Price/ })).toBeChecked();
    await expect(resultLink(page, priceCard)).toBeVisible();
    await expect(resultLink(page, competition)).toHaveCount(0);
  });

  test('a persona filter narrows the results: one disappears, another stays', async ({ page }) => {
    const other = '/concepts/audit-ready-gauges/';
    await page.goto('/search/?q=payback');
    await expect(resultLink(page, flagship)).toBeVisible();
    await expect(resultLink(page, other)).toBeVisible();
    await page.getByRole('group', { name: 'Persona' }).getByRole('checkbox', { name: /Finance controller/ }).check();
    await expect(page).toHaveURL(/[?&]persona=finance-controller(&|$)/);
    await expect(resultLink(page, other)).toHaveCount(0);
    await expect(resultLink(page, flagship)).toBeVisible();
  });

  test('retired concepts are indexed but left out until the Retired status is ticked', async ({ page }) => {
    const retired = '/concepts/gauge-at-every-station/';
    await page.goto('/search/?q=gauge+at+every+station');
    await expect(pageResults(page).first()).toBeVisible();
    await expect(resultLink(page, retired)).toHaveCount(0);
    await expect(page.locator('#search-page-status')).toContainText('Retired concepts are hidden');
    await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: /Retired/ }).check();
    await expect(resultLink(page, retired)).toBeVisible();
    await expect(resultLink(page, retired)).toContainText('Retired');
    // The dialog leaves them out too.
    await page.goto('/');
    await page.keyboard.press('/');
    await dialogInput(page).fill('gauge at every station');
    await expect(dialogResults(page).first()).toBeVisible();
    await expect(dialog(page).locator(`a[href="${retired}"]`)).toHaveCount(0);
  });

  test('passes axe with results and facets shown, with no console error or CSP violation', async ({ page }) => {
    const errors = await watchErrors(page);
    await page.goto('/search/?q=payback');
    await expect(pageResults(page).first()).toBeVisible();
    await expect(page.locator('[data-search-facets] input').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('search index', () => {
  test('leaves out drafts, the 404 page and pages without a search body', async ({ page }) => {
    // The draft's own title, the 404 page's text and the home page's heading.
    for (const query of ['first article at the line', 'does not exist or was moved', 'find the answer before the visit']) {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('#search-page-status')).toContainText(/result/i);
      const hrefs = await pageResults(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs.filter((href) => /first-article-at-the-line|^\/404|^\/$|^\/search\//.test(href ?? ''))).toEqual([]);
    }
  });
});
