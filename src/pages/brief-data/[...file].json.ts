import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFiles } from '../../lib/data-files.ts';

/**
 * The visit brief's data files (src/lib/brief-data.ts), per language: one shard per industry,
 * one file per concept and per competitor, and the customer hand-out's customer-safe files in
 * their own folder; the brief page fetches only the few it needs. A route per file in `astro
 * dev` only: a build writes them all in one pass (src/lib/data-files.ts). The `.json` in the
 * route's name tells the dev server these are files: with `trailingSlash: 'always'` it answered
 * `/brief-data/en/concept/x.json` with a 404 when the extension was part of the parameter.
 */
export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? (await dataFiles('brief')).map(({ path, text }) => ({ params: { file: path.replace(/^brief-data\//, '').replace(/\.json$/, '') }, props: { text } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
