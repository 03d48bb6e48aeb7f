import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

/** The browser-wide checks, shared by the page-type walk and specs that check a page state. */

/**
 * WCAG 2 A/AA violations on the page as it is now, one readable line each. `only: 'colour'`
 * runs just the rules a change of colours can break (contrast, links told apart from text),
 * for a page restyled by `prefers-color-scheme` after a full run.
 *
 * Legacy mode runs axe in the page itself instead of opening a second page to merge frame
 * results: our pages hold no iframes, and it takes about 40 % less time per run (1.9 s instead
 * of 3.2 s for the concept page), which counts over hundreds of runs in CI.
 */
export async function axeViolations(page: Page, options: { only?: 'colour' } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const results = await (options.only === 'colour'
    ? builder.withRules(['color-contrast', 'link-in-text-block'])
    : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  ).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Collects console errors, page errors and CSP violations from the start of the page.
 * Call before `page.goto`; read the returned array at the end of the test.
 */
export async function watchErrors(page: Page): Promise<string[]> {
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
  return errors;
}

export interface CrawledPage {
  status: number;
  /** The HTML of the page; empty for files and failed requests. */
  html: string;
}

/**
 * Internal links of the HTML page at `from`, as site paths with their #fragment; a link to a
 * fragment of the page itself ("#offers") comes back as `${from}#offers`.
 */
export function internalLinks(html: string, from: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\shref="([/#][^"]*)"/g)]
    .map(([, href]) => (href ?? '').replaceAll('&amp;', '&'))
    .map((href) => (href.startsWith('#') ? `${from}${href}` : href))
    .filter((href) => !href.startsWith('/_astro/'));
}

/** Every page and file reachable by links from the start paths, with its status. */
export async function crawl(
  request: import('@playwright/test').APIRequestContext,
  start: readonly string[] = ['/'],
): Promise<Map<string, CrawledPage>> {
  const pages = new Map<string, CrawledPage>();
  const queue = [...start];
  while (queue.length > 0) {
    const path = (queue.shift() ?? '').replace(/#.*$/, '');
    if (pages.has(path)) continue;
    const response = await request.get(path);
    const isHtml = (response.headers()['content-type'] ?? '').includes('text/html');
    const html = response.ok() && isHtml ? await response.text() : '';
    pages.set(path, { status: response.status(), html });
    for (const href of internalLinks(html, path)) {
      const target = href.replace(/#.*$/, '');
      // Search result lists are built in the browser; query variants of a page are the same file.
      if (!target.includes('?') && !pages.has(target)) queue.push(target);
    }
  }
  return pages;
}

/** The accessible names of the elements a locator matches, as the browser's accessibility tree computes them. */
export async function accessibleNames(locator: Locator): Promise<string[]> {
  const names: string[] = [];
  for (const element of await locator.all()) {
    const snapshot = await element.ariaSnapshot();
    // The first line: `- link "name"` (YAML may quote the whole line when the name holds a colon).
    const name = snapshot.split('\n')[0]?.match(/^'?- [a-z]+ "(.*)"/)?.[1];
    names.push((name ?? '').replaceAll('\\"', '"'));
  }
  return names;
}
