/**
 * Astro's loader for CSV collections (metrics): one entry per file, read by the same reader as
 * the checker (`readMetricsCsv`), its id the file name like the glob loader gives. In a build it
 * waits for the checker once it has loaded (src/lib/content-check-gate.ts), so the checker reports
 * every mistake first; lines that still fail the schema make Astro stop, as for any other
 * collection.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { entryIdFromPath } from './collections.ts';
import { readMetricsCsv } from '../lib/metrics-csv.ts';

function filesUnder(folder: string, extensions: readonly string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return filesUnder(path, extensions);
      return extensions.some((ext) => name.endsWith(ext)) ? [path] : [];
    });
}

export function tableLoader(options: { base: string; extensions: readonly string[] }): Loader {
  return {
    name: 'playbook-table-loader',
    async load({ store, parseData, generateDigest, watcher, config }) {
      const root = fileURLToPath(config.root);
      const loadAll = async () => {
        store.clear();
        for (const path of filesUnder(options.base, options.extensions)) {
          const text = readFileSync(path, 'utf8');
          const id = entryIdFromPath(relative(options.base, path).split(sep).join('/'));
          const filePath = relative(root, path).split(sep).join('/');
          const data = await parseData({ id, data: readMetricsCsv(text).data, filePath });
          store.set({ id, data, digest: generateDigest(text), filePath });
        }
      };
      await loadAll();
      watcher?.add(options.base);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(options.base)) void loadAll();
      });
    },
  };
}
