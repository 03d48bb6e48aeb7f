import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageTypes } from './page-types.ts';

for (const pageType of pageTypes) {
  test.describe(`${pageType.name} (${pageType.path})`, () => {
    test('has no axe violations (WCAG 2 A/AA)', async ({ page }) => {
      await page.goto(pageType.path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    });

    test('logs no console error and breaks no CSP rule', async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      const response = await page.goto(pageType.path);
      expect(response?.status()).toBe(pageType.status ?? 200);
      await page.waitForLoadState('networkidle');
      // A 404 page's own status is logged by Chromium as a failed resource; that one is expected.
      const unexpected = errors.filter((e) => !(pageType.status === 404 && /404/.test(e)));
      expect(unexpected).toEqual([]);
    });

    test('renders its content without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(pageType.path);
      await expect(page.getByRole('main')).toContainText(pageType.expect);
      await context.close();
    });
  });
}
