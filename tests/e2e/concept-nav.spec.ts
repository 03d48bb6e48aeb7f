/**
 * Finding one's way on a long concept page (issue 11, item 5): the phone's section bar that
 * stays reachable anywhere on the page without covering what it jumps to, and the persona
 * filter that takes several people at once and narrows the objections too. With and without
 * JavaScript, against the built sample.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './checks.ts';

const flagship = '/concepts/scrap-to-savings/';
const bar = (page: Page) => page.locator('details[data-section-bar]');
const barToggle = (page: Page) => bar(page).locator('summary');
const barLink = (page: Page, name: string) => bar(page).getByRole('navigation', { name: 'On this page' }).getByRole('link', { name, exact: true });

/** The top of an element is not under the section bar. */
async function expectBelowBar(page: Page, target: Locator) {
  await expect(target).toBeInViewport();
  const [box, barBox] = [await target.boundingBox(), await bar(page).boundingBox()];
  expect(box && barBox && box.y >= barBox.y + barBox.height).toBe(true);
}

const scrollToEnd = (page: Page) => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));

test.describe('section bar on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the section list is reachable from the end of the page and jumps clear of the bar', async ({ page }) => {
    await page.goto(flagship);
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(pageHeight, 'a long page').toBeGreaterThan(844 * 10);
    await scrollToEnd(page);
    await expect(barToggle(page)).toBeInViewport();
    await expect(barToggle(page)).toContainText('Changes');
    await barToggle(page).click();
    await barLink(page, 'Objections').click();
    await expect(page).toHaveURL(/#objections$/);
    await expectBelowBar(page, page.getByRole('heading', { name: 'Objections', exact: true, level: 2 }));
    // The list closes after the jump and the bar names where the reader is.
    await expect(barLink(page, 'Objections')).toBeHidden();
    await expect(barToggle(page)).toContainText('Objections');
    await expect(bar(page).locator('a[data-section-link="objections"]')).toHaveAttribute('aria-current', 'location');
  });

  test('a deep link to an objection lands below the bar', async ({ page }) => {
    await page.goto(`${flagship}#objection-just-the-gauges-for-now`);
    await expectBelowBar(page, page.locator('#objection-just-the-gauges-for-now'));
  });

  test('closes on Escape and gives focus back to its toggle', async ({ page }) => {
    await page.goto(flagship);
    await scrollToEnd(page);
    await barToggle(page).focus();
    await page.keyboard.press('Enter');
    await expect(barLink(page, 'Offers')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(barLink(page, 'Pitch')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(barLink(page, 'Offers')).toBeHidden();
    await expect(barToggle(page)).toBeFocused();
  });

  test('a section chosen with the keyboard takes the focus to its heading, below the bar', async ({ page }) => {
    await page.goto(flagship);
    await barToggle(page).focus();
    await page.keyboard.press('Enter');
    const offers = barLink(page, 'Offers');
    for (let i = 0; i < 12 && !(await offers.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await expect(offers).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#offers$/);
    await expect(offers).toBeHidden();
    // Not the page's body: the list that held the focus is closed, the heading has it.
    const heading = page.getByRole('heading', { name: 'Offers', exact: true, level: 2 });
    await expect(heading).toBeFocused();
    await expectBelowBar(page, heading);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#offers'))).toBe(true);
  });

  test('the calculator’s result bar sits under the section bar, not behind it', async ({ page }) => {
    await page.goto(flagship);
    const input = page.locator('#value').getByRole('textbox', { name: 'Cost of one hour of lost production' });
    await input.scrollIntoViewIfNeeded();
    await input.fill('300');
    const valueBar = page.locator('[data-value-bar]');
    await expect(valueBar).toBeInViewport();
    await expectBelowBar(page, valueBar);
    await expectBelowBar(page, input);
  });

  test('passes axe with the section list open and the filter set', async ({ page }) => {
    await page.goto(`${flagship}?persona=plant-manager&persona=purchasing-manager`);
    await page.locator('#objections').scrollIntoViewIfNeeded();
    await barToggle(page).click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('works without JavaScript: the bar stays in reach and its links jump clear of it', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(flagship);
    await scrollToEnd(page);
    await expect(barToggle(page)).toBeInViewport();
    await barToggle(page).click();
    await barLink(page, 'Discovery questions').click();
    await expect(page).toHaveURL(/#discovery$/);
    await expectBelowBar(page, page.getByRole('heading', { name: 'Discovery questions', exact: true, level: 2 }));
    await context.close();
  });
});

test('wide screens keep the sidebar list and show no section bar', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(flagship);
  await expect(bar(page)).toBeHidden();
  await scrollToEnd(page);
  await expect(page.getByRole('complementary').getByRole('navigation', { name: 'On this page' })).toBeInViewport();
});

test.describe('persona filter', () => {
  const filter = (page: Page) => page.getByRole('group', { name: 'Show arguments and objections for' });
  const arguments_ = (page: Page) => page.locator('[data-persona-items="arguments"] > li');
  const objections = (page: Page) => page.locator('[data-persona-items="objections"] > li');
  const visibleIds = async (items: Locator) =>
    (await items.filter({ visible: true }).all()).length === 0
      ? []
      : await items.filter({ visible: true }).evaluateAll((els) => els.map((el) => el.id || el.querySelector('[id]')?.id));

  // The brief's case: the plant manager and the purchasing manager in one meeting. In the sample,
  // no argument names the purchasing manager and four objections name one of the two.
  const plantOrPurchasing = {
    arguments: ['argument-one-offer-one-payback', 'argument-fewer-line-stops'],
    objections: [
      'objection-software-too-expensive',
      'objection-just-the-gauges-for-now',
      'objection-vantor-gauge-is-cheaper',
      'objection-operators-wont-use-it',
    ],
  };

  async function expectPlantOrPurchasing(page: Page) {
    expect(await visibleIds(arguments_(page))).toEqual(plantOrPurchasing.arguments);
    expect(await visibleIds(objections(page))).toEqual(plantOrPurchasing.objections);
    await expect(page.getByRole('checkbox', { name: 'Plant manager' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Purchasing manager' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Quality manager' })).not.toBeChecked();
  }

  test('two personas show the union of their arguments and filter the objections, kept in the URL', async ({ page }) => {
    await page.goto(flagship);
    const totals = { arguments: await arguments_(page).count(), objections: await objections(page).count() };
    const status = page.locator('[data-persona-status]');
    await expect(status).toHaveText(`Showing all ${totals.arguments} arguments and ${totals.objections} objections`);
    await expect(status).toHaveAttribute('aria-live', 'polite');

    await filter(page).getByText('Plant manager', { exact: true }).click();
    await filter(page).getByText('Purchasing manager', { exact: true }).click();
    await expect(page).toHaveURL(/\?persona=plant-manager&persona=purchasing-manager$/);
    await expectPlantOrPurchasing(page);
    await expect(status).toHaveText(
      `Showing ${plantOrPurchasing.arguments.length} of ${totals.arguments} arguments and ${plantOrPurchasing.objections.length} of ${totals.objections} objections`,
    );
    // Far down, above the objections, a note says they are filtered and how to undo it.
    const note = page.locator('[data-persona-note]');
    await expect(note).toContainText(`Filtered for Plant manager and Purchasing manager: 4 of ${totals.objections} objections shown.`);
    await note.getByRole('button', { name: 'Show all' }).click();
    await expect(objections(page).filter({ visible: true })).toHaveCount(totals.objections);
    await expect(arguments_(page).filter({ visible: true })).toHaveCount(totals.arguments);
    await expect(note).toBeHidden();
    await expect(page).not.toHaveURL(/persona=/);
    await expect(page.getByRole('heading', { name: 'Objections', level: 2 })).toBeFocused();
  });

  test('a list the selection empties says so, in the page\'s language', async ({ page }) => {
    // In the sample no argument names the purchasing manager alone.
    await page.goto(`${flagship}?persona=purchasing-manager`);
    await expect(arguments_(page).filter({ visible: true })).toHaveCount(0);
    const empty = page.locator('[data-persona-empty="arguments"]');
    await expect(empty).toHaveText('No argument is written for Purchasing manager yet. “Show all” brings back the others.');
    await expect(page.locator('[data-persona-empty="objections"]')).toBeHidden();
    await filter(page).locator('..').getByRole('button', { name: 'Show all' }).click();
    await expect(empty).toBeHidden();
    await page.goto(`/nl${flagship}?persona=purchasing-manager`);
    await expect(page.locator('[data-persona-empty="arguments"]')).toHaveText('Er is nog geen argument geschreven voor Inkoopmanager. Met „Alles tonen” komen de andere terug.');
  });

  test('an item for everyone stays under every selection', async ({ page }) => {
    await page.goto(`${flagship}?persona=metrology-technician`);
    const forEveryone = arguments_(page).and(page.locator('[data-personas="*"]'));
    const everyoneCount = await forEveryone.count();
    await expect(forEveryone.filter({ visible: true })).toHaveCount(everyoneCount);
    await expect(page.locator('#argument-catch-drift-at-the-line')).toBeVisible();
    await expect(page.locator('#argument-one-offer-one-payback')).toBeHidden();
  });

  test('the URL restores a selection, as a comma list or repeated parameters', async ({ page }) => {
    await page.goto(`${flagship}?persona=plant-manager,purchasing-manager`);
    await expectPlantOrPurchasing(page);
    await page.goto(`${flagship}?persona=purchasing-manager&persona=plant-manager&persona=nobody`);
    await expectPlantOrPurchasing(page);
  });

  test('the clear control shows everything again and gives focus back to the filter', async ({ page }) => {
    await page.goto(`${flagship}?persona=finance-controller`);
    await expect(arguments_(page).filter({ visible: true })).not.toHaveCount(await arguments_(page).count());
    await filter(page).locator('..').getByRole('button', { name: 'Show all' }).click();
    await expect(arguments_(page).filter({ visible: true })).toHaveCount(await arguments_(page).count());
    await expect(page.getByRole('checkbox').first()).toBeFocused();
    await expect(page).not.toHaveURL(/persona=/);
  });

  test('a deep link to an objection the selection would hide shows it', async ({ page }) => {
    await page.goto(`${flagship}?persona=quality-manager#objection-software-too-expensive`);
    await expect(page.locator('#objection-software-too-expensive')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Quality manager' })).not.toBeChecked();
  });

  test('without JavaScript every argument and objection shows and the filter is not offered', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${flagship}?persona=plant-manager,purchasing-manager`);
    const [args, objs] = [arguments_(page), objections(page)];
    expect(await args.count()).toBeGreaterThan(2);
    await expect(args.filter({ visible: true })).toHaveCount(await args.count());
    await expect(objs.filter({ visible: true })).toHaveCount(await objs.count());
    await expect(page.locator('[data-persona-filter]')).toBeHidden();
    await expect(page.locator('[data-persona-note]')).toBeHidden();
    await context.close();
  });
});
