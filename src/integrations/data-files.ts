/**
 * Writes the build's data files: the pages' scripts fetch them (the visit brief's files, each
 * concept's learn file), and the build made them in one response per kind (src/pages/data-files/,
 * src/lib/data-files.ts) instead of a route per file. Each bundle is split into its files and
 * removed, before the service worker, `_headers` and the publish see the site. A bundle that
 * names a path outside the site, or is cut short, stops the build, and none of its files is
 * written.
 *
 * The split runs while Pagefind writes its index in its own process (pagefind.ts calls
 * `splitDataBundles`), when this process would only wait: at 1,000 concepts about 1 s of the
 * build. It copies each file's bytes from the bundle through one buffer, without decoding or
 * parsing them, so this process does not grow while Pagefind is at its peak of memory (parsing
 * the bundles as JSON there, even a line at a time, added 50-85 MB).
 * `astro:build:done` here takes that split's result, or splits when nothing has.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleExtension, dataBundleFolder, isDataFilePath } from '../lib/data-bundle.ts';

/** Files written between two turns of the event loop, so the index's messages are read meanwhile. */
const filesPerTurn = 256;
/** The longest path line and length line a bundle may have. */
const headerBytes = 1024;

interface BundledFile {
  path: string;
  /** Where the file's bytes start in the bundle, and how many there are. */
  start: number;
  length: number;
}

/** The files of a bundle (`bundleText` in src/lib/data-bundle.ts), each path checked, read from their headers only. */
function bundledFiles(fd: number, name: string): BundledFile[] {
  const size = fstatSync(fd).size;
  const header = Buffer.allocUnsafe(headerBytes);
  const files: BundledFile[] = [];
  for (let position = 0; position < size; ) {
    const cut = () => new Error(`${dataBundleFolder}/${name} is not a bundle of data files (a line with the path, a line with the length in bytes, the text, a new line): it breaks off at byte ${position}.`);
    const head = header.subarray(0, readSync(fd, header, 0, headerBytes, position));
    const pathEnd = head.indexOf(10);
    const lengthEnd = pathEnd < 0 ? -1 : head.indexOf(10, pathEnd + 1);
    if (lengthEnd < 0) throw cut();
    const path = header.toString('utf8', 0, pathEnd);
    const lengthText = header.toString('latin1', pathEnd + 1, lengthEnd);
    if (!isDataFilePath(path)) {
      throw new Error(`${dataBundleFolder}/${name}, file ${files.length + 1}: ${JSON.stringify(path)} is not a data file path inside the site.`);
    }
    const start = position + lengthEnd + 1;
    const length = /^\d{1,12}$/.test(lengthText) ? Number(lengthText) : -1;
    if (length < 0 || start + length >= size || readSync(fd, header, 0, 1, start + length) !== 1 || header[0] !== 10) throw cut();
    files.push({ path, start, length });
    position = start + length + 1;
  }
  return files;
}

/** Copies `length` bytes at `start` of the bundle into a new file `target`, through `buffer`. */
function copyOut(fd: number, { start, length }: BundledFile, target: string, buffer: Buffer): void {
  const out = openSync(target, 'w');
  try {
    for (let done = 0; done < length; ) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, length - done), start + done);
      if (read === 0) throw new Error(`${target}: the bundle ended early.`);
      for (let written = 0; written < read; ) written += writeSync(out, buffer, written, read - written);
      done += read;
    }
  } finally {
    closeSync(out);
  }
}

/** Splits every bundle in `siteDir` into its files and removes the bundles; the number of files written. */
export async function writeDataBundles(siteDir: string): Promise<number> {
  const folder = join(siteDir, dataBundleFolder);
  const bundles = await readdir(folder).catch(() => [] as string[]);
  const buffer = Buffer.allocUnsafe(1 << 20);
  let written = 0;
  for (const bundle of bundles.filter((name) => name.endsWith(bundleExtension)).sort()) {
    const fd = openSync(join(folder, bundle), 'r');
    try {
      // Every file's header is checked before the first file is written.
      const files = bundledFiles(fd, bundle);
      const folders = new Set<string>();
      for (const file of files) {
        const target = join(siteDir, file.path);
        const dir = dirname(target);
        if (!folders.has(dir)) {
          mkdirSync(dir, { recursive: true });
          folders.add(dir);
        }
        copyOut(fd, file, target, buffer);
        written += 1;
        if (written % filesPerTurn === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      closeSync(fd);
    }
  }
  await rm(folder, { recursive: true, force: true });
  return written;
}

const splits = new Map<string, Promise<number>>();

/** The split of `siteDir`'s bundles: started by the first call, the same promise for every later one. */
export function splitDataBundles(siteDir: string): Promise<number> {
  let split = splits.get(siteDir);
  if (!split) {
    split = writeDataBundles(siteDir);
    splits.set(siteDir, split);
  }
  return split;
}

export default function dataFiles(): AstroIntegration {
  return {
    name: 'playbook:data-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const written = await splitDataBundles(siteDir);
        splits.delete(siteDir);
        logger.info(`${written} data files written (visit brief and learn files).`);
      },
    },
  };
}
