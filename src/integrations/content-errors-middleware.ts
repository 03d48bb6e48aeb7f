/**
 * Dev-only middleware (added by ./content-check.ts in `astro dev`): when a page fails to render
 * while the content checker has errors, the page shows the checker's errors (file, line, rule,
 * what to do) instead of Astro's stack trace into the code that tripped over the content (an
 * unknown product in src/lib/pricing.ts, say). With a clean check the error is Astro's as before:
 * then it is a fault in the code.
 */
import { defineMiddleware } from 'astro:middleware';
import { lastCheck } from './dev-last-check.ts';
import { contentErrorsPage } from './content-errors-page.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  try {
    const response = await next();
    if (!response.body || !response.headers.get('content-type')?.includes('text/html')) return response;
    // A component's error comes while the page streams: read it here, where it can be caught.
    const bytes = await response.arrayBuffer();
    return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch (error) {
    const result = lastCheck();
    if (!result || result.errors === 0) throw error;
    return contentErrorsPage(result, context.url.pathname, `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}@vite/client`);
  }
});
