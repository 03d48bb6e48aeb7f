import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadContent } from '../../src/checker/load-content.ts';
import { readContentFiles } from '../../src/checker/read-content.ts';
import { playbookConfig } from '../../src/lib/playbook-config.ts';
import { isPublishedStatus } from '../../src/lib/published.ts';
import { isTranslation } from '../../src/lib/translations.ts';

/** The originals: the entries outside locale folders, which have pages. */
const withoutTranslations = <T extends { id: string }>(entries: readonly T[], locales: readonly string[]) => entries.filter((entry) => !isTranslation(entry, locales));
import { axeViolations, crawl, internalLinks, watchErrors } from './checks.ts';
import { pageTypes } from './page-types.ts';
import { siteDir } from './built-site.ts';
import { t, uiLanguages } from '../../src/lib/i18n.ts';

/** The interface language of a site path: `/nl/…` is Dutch, the rest English. */
const pageLang = (path: string) => uiLanguages.find((lang) => path.startsWith(`/${lang}/`)) ?? 'en';

// axe over the largest pages (the authoring guide: about 4 s a run on an idle machine) runs
// twice in one test; on a loaded 2-core machine that can pass the default 30 s. Nothing is timed.
test.describe.configure({ timeout: 90_000 });

// Three page loads per page type: each test checks everything one viewport can show, so the
// suite stays short on a 2-core CI machine while every check still names what failed.
for (const pageType of pageTypes) {
  const expectedErrors = (errors: string[]) => errors.filter((e) => !(pageType.status === 404 && /404/.test(e)));

  test.describe(`${pageType.name} (${pageType.path})`, () => {
    test('desktop, light and dark: no axe violations (WCAG 2 A/AA), no console error, no CSP violation', async ({ page }) => {
      const errors = await watchErrors(page);
      const response = await page.goto(pageType.path);
      expect(response?.status()).toBe(pageType.status ?? 200);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page), 'axe, light mode').toEqual([]);
      // Dark mode is CSS only (prefers-color-scheme): the same page, restyled, is checked again
      // with the rules a change of colours can break.
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await axeViolations(page, { only: 'colour' }), 'axe colour rules, dark mode').toEqual([]);
      // A 404 page's own status is logged by Chromium as a failed resource; that one is expected.
      expect(expectedErrors(errors), 'console errors and CSP violations').toEqual([]);
    });

    test('on a 390 px phone: no axe violations, no console error, no CSP violation, no horizontal scroll (at 320 px either), 44 px navigation targets', async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const errors = await watchErrors(page);
      await page.goto(pageType.path);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page), 'axe at 390 px').toEqual([]);
      // Against the screen's width, not innerWidth: a phone browser (isMobile) widens its layout
      // viewport, and innerWidth with it, to a page that is too wide.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth) - 390;
      expect(overflow, 'pixels wider than the screen').toBeLessThanOrEqual(0);
      const nav = page.getByRole('navigation', { name: t('nav.main', pageLang(pageType.path)), exact: true });
      const targets = await nav.locator('a:visible, summary:visible').all();
      expect(targets.length, 'visible targets in the main navigation').toBeGreaterThan(0);
      const rows = new Set<number>();
      for (const target of targets) {
        const box = await target.boundingBox();
        expect(box?.height ?? 0, `height of ${await target.textContent()}`).toBeGreaterThanOrEqual(44);
        rows.add(Math.round(box?.y ?? 0));
      }
      // It wraps only on smaller screens: at 390 px it keeps to one row, in Dutch too.
      expect(rows.size, 'rows of the main navigation at 390 px').toBe(1);
      // Reflow (WCAG 1.4.10): at 320 px, a small phone or 400 % zoom of 1280 px, nothing scrolls
      // sideways and every link of the main navigation, "More" too, is on screen.
      await page.setViewportSize({ width: 320, height: 844 });
      const narrowOverflow = await page.evaluate(() => document.documentElement.scrollWidth) - 320;
      expect(narrowOverflow, 'pixels wider than a 320 px screen').toBeLessThanOrEqual(0);
      for (const target of await nav.locator('a:visible, summary:visible').all()) {
        const box = await target.boundingBox();
        expect((box?.x ?? 0) + (box?.width ?? 0), `right edge of ${await target.textContent()} at 320 px`).toBeLessThanOrEqual(320);
      }
      expect(expectedErrors(errors), 'console errors and CSP violations').toEqual([]);
      await context.close();
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

test.describe('the whole site', () => {
  test('every internal link resolves, to the page and to its #anchor', async ({ request }) => {
    const pages = await crawl(request, ['/', ...pageTypes.filter((p) => !p.status).map((p) => p.path.split('?')[0] ?? '/')]);
    expect(pages.size).toBeGreaterThan(40);
    const broken: string[] = [];
    for (const [from, { html }] of pages) {
      for (const href of internalLinks(html, from)) {
        const [path = '', anchor] = href.split('#');
        const target = pages.get(path.split('?')[0] ?? '');
        if (!target || target.status !== 200) broken.push(`${from} → ${href} (${target?.status ?? 'not fetched'})`);
        else if (anchor && target.html && !target.html.includes(`id="${decodeURIComponent(anchor)}"`)) {
          broken.push(`${from} → ${href} (no element with that id)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('every published entry of the sample has its page', async ({ request }) => {
    const { content: all } = loadContent(readContentFiles('content'));
    // Every page exists in every language, under the original's id (languages.spec.ts).
    const originals = <T extends { id: string }>(entries: T[]) => withoutTranslations(entries, playbookConfig.locales);
    const content = {
      products: originals(all.products),
      personas: originals(all.personas),
      industries: originals(all.industries),
      competitors: originals(all.competitors),
      concepts: originals(all.concepts),
    };
    const paths = [
      '/objections/',
      ...content.products.map((e) => `/products/${e.id}/`),
      ...content.personas.map((e) => `/personas/${e.id}/`),
      ...content.industries.map((e) => `/industries/${e.id}/`),
      ...content.competitors.map((e) => `/competitors/${e.id}/`),
      ...content.concepts
        .filter((e) => isPublishedStatus(e.data.status, false))
        .flatMap((e) => [
          `/concepts/${e.id}/`,
          ...e.data.objections.map((o) => `/objections/${e.id}/${o.id}/`),
        ]),
    ];
    expect(paths.length).toBeGreaterThan(40);
    const missing: string[] = [];
    const prefixes = playbookConfig.locales.map((lang, i) => (i === 0 ? '' : `/${lang}`));
    for (const path of prefixes.flatMap((prefix) => paths.map((p) => `${prefix}${p}`))) {
      const status = (await request.get(path)).status();
      if (status !== 200) missing.push(`${path} (${status})`);
    }
    expect(missing).toEqual([]);
  });

  test('every objection card is a whole page of its own, though the build renders them in batches', async ({ request }) => {
    const { content: all } = loadContent(readContentFiles('content'));
    const concepts = withoutTranslations(all.concepts, playbookConfig.locales).filter((e) => isPublishedStatus(e.data.status, false));
    const prefixes = playbookConfig.locales.map((lang, i) => (i === 0 ? '' : `/${lang}`));
    const cards = prefixes.flatMap((prefix) => concepts.flatMap((c) => c.data.objections.map((o) => `${prefix}/objections/${c.id}/${o.id}/`)));
    expect(cards.length).toBeGreaterThan(30);
    // What Astro writes once per response (the doctype, the stylesheet, the CSP, every script)
    // is on every card, in the same place.
    const frame = (html: string) => [
      html.startsWith('<!DOCTYPE html>'),
      /<meta http-equiv="content-security-policy"/.test(html),
      /<link rel="stylesheet" href="[^"]+">/.test(html),
      [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).join(''),
    ];
    const first = frame(await (await request.get(cards[0]!)).text());
    expect(first.slice(0, 3)).toEqual([true, true, true]);
    const differing: string[] = [];
    for (const card of cards) {
      const response = await request.get(card);
      if (!response.ok() || JSON.stringify(frame(await response.text())) !== JSON.stringify(first)) differing.push(`${card} (${response.status()})`);
    }
    expect(differing).toEqual([]);
    // The batch routes' own files are gone from the site.
    for (const batch of prefixes.map((prefix) => `${prefix}/page-batches/objections-1/`)) expect((await request.get(batch)).status(), batch).toBe(404);
  });

  test('every concept page is a whole page with the scripts of what it shows, though the build renders them in batches', async ({ request }) => {
    const { content: all } = loadContent(readContentFiles('content'));
    const concepts = withoutTranslations(all.concepts, playbookConfig.locales).filter((e) => isPublishedStatus(e.data.status, false));
    const prefixes = playbookConfig.locales.map((lang, i) => (i === 0 ? '' : `/${lang}`));
    const pages = prefixes.flatMap((prefix) => concepts.map((c) => ({ path: `${prefix}/concepts/${c.id}/`, personaFilter: c.data.arguments.length > 0, calculator: c.data.valueModel !== undefined })));
    expect(pages.filter((page) => page.calculator).length).toBeGreaterThan(1);
    expect(pages.filter((page) => !page.calculator).length).toBeGreaterThan(1);
    const wrong: string[] = [];
    for (const page of pages) {
      const response = await request.get(page.path);
      const html = await response.text();
      const sources = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] ?? '');
      const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
      const has = {
        doctype: html.startsWith('<!DOCTYPE html>'),
        csp: /<meta http-equiv="content-security-policy"/.test(html),
        stylesheet: /<link rel="stylesheet" href="[^"]+">/.test(html),
        // What Astro writes once per response: the section bar's style and script, the
        // persona filter's and the calculator's script, each where its element is.
        sectionBarStyle: /<style>(?:(?!<\/style>)[\s\S])*\[data-section-bar\]/.test(html),
        sectionBarScript: inline.some((code) => code.includes('details[data-section-bar]')),
        personaFilterScript: sources.some((src) => src.includes('PersonaFilter')),
        calculatorScript: sources.some((src) => src.includes('ValueCalculator')),
        calculator: html.includes('data-value-calculator'),
      };
      const expected = { doctype: true, csp: true, stylesheet: true, sectionBarStyle: true, sectionBarScript: true, personaFilterScript: page.personaFilter, calculatorScript: page.calculator, calculator: page.calculator };
      if (!response.ok() || JSON.stringify(has) !== JSON.stringify(expected)) wrong.push(`${page.path} (${response.status()}): ${JSON.stringify(has)}`);
    }
    expect(wrong).toEqual([]);
    // The batch routes' own files are gone from the site.
    for (const prefix of prefixes) expect(existsSync(join(siteDir, prefix, 'page-batches')), `${prefix}/page-batches/`).toBe(false);
  });

  test('every data file the pages fetch is written, and the build bundles them in no file of its own', async ({ request }) => {
    const { content: all } = loadContent(readContentFiles('content'));
    const concepts = withoutTranslations(all.concepts, playbookConfig.locales).filter((e) => isPublishedStatus(e.data.status, false));
    const files: string[] = [];
    for (const [i, lang] of playbookConfig.locales.entries()) {
      const prefix = i === 0 ? '' : `/${lang}`;
      for (const concept of concepts) {
        if (concept.data.status !== 'retired') files.push(`${prefix}/learn/data/${concept.id}.json`);
        if (concept.data.status === 'live' || concept.data.status === 'pilot') {
          files.push(`/brief-data/${lang}/concept/${concept.id}.json`, `/brief-data/handout/${lang}/${concept.id}.json`);
        }
      }
    }
    expect(files.length).toBeGreaterThan(20);
    const broken: string[] = [];
    for (const path of files) {
      const response = await request.get(path);
      const parsed = response.ok() ? await response.json().catch(() => undefined) : undefined;
      if (!parsed || typeof parsed !== 'object') broken.push(`${path} (${response.status()})`);
    }
    expect(broken).toEqual([]);
    // The one response per kind that the build splits into these files is gone from the site.
    for (const bundle of ['/data-files/brief.json', '/data-files/learn.json']) expect((await request.get(bundle)).status(), bundle).toBe(404);
  });
});
