import { chromium } from '@playwright/test';
const [url, out, width, y, h] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(h) } });
await page.goto(url);
await page.evaluate((y) => window.scrollTo(0, y), Number(y));
await page.screenshot({ path: out });
await browser.close();
