/**
 * One concept's learning file: the texts of its drill cards and its pitch, for drill and pitch
 * practice. A route per file in `astro dev` only: a build writes them all in one pass
 * (src/lib/data-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFiles } from '../../../../lib/data-files.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  // `learn/data/x.json`, `nl/learn/data/x.json`: the locale parameter and the concept.
  return (await dataFiles('learn')).map(({ path, text }) => {
    const [, locale, concept] = /^(?:([a-z-]+)\/)?learn\/data\/([^/]+)\.json$/.exec(path) ?? [];
    return { params: { locale, concept }, props: { text } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'application/json' } });
