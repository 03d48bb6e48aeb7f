import { expect, test, type Page } from '@playwright/test';

/**
 * Keyboard only (issue 18): the skip link, the main navigation with its "More" menu, the search
 * dialog, the offline page's control, the visit brief's form, the objection drill and the
 * field-note form, each reached and used with Tab, Enter, Space, Esc, arrows and typed
 * letters, at desktop and phone widths. Every step asserts where the focus is, so a broken
 * keyboard path fails even where a mouse click would still work. Also: reduced motion is honoured.
 */
const concept = '/concepts/scrap-to-savings/';

/** Presses Tab until `target` has the focus (at most `max` times), as a keyboard user would. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 40): Promise<void> {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The focused element shows a visible focus indicator (an outline or a box shadow). */
async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const style = getComputedStyle(el);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('the first Tab shows the skip link; Enter skips the header to the content', async ({ page }) => {
      await page.goto(concept);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to content' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      expect(await focusVisible(page)).toBe(true);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`${concept}#main`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    });

    test('the main navigation is reached and followed with Tab and Enter', async ({ page }) => {
      await page.goto('/');
      const objections = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Objections' });
      await tabTo(page, objections);
      expect(await focusVisible(page)).toBe(true);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL('/objections/');
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Objections' })).toHaveAttribute('aria-current', 'page');
    });

    test('the search dialog opens, finds, moves and closes with the keyboard alone', async ({ page }) => {
      await page.goto(concept);
      const button = page.locator('header [data-search-open]');
      await tabTo(page, button);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('searchbox')).toBeFocused();
      await page.keyboard.type('payback');
      const results = dialog.locator('[data-search-results] a');
      await expect(results.first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await expect(results.first()).toBeFocused();
      expect(await focusVisible(page)).toBe(true);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
    });
  });
}

// Report #12: on a wide screen the meta box is a sidebar beside the content, but it is read after it.
for (const width of [1280, 390]) {
  test(`a concept page at ${width} px: Tab goes from the title to the persona filter, the meta box comes after the content`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(concept);
    await tabTo(page, page.getByRole('link', { name: 'Prepare a visit with this' }), 20);
    // Next the filter (on a phone the section bar's toggle is on the way), not the sidebar.
    await tabTo(page, page.getByRole('checkbox', { name: 'Plant manager' }), width === 1280 ? 1 : 2);
    // The sidebar's links follow the last of the article's.
    const order = await page.evaluate(() => {
      const article = document.querySelector('main > div > article')!;
      const aside = document.querySelector('main > div > aside')!;
      return article.compareDocumentPosition(aside) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    // And the look is the same: at 1280 px the sidebar is beside the title, on phones below the content.
    const [article, aside] = [await page.locator('main > div > article').boundingBox(), await page.locator('main > div > aside').boundingBox()];
    if (width === 1280) {
      expect(aside!.x).toBeGreaterThan(article!.x + article!.width);
      expect(aside!.y).toBeLessThan(article!.y);
    } else {
      expect(aside!.y).toBeGreaterThanOrEqual(article!.y + article!.height);
    }
  });
}

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the "More" menu opens with Enter, its links take Tab, Esc closes it back to its button', async ({ page }) => {
    await page.goto('/');
    const more = page.getByRole('navigation', { name: 'Main' }).locator('summary');
    await tabTo(page, more);
    await page.keyboard.press('Enter');
    const personas = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Personas' });
    await expect(personas).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(personas).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(personas).toBeHidden();
    await expect(more).toBeFocused();
    await page.keyboard.press('Space');
    await tabTo(page, personas, 5);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/personas/');
  });

  test('the "More" menu closes when the focus tabs out of it, and Esc in a field leaves the focus there', async ({ page }) => {
    await page.goto('/prepare/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const more = nav.locator('summary');
    const menu = nav.locator('details[data-nav-more]');
    await tabTo(page, more);
    await page.keyboard.press('Enter');
    const last = menu.getByRole('link', { name: 'Learn', exact: true });
    await tabTo(page, last, 12);
    await expect(menu).toHaveAttribute('open', '');
    // On a phone the open menu covers the page's heading; past its last link it must go.
    await page.keyboard.press('Tab');
    await expect(menu).not.toHaveAttribute('open', '');
    await expect(last).toBeHidden();
    expect(await page.evaluate(() => !!document.activeElement?.closest('details[data-nav-more]'))).toBe(false);

    await more.click();
    await expect(menu).toHaveAttribute('open', '');
    const customer = page.getByLabel('Customer name');
    await customer.click();
    await expect(menu).not.toHaveAttribute('open', '');
    await customer.fill('Hollmann');
    await page.keyboard.press('Escape');
    await expect(customer).toBeFocused();
  });
});

test('the offline page: "Remove offline copy" is reached with Tab and pressed with Enter', async ({ page }) => {
  await page.goto('/offline/');
  const remove = page.getByRole('button', { name: 'Remove offline copy' });
  await tabTo(page, remove, 60);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-offline-status]')).toHaveText('The offline copy is removed from this device.');
});

/** The focused element, described for a failure message ("BUTTON Save for offline"). */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => `${document.activeElement?.tagName} ${(document.activeElement?.textContent ?? '').trim().slice(0, 40)}`);
}

test('prepare: Tab to the fields, choose with keys, send with Space; the focus lands on the brief, then its "Save for offline"', async ({ page }) => {
  await page.goto('/prepare/');
  const industry = page.getByLabel('Industry', { exact: true });
  await tabTo(page, industry);
  // A closed <select> takes typed letters: "F" picks Food and beverage.
  await page.keyboard.type('Food');
  await expect(industry).toHaveValue('food-and-beverage');
  const competitor = page.getByLabel('Competitor in the deal');
  await page.keyboard.press('Tab');
  await expect(competitor).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(competitor).not.toHaveValue('');
  const plant = page.getByRole('checkbox', { name: 'Plant manager' });
  await tabTo(page, plant);
  await page.keyboard.press('Space');
  await expect(plant).toBeChecked();
  const send = page.getByRole('button', { name: 'Make the brief' });
  await tabTo(page, send);
  await page.keyboard.press('Space');

  await expect(page).toHaveURL(/\/prepare\/\?industry=food-and-beverage&.*persona=plant-manager/);
  const title = page.locator('[data-brief-title]');
  await expect(title).toBeFocused();
  expect(await focusVisible(page)).toBe(true);
  // From the title, the brief's own buttons come first: Copy, Print, then Save for offline.
  const save = page.getByRole('button', { name: 'Save for offline' });
  await tabTo(page, save, 3);
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  // Service workers are blocked in this suite: the status says so, and the focus stays put.
  await expect(page.locator('[data-brief] [data-save-offline-status]')).toContainText('does not keep pages offline');
  await expect(save).toBeFocused();
});

// Report #4: the offer chosen for the hand-out and the reader's place survive the way back.
for (const way of ['its “Back to the brief” link', 'the browser’s Back']) {
  test(`back from the hand-out by ${way}: the chosen offer is kept and the focus is on the hand-out section`, async ({ page }) => {
    await page.goto('/prepare/?industry=automotive-suppliers&persona=finance-controller&persona=plant-manager&competitor=vantor-instruments&customer=Hollmann');
    const offer = page.getByLabel('Offer in the hand-out');
    await offer.focus();
    await offer.selectOption('measure-and-improve-monthly');
    await expect(page).toHaveURL(/[?&]offer=measure-and-improve-monthly(&|#|$)/);
    const open = page.locator('[data-handout-link]');
    await tabTo(page, open, 3);
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-handout]')).toContainText('Our offer: Measure and improve, paid monthly');

    if (way.includes('link')) {
      const back = page.getByRole('link', { name: 'Back to the brief' });
      await expect(back).toHaveAttribute('href', /[?&]offer=measure-and-improve-monthly(&[^#]*)?#brief-handout$/);
      await tabTo(page, back, 80);
      await page.keyboard.press('Enter');
    } else {
      await page.goBack();
    }
    await expect(page).toHaveURL(/[?&]offer=measure-and-improve-monthly(&|#|$)/);
    await expect(page.getByLabel('Offer in the hand-out')).toHaveValue('measure-and-improve-monthly');
    const heading = page.getByRole('heading', { name: 'Customer hand-out' });
    await expect(heading, await focused(page)).toBeFocused();
    await expect(heading).toBeInViewport();
    // The next Tab is the hand-out's own first control, not the skip link at the top.
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Offer in the hand-out')).toBeFocused();
  });
}

test('the drill: filters chosen by keys start a session; Space reveals, a digit grades, the focus stays visible', async ({ page }) => {
  await page.goto('/learn/drill/');
  const left = page.locator('[data-drill-left]');
  await expect(left).toHaveText('10 cards left in this session');
  const category = page.getByLabel('Category', { exact: true });
  await tabTo(page, category, 60);
  await page.keyboard.type('Price');
  await expect(category).toHaveValue('price');
  const start = page.getByRole('button', { name: 'Start with these cards' });
  await tabTo(page, start, 8);
  await page.keyboard.press('Enter');

  const front = page.locator('[data-drill-front]');
  await expect(front, await focused(page)).toBeFocused();
  expect(await focusVisible(page)).toBe(true);
  const cards = Number((await left.textContent())?.match(/\d+/)?.[0]);
  expect(cards).toBeGreaterThan(1);
  const first = (await front.textContent()) ?? '';
  await page.keyboard.press('Space');
  const back = page.locator('[data-drill-back]');
  await expect(back).toBeVisible();
  await expect(back, await focused(page)).toBeFocused();
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press('3');
  await expect(left).toHaveText(cards - 1 === 1 ? '1 card left in this session' : `${cards - 1} cards left in this session`);
  await expect(front).not.toHaveText(first);
  await expect(front, await focused(page)).toBeFocused();
  expect(await focusVisible(page)).toBe(true);
  // The next card's answer opens with Space again, from where the focus is.
  await page.keyboard.press('Space');
  await expect(back).toBeFocused();
});

test('the field-note form: finishing it empty puts the focus on the first gap; filled by keys alone, it offers the file', async ({ page }) => {
  await page.addInitScript(() => localStorage.clear());
  await page.goto('/field-notes/new/');
  const finish = page.getByRole('button', { name: 'Finish the note' });
  await tabTo(page, finish, 80);
  await page.keyboard.press('Enter');
  const concept = page.getByLabel('Concept', { exact: true });
  await expect(concept, await focused(page)).toBeFocused();
  await expect(concept).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-note-status]')).toContainText('Still missing: Concept');

  await page.keyboard.type('Scrap');
  await expect(concept).toHaveValue('scrap-to-savings');
  await expect(concept).not.toHaveAttribute('aria-invalid');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Customer’s industry')).toBeFocused();
  await page.keyboard.type('Auto');
  await expect(page.getByLabel('Customer’s industry')).toHaveValue('automotive-suppliers');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Who you spoke to')).toBeFocused();
  await page.keyboard.type('Plant');
  await expect(page.getByLabel('Who you spoke to')).toHaveValue('plant-manager');
  // Finishing now: the outcome is the first gap, its first choice takes the focus.
  await tabTo(page, finish, 80);
  await page.keyboard.press('Enter');
  const won = page.getByRole('radio', { name: 'Won' });
  await expect(won, await focused(page)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Lost' })).toBeChecked();
  const price = page.getByRole('group', { name: '“The software is too expensive next to the device.”' });
  await tabTo(page, price.getByRole('radio', { name: 'Not heard' }));
  await page.keyboard.press('ArrowDown');
  await expect(price.getByRole('radio', { name: 'Heard, the answer worked' })).toBeChecked();
  await tabTo(page, page.getByLabel('What worked', { exact: true }));
  await page.keyboard.type('Asking what one scrapped batch costs.');
  await tabTo(page, finish, 20);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Send the note' }), await focused(page)).toBeFocused();
  await expect(page.locator('[data-note-status]')).toHaveText('');
  const download = page.getByRole('link', { name: 'Download the file' });
  await expect(download).toBeVisible();
  await tabTo(page, download, 3);
  expect(await focusVisible(page)).toBe(true);
  expect(decodeURIComponent((await download.getAttribute('href')) ?? '')).toContain('outcome: lost');
});

test('with reduced motion asked for, nothing animates or transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const longest = await page.evaluate(() => {
    let max = 0;
    for (const el of document.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      for (const value of [...style.transitionDuration.split(','), ...style.animationDuration.split(',')]) {
        max = Math.max(max, parseFloat(value) * (value.trim().endsWith('ms') ? 1 : 1000));
      }
    }
    return max;
  });
  expect(longest, 'longest transition or animation in ms').toBeLessThan(1);
});
