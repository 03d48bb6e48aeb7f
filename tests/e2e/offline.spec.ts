import { expect as baseExpect, test, type Page } from '@playwright/test';

// Pagefind starts its WASM while the worker precaches; on the shared 2-core machine a first
// search can take longer than the default 5 s to show (waiting only, nothing is timed).
const expect = baseExpect.configure({ timeout: 20_000 });
import { watchErrors } from './checks.ts';
import { pageTypes } from './page-types.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

/**
 * Offline after one visit (issue 18), proved by stopping a server this test started: the
 * service worker, not the network, answers afterwards. Runs on its own port (E2E_PORT + 200).
 */
const port = Number(process.env.E2E_PORT ?? 4321) + 200;
const concept = '/concepts/scrap-to-savings/';
const cards = ['/objections/scrap-to-savings/software-too-expensive/', '/objections/scrap-to-savings/vantor-gauge-is-cheaper/'];

// Each test installs the worker (precaching the shell and index) before it starts; on a loaded
// 2-core machine that alone can take most of the default 30 s.
test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ serviceWorkers: 'allow' });

let server: StaticServer;
test.beforeEach(async () => {
  server = await startStaticServer('dist', port);
});
test.afterEach(async () => {
  await server.stop();
});

/** Opens a page and waits until the service worker controls it (installed, precached, claimed). */
async function controlled(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The message "save for offline" sends (src/components/offline/service-worker-client.ts). */
async function save(page: Page, urls: string[]): Promise<{ saved: string[]; failed: string[] }> {
  return page.evaluate(async (list) => {
    const channel = new MessageChannel();
    const answer = new Promise<{ saved: string[]; failed: string[] }>((resolve) => {
      channel.port1.onmessage = (event) => resolve(event.data);
    });
    navigator.serviceWorker.controller?.postMessage({ type: 'save', urls: list.map((u) => new URL(u, location.href).href) }, [channel.port2]);
    return answer;
  }, urls);
}

async function search(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill(query);
}

test('after one visit and "save for offline", pages, saved cards and a repeated search work with the server stopped', async ({ page }) => {
  const errors = await watchErrors(page);
  await controlled(page, '/');
  await page.goto(`${server.url}${concept}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scrap to savings');
  await search(page, 'payback');
  await expect(page.getByRole('dialog').locator('[data-search-results] a').first()).toBeVisible();
  expect(await save(page, cards)).toEqual({ saved: cards, failed: [] });
  // Online, the note never shows: the page came from the network.
  await expect(page.locator('[data-offline-note]')).toBeHidden();

  await server.stop();

  await page.goto(`${server.url}${concept}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scrap to savings');
  await expect(page.locator('[data-offline-note]')).toBeVisible();
  await expect(page.locator('[data-offline-note]')).toContainText('Offline copy from');
  for (const card of cards) {
    await page.goto(`${server.url}${card}`);
    await expect(page.getByText('Ask back').first()).toBeVisible();
  }

  await search(page, 'payback');
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('[data-search-results] a').first()).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('results for “payback”');

  // Results never shown before: their fragments are not on this device. Offline, not "No results".
  await dialog.getByRole('searchbox').fill('calibration certificate');
  await expect(dialog.getByRole('status')).toContainText('You are offline');
  await expect(dialog.getByRole('status')).not.toContainText('No results');
  await expect(dialog.locator('[data-search-results] a')).toHaveCount(0);

  // A page that was never opened: the offline page answers, listing what is saved.
  await page.goto(`${server.url}/products/processlens/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved for offline');
  const saved = page.locator('[data-offline-pages] a');
  await expect(saved.filter({ hasText: 'Scrap to savings' })).toHaveCount(1);
  await expect(page.locator('[data-offline-status]')).toContainText('pages saved');
  expect(errors.filter((e) => !/ERR_FAILED|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))).toEqual([]);
});

test('a sign-in redirect or a 401 page is never kept as the playbook', async ({ page }) => {
  await controlled(page, '/');
  await page.goto(`${server.url}${concept}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scrap to savings');
  // The host's single sign-on steps in: the concept redirects to a login page, a card answers 401.
  server.answer = (path) => {
    if (path === concept) return { status: 302, headers: { location: '/login/' } };
    if (path === '/login/') return { status: 200, body: '<!doctype html><html><title>Sign in</title><h1>Sign in</h1></html>' };
    if (path === cards[0]) return { status: 401, body: '<!doctype html><html><title>Sign in</title><h1>Sign in</h1></html>' };
    return undefined;
  };
  await page.goto(`${server.url}${concept}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await page.goto(`${server.url}${cards[0]}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  expect((await save(page, [cards[0] ?? ''])).failed).toHaveLength(1);

  await server.stop();

  await page.goto(`${server.url}${concept}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scrap to savings');
  await page.goto(`${server.url}${cards[0]}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved for offline');
});

test('"remove offline copy" empties the device: nothing is listed or served offline afterwards', async ({ page }) => {
  await controlled(page, '/');
  await page.goto(`${server.url}${concept}`);
  await page.goto(`${server.url}/offline/`);
  await expect(page.locator('[data-offline-pages] a').filter({ hasText: 'Scrap to savings' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Remove offline copy' }).click();
  await expect(page.locator('[data-offline-status]')).toHaveText('The offline copy is removed from this device.');
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test('the Dutch pages fall back to the Dutch offline page', async ({ page }) => {
  await controlled(page, '/');
  await server.stop();
  await page.goto(`${server.url}/nl/products/processlens/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offline bewaard');
});

test('with the service worker in control, no page type logs a console error or breaks a CSP rule', async ({ page }) => {
  test.setTimeout(600_000);
  const errors = await watchErrors(page);
  await controlled(page, '/');
  for (const pageType of pageTypes) {
    await page.goto(`${server.url}${pageType.path}`);
    await expect(page.getByRole('main'), pageType.path).toContainText(pageType.expect);
  }
  // On /search/ the "/" key focuses the page's own field, so the dialog is opened on a concept.
  await page.goto(`${server.url}${concept}`);
  await search(page, 'payback');
  await expect(page.getByRole('dialog').locator('[data-search-results] a').first()).toBeVisible();
  // The 404 page's own status is logged by Chromium as a failed resource; that one is expected.
  expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
});
