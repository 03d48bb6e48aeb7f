/**
 * Behaviour of the content pages on the built sample playbook: the flagship concept, the
 * objection card's deep link, "sell it as" on a product, the value calculator, and that a
 * production build publishes no draft and links none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { crawl } from './checks.ts';

const flagship = '/concepts/scrap-to-savings/';

test.describe('flagship concept page', () => {
  test('shows every section of the concept', async ({ page }) => {
    await page.goto(flagship);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Scrap to savings');
    for (const section of [
      'The problem, in their words',
      'The outcome',
      'Story and talk track',
      'Arguments',
      'Objections',
      'Offers',
      'Discovery questions',
      'Proof points',
      'Pilot',
      'KPIs',
      'Assets',
      'Changes',
      'About this concept',
    ]) {
      await expect(main.getByRole('heading', { name: section, exact: true })).toBeVisible();
    }
    const about = main.getByRole('region', { name: 'About this concept' });
    await expect(about).toContainText('Live');
    await expect(about).toContainText('Owner');
    await expect(about).toContainText('Sales champion');
    await expect(about.getByText(/^(Reviewed .+|Review overdue)$/)).toBeVisible();
    // Every list item is addressable by its stable id.
    await expect(page.locator('#argument-catch-drift-at-the-line')).toBeVisible();
    await expect(page.locator('#objection-software-too-expensive')).toBeVisible();
    await expect(page.locator('#question-scrap-last-year')).toBeVisible();
    // The MDX body renders the playbook components.
    await expect(main.locator('figure', { hasText: 'Talk track' }).first()).toBeVisible();
  });

  test('prices the bundle as one offer and marks negotiation guardrails INTERNAL', async ({ page }) => {
    await page.goto(flagship);
    const bundle = page.locator('#bundle-measure-and-improve');
    await expect(bundle.getByRole('heading', { name: 'Measure and improve, one line' })).toBeVisible();
    await expect(bundle).toContainText('Offer price');
    await expect(bundle).toContainText('36 months');
    await expect(bundle).toContainText('Customer saves');
    await expect(bundle).toContainText('Payback');
    const guardrails = bundle.locator('[data-internal]');
    await expect(guardrails).toContainText('Negotiation guardrails');
    // Collapsed behind its title, so a screen shown to the customer does not show them.
    await guardrails.getByText('Negotiation guardrails').click();
    await expect(guardrails.getByText('Internal', { exact: true })).toBeVisible();
    await expect(guardrails).toContainText('Max. discount without approval');
    // A percentage as the site writes it: a no-break space before the sign.
    // (toHaveText would read a no-break space as any space, so the text is compared as it is.)
    const maxDiscount = guardrails.locator('dt:text-is("Max. discount without approval") + dd');
    await expect(maxDiscount).toHaveText('5 %');
    expect(await maxDiscount.textContent()).toBe('5\u00a0%');
  });

  test('leaves the objection blocks out of the search index; the card page is the hit', async ({ page }) => {
    await page.goto(flagship);
    await expect(page.locator('[data-pagefind-ignore]').locator('#objection-software-too-expensive')).toHaveCount(1);
    await expect(page.locator('h1[data-pagefind-meta="title"]')).toHaveCount(1);
  });
});

test.describe('value calculator', () => {
  const calculator = (page: import('@playwright/test').Page) => page.locator('#value');

  test('recalculates the yearly benefit and every payback from the customer\'s numbers', async ({ page }) => {
    await page.goto(flagship);
    const total = calculator(page).locator('[data-value-total]');
    const payback = calculator(page).locator('[data-value-offer="measure-and-improve"]');
    // Typical figures: 12,000 × €11.80 × 25 % + 30 × 2 h × €720 × 35 % = €50,520 a year.
    await expect(total).toHaveText('€50,520');
    await expect(payback).toContainText('Pays back in 12.7 months');

    await calculator(page).getByLabel('Scrapped parts per year on this line').fill('30000');
    await expect(total).toHaveText('€103,620');
    await expect(payback).toContainText('Pays back in 5.9 months');

    await calculator(page).getByLabel('Cost of one hour of lost production').fill('0');
    await calculator(page).getByLabel('Scrapped parts per year on this line').fill('0');
    await expect(total).toHaveText('€0');
    await expect(payback).toContainText('No payback');

    await calculator(page).getByRole('button', { name: 'Back to typical figures' }).click();
    await expect(total).toHaveText('€50,520');
  });

  test('the offer cards above follow it once the customer\'s figures are typed, and say so', async ({ page }) => {
    await page.goto(flagship);
    const card = (id: string) => page.locator(`[data-bundle-payback="${id}"]`);
    const basis = page.locator('[data-bundle-basis="measure-and-improve"]');
    await expect(card('measure-and-improve')).toHaveText('12.7 months');
    await expect(basis).toHaveText('With typical figures: yearly benefit €50,520.');

    // The salesperson's figures, typed as people type them.
    await calculator(page).getByLabel('Scrapped parts per year on this line').fill('1.500');
    await calculator(page).getByLabel('Cost of one scrapped part').fill('14,5');
    await calculator(page).getByLabel('Unplanned stops per year').fill('12');
    await calculator(page).getByLabel('Hours lost per stop').fill('2,5');
    await calculator(page).getByLabel('Cost of one hour of lost production').fill('1.250,50');
    // 1,500 × €14.50 × 25 % + 12 × 2.5 h × €1,250.50 × 35 % = €5,438 + €13,130 = €18,568 a year.
    await expect(calculator(page).locator('[data-value-payback="measure-and-improve"]')).toHaveText('Pays back in 43.7 months');
    await expect(card('measure-and-improve')).toHaveText('43.7 months');
    await expect(basis).toHaveText('With the figures typed in the value calculator below: yearly benefit €18,568.');
    // Every card says what the calculator says for its offer; the monthly one's fees now eat the benefit.
    await expect(calculator(page).locator('[data-value-payback]')).toHaveText(['Pays back in 43.7 months', /^No payback/, 'Pays back in 30.9 months']);
    await expect(page.locator('[data-bundle-payback]')).toHaveText(['43.7 months', 'No payback with the figures typed below', '30.9 months']);

    await calculator(page).getByLabel('Cost of one hour of lost production').fill('12 EUR');
    await expect(card('measure-and-improve')).toHaveText('—');
    await expect(basis).toHaveText('Fix the marked figure in the value calculator below to see the payback.');

    await calculator(page).getByRole('button', { name: 'Back to typical figures' }).click();
    await expect(card('measure-and-improve')).toHaveText('12.7 months');
    await expect(basis).toHaveText('With typical figures: yearly benefit €50,520.');
  });

  test('in Dutch, the offer cards say they count with the figures typed below', async ({ page }) => {
    await page.goto(`/nl${flagship}`);
    await calculator(page).getByLabel('Afgekeurde onderdelen per jaar op deze lijn').fill('1.500');
    await expect(calculator(page).locator('[data-value-payback="measure-and-improve"]')).toHaveText('Terugverdiend in 40,6 maanden');
    await expect(page.locator('[data-bundle-payback="measure-and-improve"]')).toHaveText('40,6 maanden');
    await expect(page.locator('[data-bundle-basis="measure-and-improve"]')).toHaveText('Met de cijfers die je hieronder in de waardecalculator hebt ingevuld: opbrengst per jaar € 19.545.');
  });

  test('shows the typical figures without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(flagship);
    await expect(calculator(page).locator('[data-value-total]')).toHaveText('€50,520');
    await expect(calculator(page).getByLabel('Scrapped parts per year on this line')).toHaveValue('12000');
    // The offer cards keep the typical payback, and say so.
    await expect(page.locator('[data-bundle-payback="measure-and-improve"]')).toHaveText('12.7 months');
    await expect(page.locator('[data-bundle-basis="measure-and-improve"]')).toHaveText('With typical figures: yearly benefit €50,520.');
    await context.close();
  });
});

test.describe('objection card', () => {
  test('"in context" lands on the objection on the concept page', async ({ page }) => {
    await page.goto('/objections/scrap-to-savings/software-too-expensive/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('The software is too expensive');
    await expect(page.getByRole('main')).toContainText('Ask back');
    await page.locator('[data-in-context]').click();
    await expect(page).toHaveURL(/\/concepts\/scrap-to-savings\/#objection-software-too-expensive$/);
    const target = page.locator('#objection-software-too-expensive');
    await expect(target).toBeInViewport();
    await expect(target).toContainText('The software is too expensive');
  });

  test('"Share this answer" copies the card\'s deep link where there is no share sheet', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const card = '/objections/scrap-to-savings/software-too-expensive/';
    await page.goto(card);
    expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
    await page.getByRole('button', { name: 'Share this answer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${card}`);
  });

  test('hides the share button without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/objections/scrap-to-savings/software-too-expensive/');
    await expect(page.getByRole('button', { name: 'Share this answer' })).toBeHidden();
    await context.close();
  });
});

test.describe('product page', () => {
  test('ProcessLens lists the flagship concept and its bundle under "Sell it as"', async ({ page }) => {
    await page.goto('/products/processlens/');
    const sellItAs = page.getByRole('region', { name: 'Sell it as' });
    await expect(sellItAs.getByRole('link', { name: 'Scrap to savings', exact: true })).toHaveAttribute(
      'href',
      '/concepts/scrap-to-savings/',
    );
    const bundle = sellItAs.getByRole('link', { name: 'Measure and improve, one line', exact: true });
    await expect(bundle).toHaveAttribute('href', '/concepts/scrap-to-savings/#bundle-measure-and-improve');
    await bundle.click();
    await expect(page.locator('#bundle-measure-and-improve')).toBeInViewport();
  });
});

// The persona filter over arguments and objections: tests/e2e/concept-nav.spec.ts.

test.describe('retired concept', () => {
  test('is marked and points to its replacement', async ({ page }) => {
    await page.goto('/concepts/gauge-at-every-station/');
    const note = page.getByRole('note').filter({ hasText: 'retired' });
    await expect(note).toBeVisible();
    await expect(note.getByRole('link')).toHaveAttribute('href', '/concepts/scrap-to-savings/');
  });
});

/** Ids of the sample's draft concepts, read from the content (so the test follows the sample). */
function draftConceptIds(): string[] {
  const folder = join(process.cwd(), 'content', 'concepts');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .filter((file) => /^status:\s*draft\s*$/m.test(readFileSync(join(folder, file), 'utf8').split(/^---\s*$/m)[1] ?? ''))
    .map((file) => file.replace(/\.mdx$/, ''));
}

test.describe('published vs draft', () => {
  const drafts = draftConceptIds();

  test('the sample has a draft concept to check with', () => {
    expect(drafts.length).toBeGreaterThan(0);
  });

  test('a production build has no draft page', async ({ request }) => {
    for (const id of drafts) {
      expect((await request.get(`/concepts/${id}/`)).status(), `/concepts/${id}/`).toBe(404);
    }
  });

  test('no published page links a draft', async ({ request }) => {
    const pages = await crawl(request);
    expect(pages.size).toBeGreaterThan(20);
    const offenders: string[] = [];
    for (const [path, { html }] of pages) {
      for (const id of drafts) {
        if (html.includes(`/concepts/${id}/`) || html.includes(`/objections/${id}/`)) offenders.push(`${path} → ${id}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  // No horizontal scroll and 44 px navigation targets: checked for every page type in site-wide.spec.ts.

  test('the "More" menu reaches the reference pages and closes on Escape', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByText('More', { exact: true }).click();
    const competitors = nav.getByRole('link', { name: 'Competitors' });
    await expect(competitors).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(competitors).toBeHidden();
    await nav.getByText('More', { exact: true }).click();
    await competitors.click();
    await expect(page).toHaveURL(/\/competitors\/$/);
  });
});
