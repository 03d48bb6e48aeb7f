/**
 * Build-only middleware (added by src/integrations/pagefind.ts): hands the HTML of every
 * rendered page to the Pagefind index of this build while the page is rendered, so the index
 * never reads the site back from disk. The middleware is bundled into Astro's prerender code;
 * the integration and it meet through one global key.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageCollectorKey, type PageCollector } from './pagefind-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const collector = (globalThis as Record<symbol, PageCollector | undefined>)[pageCollectorKey];
  if (!collector || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  collector.add(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
