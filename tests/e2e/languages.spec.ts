/**
 * English at /, Dutch at /nl/: the interface follows the route, translations are published
 * under the original's id, and a page without a translation shows the original with a notice.
 */
import { expect, test, type Page } from '@playwright/test';
import { crawl } from './checks.ts';
import { pageTypes } from './page-types.ts';
import { uiStrings } from '../../src/lib/i18n.ts';
import { dutchInterface, languageSlips, untranslatedEnglish } from './content-language.ts';

/** Visible text of the page outside parts marked as another language (content shown untranslated). */
async function dutchInterfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const skip = '[lang]:not([lang="nl"]), script, style, template, [hidden], .sr-only';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest(skip)) parts.push(node.textContent ?? '');
    }
    return parts.join('\n').replace(/[ \t]+/g, ' ');
  });
}

/** English UI strings that differ in Dutch, as fragments between placeholders, long enough to be telling. */
function englishOnlyFragments(): { key: string; fragment: string }[] {
  const { en, nl } = uiStrings;
  return Object.entries(en).flatMap(([key, english]) => {
    if (english === nl[key as keyof typeof nl]) return [];
    return english
      .split(/\{[a-z]+\}/i)
      .map((part) => part.trim().replace(/^[\s.,:;·/–—()“”]+|[\s.,:;·/–—()“”]+$/g, ''))
      .filter((part) => part.length >= 8 && /\s/.test(part))
      .map((fragment) => ({ key, fragment }));
  });
}

test.describe('the Dutch interface', () => {
  test('has no English interface string left on any Dutch page type', async ({ page }) => {
    test.slow(); // one visit per Dutch page type
    const fragments = englishOnlyFragments();
    expect(fragments.length).toBeGreaterThan(100);
    const left: string[] = [];
    for (const pageType of pageTypes.filter((p) => p.path.startsWith('/nl/'))) {
      await page.goto(pageType.path);
      const text = await dutchInterfaceText(page);
      for (const { key, fragment } of fragments) if (text.includes(fragment)) left.push(`${pageType.path}: ${key} “${fragment}”`);
    }
    expect(left).toEqual([]);
  });

  test('marks English content lang="en" element by element, and never the Dutch interface around it, on every Dutch page type', async ({ page }) => {
    test.slow(); // one visit per Dutch page type
    const dictionary = dutchInterface();
    const english = untranslatedEnglish();
    expect(dictionary.length).toBeGreaterThan(500);
    expect(english).toContain('Audit-ready gauge control');
    // Besides the page types: pages that show more untranslated content (a concept with offers, a
    // calculator and a pilot; a retired one; a card; briefs on them; an English lesson quoting a
    // translated concept).
    const more = [
      '/nl/concepts/audit-ready-gauges/',
      '/nl/concepts/gauge-at-every-station/',
      '/nl/objections/every-part-inline/inline-too-expensive/',
      '/nl/learn/lessons/pilots-and-marketing/',
      '/nl/prepare/?industry=medical-devices&persona=quality-manager&customer=X',
      '/nl/prepare/?industry=food-and-beverage&persona=quality-manager&competitor=qualis-spc-cloud&customer=X',
    ];
    const paths = [...pageTypes.map((p) => p.path).filter((path) => path.startsWith('/nl/')), ...more];
    const slips: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      // The brief and the hand-out are put together by their scripts: check what they show.
      if (path.includes('/prepare/?')) await expect(page.locator('[data-brief-title]')).toBeVisible();
      if (path.includes('/prepare/handout/')) await expect(page.locator('[data-handout-terms]')).not.toBeEmpty();
      slips.push(...(await languageSlips(page, dictionary, english)).map((slip) => `${path}: ${slip}`));
    }
    expect(slips).toEqual([]);
  });

  test('the switch goes to the same section in the other language, and back', async ({ page }) => {
    await page.goto('/concepts/scrap-to-savings/#objections');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link').click();
    await expect(page).toHaveURL(/\/nl\/concepts\/scrap-to-savings\/#objections$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Van afkeur naar besparing');
    await page.getByRole('navigation', { name: 'Taal' }).getByRole('link').click();
    await expect(page).toHaveURL(/\/concepts\/scrap-to-savings\/#objections$/);
    expect(new URL(page.url()).pathname).toBe('/concepts/scrap-to-savings/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scrap to savings');
  });

  test('a concept without a translation shows the original with a notice, outside the Dutch index', async ({ page, request }) => {
    await page.goto('/nl/concepts/every-part-inline/');
    await expect(page.getByRole('note').filter({ hasText: 'nog geen versie in het Nederlands' })).toBeVisible();
    // The English words carry lang="en" themselves; no container marks the Dutch labels English.
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
    await expect(page.locator('article[lang], section[lang="en"]')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toContainText('Concepten');
    const html = await (await request.get('/nl/concepts/every-part-inline/')).text();
    expect(html).not.toContain('data-pagefind-body');
    // The translated flagship is indexed, and has no notice.
    const flagship = await (await request.get('/nl/concepts/scrap-to-savings/')).text();
    expect(flagship).toContain('data-pagefind-body');
    expect(flagship).not.toContain('data-translation-notice');
  });

  test('Dutch objection cards carry the translated text under the shared ids', async ({ page }) => {
    await page.goto('/nl/objections/scrap-to-savings/software-too-expensive/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('De software is te duur');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });
});

test.describe('the English pages', () => {
  test('stay English, and translations have no page in their locale folder', async ({ request }) => {
    for (const path of ['/concepts/nl/scrap-to-savings/', '/personas/nl/plant-manager/', '/objections/nl/scrap-to-savings/software-too-expensive/']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    const pages = await crawl(request);
    const english = [...pages].filter(([path]) => !path.startsWith('/nl/'));
    expect(english.length).toBeGreaterThan(40);
    const dutch = english.filter(([, { html }]) => /Van afkeur naar besparing|Vullen tot aan de streep|Kwaliteitsmanager/.test(html));
    expect(dutch.map(([path]) => path)).toEqual([]);
    const folders = [...pages].filter(([, { html }]) => /href="\/(?:concepts|personas|industries|objections)\/nl\//.test(html));
    expect(folders.map(([path]) => path)).toEqual([]);
  });
});
