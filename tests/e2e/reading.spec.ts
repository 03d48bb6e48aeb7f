import { expect, test, type Page } from '@playwright/test';

/**
 * How pages read with a screen reader and at 400 % zoom (the keyboard and screen-reader review):
 * the visit brief's heading outline, what the value calculators announce, and a brief with an
 * offer to choose that never scrolls sideways on a 320 px or 390 px screen. Focus paths are in
 * keyboard.spec.ts.
 */
const hollmann = 'industry=automotive-suppliers&persona=finance-controller&persona=plant-manager&competitor=vantor-instruments&customer=Hollmann';

async function openBrief(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('[data-brief-title]')).toBeVisible();
}

/** The page's visible headings in the main content, as "H2 Visit brief: Hollmann". */
async function outline(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)')].filter((h) => h.checkVisibility()).map((h) => `${h.tagName} ${(h.textContent ?? '').trim()}`),
  );
}

test.describe('the visit brief’s headings', () => {
  for (const [lang, prefix, brief, concept, parts, internal] of [
    ['English', '', 'Visit brief: Hollmann', 'Scrap to savings', ['What to say', 'The offer', 'Against Vantor Instruments', 'Customer hand-out'], 'Internal For you, never for the customer.'],
    ['Dutch', '/nl', 'Bezoekbriefing: Hollmann', 'Van afkeur naar besparing', ['Wat je zegt', 'Het aanbod', 'Tegen Vantor Instruments', 'Hand-out voor de klant'], 'Intern Voor jou, nooit voor de klant.'],
  ] as const) {
    test(`${lang}: the brief's sections nest under its title, the concept's parts under the concept`, async ({ page }) => {
      await openBrief(page, `${prefix}/prepare/?${hollmann}`);
      const headings = await outline(page);
      // No level is skipped, going down.
      const levels = headings.map((h) => Number(h[1]));
      expect(levels.every((level, i) => i === 0 || level <= levels[i - 1]! + 1), headings.join('\n')).toBe(true);
      // Everything after the brief's title is inside it (deeper than h2), the concept is one of
      // its parts, and the concept's parts are under the concept.
      const start = headings.indexOf(`H2 ${brief}`);
      expect(start, headings.join('\n')).toBeGreaterThan(0);
      expect(headings.slice(start + 1).filter((h) => Number(h[1]) <= 2)).toEqual([]);
      expect(headings).toContain(`H3 ${concept}`);
      for (const part of parts) expect(headings.indexOf(`H4 ${part}`), part).toBeGreaterThan(headings.indexOf(`H3 ${concept}`));
      // The "internal" line says it once: the badge, then what it means.
      const line = page.locator('[data-brief] header p:has(> span)');
      await expect(line).toHaveCount(1);
      expect(((await line.textContent()) ?? '').replace(/\s+/g, ' ').trim()).toBe(internal);
    });
  }
});

test.describe('a brief with an offer to choose, on a narrow screen', () => {
  for (const width of [320, 390]) {
    for (const prefix of ['', '/nl']) {
      test(`${prefix || '/'} at ${width} px: nothing in the brief sticks out past the screen`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
        const page = await context.newPage();
        await openBrief(page, `${prefix}/prepare/?${hollmann}`);
        // The select whose longest option ("Meten en verbeteren, per maand betaald") widened the page.
        await expect(page.locator('#brief-handout-offer')).toBeVisible();
        // Measured against the screen's width, not innerWidth: a phone browser widens its layout
        // viewport to a page that is too wide, so innerWidth grows with the fault. Text for screen
        // readers only (a link's hidden name, clipped to one pixel) is never on the screen.
        const sticking = await page.evaluate((screen) =>
          [...document.querySelectorAll('main *')]
            .filter((el) => !el.closest('.sr-only') && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > screen + 0.5)
            .map((el) => `${el.tagName}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}" ends at ${Math.round(el.getBoundingClientRect().right)}`), width);
        expect(sticking).toEqual([]);
        expect(await page.evaluate(() => document.querySelector('main')!.scrollWidth), 'width of the main content').toBeLessThanOrEqual(width);
        // At 390 px the whole page fits; at 320 px the header's own reflow is a separate matter
        // (its "More" menu), so only the content is measured there.
        if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth), 'width of the page').toBeLessThanOrEqual(width);
        await context.close();
      });
    }
  }
});

test.describe('the value calculator announces one summary, once typing pauses', () => {
  for (const [where, path, calculator, live] of [
    ['the concept page', '/concepts/scrap-to-savings/#value', 'form[data-value-calculator]', '[data-value-live]'],
    ['the visit brief', `/prepare/?${hollmann}`, 'form[data-brief-calculator]', '[data-brief-live]'],
  ] as const) {
    test(`on ${where}`, async ({ page }) => {
      // The page's timers wait for the test: what is announced "once typing pauses" is seen
      // before and after the pause, without waiting for real time.
      await page.clock.install();
      await page.goto(path);
      const form = page.locator(calculator);
      const field = form.getByLabel('Scrapped parts per year on this line');
      await expect(field).toBeEditable();
      await page.clock.pauseAt(Date.now() + 60_000);
      // One live region, and not the figures or the result card: they change on every key.
      expect(await form.evaluate((el) => [...el.querySelectorAll('output, [aria-live], [role=status], [role=alert]')].map((n) => n.outerHTML.slice(0, 60)))).toHaveLength(1);
      const region = form.locator(live);
      await expect(region).toHaveAttribute('role', 'status');
      await region.evaluate((el) => {
        const seen: string[] = [];
        (window as unknown as { announced: string[] }).announced = seen;
        new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
      });
      const total = form.locator('[data-value-total], [data-brief-total]').first();
      const before = await total.textContent();
      await field.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('20000');
      // The figures follow at once; nothing is said while typing.
      await expect(total).not.toHaveText(before ?? '');
      await expect(region).toHaveText('');
      await page.clock.runFor(2_000);
      const summary = `Yearly benefit, all drivers: ${await total.textContent()}.`;
      await expect(region).toHaveText(new RegExp(`^${summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} Measure and improve, one line: Pays back in [\\d.]+ months\\. Measure and improve, paid monthly: Pays back in [\\d.]+ months\\.`));
      expect(await page.evaluate(() => (window as unknown as { announced: string[] }).announced.length), 'announcements for five key presses').toBe(1);
    });
  }
});
