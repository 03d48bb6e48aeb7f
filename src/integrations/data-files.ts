/**
 * Writes the build's data files in `astro:build:done`: the pages' scripts fetch them (the visit
 * brief's files, each concept's learn file), and the build made them in one response per kind
 * (src/pages/data-files/, src/lib/data-files.ts) instead of a route per file. Each bundle is
 * split into its files and removed, before the service worker, `_headers` and the publish see
 * the site. A bundle that names a path outside the site stops the build.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dataBundleFolder, isDataFilePath } from '../lib/data-bundle.ts';

/** Files written at once: enough to keep the disk busy, few enough to stay light on memory. */
const parallel = 32;

/** Splits every bundle in `siteDir` into its files and removes the bundles; the number of files written. */
export async function writeDataBundles(siteDir: string): Promise<number> {
  const folder = join(siteDir, dataBundleFolder);
  const bundles = await readdir(folder).catch(() => [] as string[]);
  let written = 0;
  for (const bundle of bundles.filter((name) => name.endsWith('.json')).sort()) {
    const entries: unknown = JSON.parse(await readFile(join(folder, bundle), 'utf8'));
    if (!Array.isArray(entries)) throw new Error(`${dataBundleFolder}/${bundle} is not a list of [path, text] pairs.`);
    const files = entries.map((entry, i) => {
      const [path, text] = Array.isArray(entry) ? (entry as unknown[]) : [];
      if (typeof path !== 'string' || typeof text !== 'string' || !isDataFilePath(path)) {
        throw new Error(`${dataBundleFolder}/${bundle}, entry ${i + 1}: ${JSON.stringify(path)} is not a data file path inside the site.`);
      }
      return { path, text };
    });
    const folders = new Set(files.map(({ path }) => dirname(join(siteDir, path))));
    await Promise.all([...folders].map((dir) => mkdir(dir, { recursive: true })));
    for (let i = 0; i < files.length; i += parallel) {
      await Promise.all(files.slice(i, i + parallel).map(({ path, text }) => writeFile(join(siteDir, path), text)));
    }
    written += files.length;
  }
  await rm(folder, { recursive: true, force: true });
  return written;
}

export default function dataFiles(): AstroIntegration {
  return {
    name: 'playbook:data-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const written = await writeDataBundles(fileURLToPath(dir));
        logger.info(`${written} data files written (visit brief and learn files).`);
      },
    },
  };
}
