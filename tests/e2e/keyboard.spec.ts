import { expect, test, type Page } from '@playwright/test';

/**
 * Keyboard only (issue 18): the skip link, the main navigation with its "More" menu, the search
 * dialog and the offline page's control, each reached and used with Tab, Enter, Space, Esc and
 * arrows, at desktop and phone widths. Prepare, the drill and the field-note form join here
 * when their pages land. Also: reduced motion is honoured.
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
});

test('the offline page: "Remove offline copy" is reached with Tab and pressed with Enter', async ({ page }) => {
  await page.goto('/offline/');
  const remove = page.getByRole('button', { name: 'Remove offline copy' });
  await tabTo(page, remove, 60);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-offline-status]')).toHaveText('The offline copy is removed from this device.');
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
