/**
 * One concept's learning file: the texts of its drill cards and its pitch, for drill and pitch
 * practice. A route per file in `astro dev` only: a build writes them all in one pass
 * (src/lib/data-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFiles } from '../../../../lib/data-files.ts';
import { localeParam, locales } from '../../../../lib/locale.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const files = await dataFiles('learn');
  return locales.flatMap((lang) => {
    const prefix = localeParam(lang);
    const folder = `${prefix ? `${prefix}/` : ''}learn/data/`;
    return files
      .filter(({ path }) => path.startsWith(folder) && !path.slice(folder.length).includes('/'))
      .map(({ path, text }) => ({ params: { locale: prefix, concept: path.slice(folder.length, -'.json'.length) }, props: { text } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'application/json' } });
