import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium to test with: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, else Playwright's
 * own build (installed on first use, so `npm test` also works on a laptop).
 */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (found) return found;
  if (!existsSync(chromium.executablePath())) {
    execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  }
  return undefined;
}
