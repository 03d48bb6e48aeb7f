import { expect, test, type Page } from '@playwright/test';

/**
 * Search per language and search that forgives (issue 12, item 6), against the built sample:
 * a page searches the index of its own `<html lang>`, a Dutch query finds the Dutch card, a typo
 * or a US spelling is corrected to the index's own words, and whole-word matches come before
 * prefix-only ones.
 */
const dutchFlagship = '/nl/concepts/scrap-to-savings/';
const dutchPriceCard = '/nl/objections/scrap-to-savings/software-too-expensive/';
const priceCard = '/objections/scrap-to-savings/software-too-expensive/';

const dialog = (page: Page) => page.getByRole('dialog');
const dialogInput = (page: Page) => dialog(page).getByRole('searchbox');
const status = (page: Page) => dialog(page).locator('[data-search-status]');
const results = (page: Page) => dialog(page).locator('[data-search-results] > li > a');
const hrefs = (page: Page) => results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

/** The language indexes (`pagefind.<lang>_<hash>.pf_meta`) and vocabularies the page fetched. */
function watchSearchFiles(page: Page): { indexes: string[]; vocabularies: string[] } {
  const seen = { indexes: [] as string[], vocabularies: [] as string[] };
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const index = /\/pagefind\/pagefind\.([a-z-]+)_[0-9a-f]+\.pf_meta$/.exec(path)?.[1];
    const vocabulary = /\/pagefind\/vocabulary\.([a-z-]+)\.json$/.exec(path)?.[1];
    if (index) seen.indexes.push(index);
    if (vocabulary) seen.vocabularies.push(vocabulary);
  });
  return seen;
}

async function search(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  await dialogInput(page).fill(query);
}

test.describe('search in the reader’s language', () => {
  test('a Dutch page searches the Dutch index: “te duur” finds the Dutch price card first', async ({ page }) => {
    const files = watchSearchFiles(page);
    await page.goto(dutchFlagship);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await search(page, 'te duur');
    await expect(results(page).first()).toHaveAttribute('href', dutchPriceCard);
    await expect(status(page)).toContainText('„te duur”');
    // Only Dutch pages: the words of "technicians", "team" and "terms" are not in this index.
    expect((await hrefs(page)).every((href) => href.startsWith('/nl/'))).toBe(true);
    expect(files.indexes).toEqual(['nl']);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(dutchPriceCard);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('te duur');
  });

  test('“geen budget” finds the Dutch price card among the first results', async ({ page }) => {
    await page.goto(dutchFlagship);
    await search(page, 'geen budget');
    await expect(results(page).first()).toBeVisible();
    const found = await hrefs(page);
    expect(found.slice(0, 3)).toContain(dutchPriceCard);
    expect(found.every((href) => href.startsWith('/nl/'))).toBe(true);
  });

  test('/nl/search/ searches the Dutch index, with its facets in Dutch', async ({ page }) => {
    const files = watchSearchFiles(page);
    await page.goto('/nl/search/?q=te+duur');
    const list = page.locator('[data-search-page] [data-search-results] > li > a');
    await expect(list.first()).toHaveAttribute('href', dutchPriceCard);
    await expect(page.locator('[data-search-page] [data-search-facets]')).toContainText('Bezwaar');
    expect((await list.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).every((href) => href.startsWith('/nl/'))).toBe(true);
    expect(files.indexes).toEqual(['nl']);
  });

  test('a Dutch search links the same search in English, where untranslated concepts and battlecards are', async ({ page }) => {
    await page.goto(dutchFlagship);
    await search(page, 'Vantor');
    const inEnglish = dialog(page).getByRole('link', { name: 'Nog niet alles staat in het Nederlands: zoek ook in het Engels' });
    await expect(inEnglish).toHaveAttribute('href', '/search/?q=Vantor');
    await expect(inEnglish).toHaveAttribute('hreflang', 'en');
    await inEnglish.click();
    const list = page.locator('[data-search-page] [data-search-results] > li > a');
    await expect(list.filter({ hasText: 'Vantor Instruments' }).first()).toHaveAttribute('href', '/competitors/vantor-instruments/');
    // The search page keeps it on its own query too; an English page has no such link.
    await expect(page.locator('[data-search-original]')).toHaveCount(0);
    await page.goto('/nl/search/?q=audit');
    await expect(page.locator('[data-search-page] [data-search-original]')).toHaveAttribute('href', '/search/?q=audit');
  });

  test('an English page searches the English index and finds no Dutch page', async ({ page }) => {
    const files = watchSearchFiles(page);
    await page.goto('/');
    await search(page, 'costs too much');
    await expect(results(page).first()).toHaveAttribute('href', priceCard);
    expect((await hrefs(page)).some((href) => href.startsWith('/nl/'))).toBe(false);
    expect(files.indexes).toEqual(['en']);
    // A query the index knows needs no correction, so the vocabulary is never fetched.
    expect(files.vocabularies).toEqual([]);
  });
});

test.describe('search that forgives', () => {
  test('“softwre too expnsive” is corrected and finds the flagship’s price card', async ({ page }) => {
    const files = watchSearchFiles(page);
    await page.goto('/');
    await search(page, 'softwre too expnsive');
    await expect(results(page).first()).toHaveAttribute('href', priceCard);
    await expect(status(page)).toContainText('Searched for “software too expensive” instead of “softwre too expnsive”');
    expect(files.vocabularies).toEqual(['en']);
  });

  test('the US spelling “license” finds the price card, which says “licence”', async ({ page }) => {
    await page.goto('/');
    await search(page, 'license too expensive');
    await expect(results(page).first()).toHaveAttribute('href', priceCard);
    await expect(status(page)).toContainText('“licence too expensive”');
    await dialogInput(page).fill('license');
    await expect(status(page)).toContainText('Searched for “licence” instead of “license”');
    expect(await hrefs(page)).toContain(priceCard);
  });

  test('a Dutch typo is corrected with the Dutch vocabulary and explained in Dutch', async ({ page }) => {
    const files = watchSearchFiles(page);
    await page.goto(dutchFlagship);
    await search(page, 'softwre te duur');
    await expect(results(page).first()).toHaveAttribute('href', dutchPriceCard);
    await expect(status(page)).toContainText('Gezocht op „software te duur” in plaats van „softwre te duur”');
    expect(files.vocabularies).toEqual(['nl']);
  });

  test('/search/ corrects the query too, and keeps what was typed in the URL', async ({ page }) => {
    await page.goto('/search/?q=softwre+too+expnsive');
    const list = page.locator('[data-search-page] [data-search-results] > li > a');
    await expect(list.first()).toHaveAttribute('href', priceCard);
    await expect(page.locator('[data-search-page] [data-search-status]')).toContainText('Searched for “software too expensive”');
    await expect(page.locator('[data-search-page] [data-search-facets]')).toContainText('Objection');
    expect(new URL(page.url()).searchParams.get('q')).toBe('softwre too expnsive');
  });
});
