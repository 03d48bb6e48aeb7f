/**
 * Build-only middleware (added through addPageCapture in ./page-capture.ts): hands the HTML of
 * every rendered page to the collectors of this build — the Pagefind index and the `_headers`
 * file — so neither reads the site back from disk. A batch of pages (src/lib/page-batch.ts) is
 * split here: its pages are written as files and handed to the collectors one by one, and Astro
 * writes an empty file for the batch route, which the page-batches integration removes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { defineMiddleware } from 'astro:middleware';
import { pageBatchHeader, splitPageBatch, type BatchPage } from '../lib/page-batch.ts';
import { batchPageFile, pageBatchOutput, pageCollectors, StartOrder } from './page-capture.ts';

/** Pages reach the collectors in the order Astro started them, though several render at once. */
const order = new StartOrder();
const decoder = new TextDecoder();

export const onRequest = defineMiddleware(async (context, next) => {
  const place = order.take();
  let deliver: (() => void) | undefined;
  try {
    const response = await next();
    const collectors = pageCollectors();
    const batch = response.headers.has(pageBatchHeader);
    if (!batch && (collectors.size === 0 || !response.headers.get('content-type')?.includes('text/html'))) return response;
    // The bytes go on as they are: a Response of the decoded text would be encoded again.
    const bytes = await response.arrayBuffer();
    const html = decoder.decode(bytes);
    const pages: BatchPage[] = batch ? await writeBatch(context.url.pathname, html) : [{ path: context.url.pathname, html }];
    deliver = () => {
      for (const page of pages) for (const collector of collectors) collector.add(page.path, page.html);
    };
    if (batch) return new Response('', { headers: { 'content-type': 'text/plain' } });
    return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  } finally {
    // A page that failed still gives up its place, so the pages after it are not held back.
    order.finish(place, deliver);
  }
});

/** Writes the pages of a batch into the site; the pages, for the collectors. */
async function writeBatch(batchPath: string, html: string): Promise<BatchPage[]> {
  const output = pageBatchOutput();
  if (output.siteDir === undefined) throw new Error('A page batch was rendered, but the page-batches integration is not in astro.config.mjs.');
  const siteDir = output.siteDir;
  const pages = splitPageBatch(html);
  const files = pages.map((page) => batchPageFile(page.path, output.base));
  await Promise.all(
    pages.map(async (page, i) => {
      const file = join(siteDir, files[i] as string);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, page.html);
    }),
  );
  output.pages.push(...files);
  output.batches.push(batchPageFile(batchPath, output.base));
  return pages;
}
