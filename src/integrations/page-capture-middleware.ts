/**
 * Build-only middleware (added through addPageCapture in ./page-capture.ts): hands the HTML of
 * every rendered page to the collectors of this build — the Pagefind index and the `_headers`
 * file — so neither reads the site back from disk.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageCollectors, StartOrder } from './page-capture.ts';

/** Pages reach the collectors in the order Astro started them, though several render at once. */
const order = new StartOrder();
const decoder = new TextDecoder();

export const onRequest = defineMiddleware(async (context, next) => {
  const place = order.take();
  let deliver: (() => void) | undefined;
  try {
    const response = await next();
    const collectors = pageCollectors();
    if (collectors.size === 0 || !response.headers.get('content-type')?.includes('text/html')) return response;
    // The bytes go on as they are: a Response of the decoded text would be encoded again.
    const bytes = await response.arrayBuffer();
    const html = decoder.decode(bytes);
    const pathname = context.url.pathname;
    deliver = () => {
      for (const collector of collectors) collector.add(pathname, html);
    };
    return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  } finally {
    // A page that failed still gives up its place, so the pages after it are not held back.
    order.finish(place, deliver);
  }
});
