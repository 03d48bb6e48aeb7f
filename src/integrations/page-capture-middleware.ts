/**
 * Build-only middleware (added through addPageCapture in ./page-capture.ts): hands the HTML of
 * every rendered page to the collectors of this build — the Pagefind index and the `_headers`
 * file — so neither reads the site back from disk.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageCollectors } from './page-capture.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const collectors = pageCollectors();
  if (collectors.size === 0 || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  for (const collector of collectors) collector.add(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
