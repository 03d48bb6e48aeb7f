import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/browser.ts';

// Not 4321, where `npm start` and `npm run dev` serve: a site left running there must not stop the tests.
const port = Number(process.env.E2E_PORT ?? 4331);

export default defineConfig({
  testDir: './tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable() },
    // The service worker precaches the shell and search index on every fresh context, which
    // costs each of hundreds of tests time on a 2-core machine. Tests of what it does
    // (offline.spec.ts, including console and CSP checks on every page type) allow it.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // `astro preview` detaches when it thinks a coding agent runs it; keep it in the foreground.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    env: { ASTRO_PREVIEW_BACKGROUND: '0' },
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
