/**
 * A build's data files in one response per kind (src/lib/data-files.ts): `[[path, text], …]`,
 * which the data-files integration (src/integrations/data-files.ts) writes as files and then
 * removes. Nothing here in `astro dev`, where each file is its own route.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFileKinds, dataFiles, type DataFileKind } from '../../lib/data-files.ts';

export const getStaticPaths = (() => (import.meta.env.DEV ? [] : dataFileKinds.map((kind) => ({ params: { kind } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const files = await dataFiles(params.kind as DataFileKind);
  return new Response(JSON.stringify(files.map(({ path, text }) => [path, text])), { headers: { 'Content-Type': 'application/json' } });
};
