/**
 * Until pages route per language (/nl/…), translations in content/<collection>/nl/ are checked
 * but not published: no page of their own, and no Dutch entry in the English lists or search.
 */
import { expect, test } from '@playwright/test';
import { crawl } from './checks.ts';

test.describe('translations before the Dutch routes exist', () => {
  test('have no page of their own', async ({ request }) => {
    for (const path of [
      '/concepts/nl/scrap-to-savings/',
      '/concepts/nl/fill-to-the-line/',
      '/personas/nl/plant-manager/',
      '/industries/nl/automotive-suppliers/',
      '/objections/nl/scrap-to-savings/software-too-expensive/',
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test('leave the English pages English, listed once', async ({ page, request }) => {
    await page.goto('/concepts/');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Scrap to savings' })).toHaveCount(1);
    await expect(main).not.toContainText('Van afkeur naar besparing');
    const pages = await crawl(request);
    const dutch = [...pages].filter(([, { html }]) => /Van afkeur naar besparing|Vullen tot aan de streep|Kwaliteitsmanager/.test(html));
    expect(dutch.map(([path]) => path)).toEqual([]);
    const links = [...pages].filter(([, { html }]) => /href="[^"]*\/(?:concepts|personas|industries|objections)\/nl\//.test(html));
    expect(links.map(([path]) => path)).toEqual([]);
  });
});
