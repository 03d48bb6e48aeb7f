/**
 * A build's data files in one response per kind (src/lib/data-files.ts), as a bundle of files
 * (`bundleStream`, a file at a time) that the data-files integration (src/integrations/data-files.ts) writes as files
 * and then removes. Nothing here in `astro dev`, where each file is its own route.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bundleStream } from '../../lib/data-bundle.ts';
import { dataFileKinds, dataFileStream, type DataFileKind } from '../../lib/data-files.ts';

export const getStaticPaths = (() => (import.meta.env.DEV ? [] : dataFileKinds.map((kind) => ({ params: { kind } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(bundleStream(dataFileStream(params.kind as DataFileKind)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
