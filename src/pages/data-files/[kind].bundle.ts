/**
 * A build's data files in one response per kind (src/lib/data-files.ts), as a bundle of files
 * (`bundleText`) that the data-files integration (src/integrations/data-files.ts) writes as files
 * and then removes. Nothing here in `astro dev`, where each file is its own route.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bundleText } from '../../lib/data-bundle.ts';
import { dataFileKinds, dataFiles, type DataFileKind } from '../../lib/data-files.ts';

export const getStaticPaths = (() => (import.meta.env.DEV ? [] : dataFileKinds.map((kind) => ({ params: { kind } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const files = await dataFiles(params.kind as DataFileKind);
  return new Response(bundleText(files), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
