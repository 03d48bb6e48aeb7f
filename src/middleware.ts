/**
 * Puts the page's interface language and its bound strings on `Astro.locals` (see
 * src/lib/locale.ts). Runs for every page while the static site is built, and in `astro dev`.
 */
import { defineMiddleware } from 'astro:middleware';
import { translator } from './lib/i18n.ts';
import { localeFromPath } from './lib/locale.ts';

export const onRequest = defineMiddleware((context, next) => {
  Object.assign(context.locals, translator(localeFromPath(context.url.pathname)));
  return next();
});
