import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markPhase } from './build-timings.ts';

/**
 * A failed build leaves the last good site alone: `astro build` writes into a staging folder
 * inside the project (`.build-staging/<name>/`), and only when every step has succeeded —
 * pages, then the Pagefind index, which is why this integration is listed last — the staging
 * folder replaces the real output folder. `astro preview` and `astro dev` keep the real one.
 *
 * Staging inside the project also makes an output folder outside it work: Astro imports its
 * prerender chunks from the output folder, and bare imports there (`@oslojs/encoding`, …)
 * resolve only where the project's node_modules can be found.
 */
export default function stagedOutput(): AstroIntegration {
  let finalDir = '';
  let stagingDir = '';
  return {
    name: 'playbook:staged-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        finalDir = resolve(fileURLToPath(config.outDir));
        stagingDir = stagingFolder(fileURLToPath(config.root), finalDir);
        rmSync(stagingDir, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${stagingDir}/`) });
      },
      'astro:build:done': ({ logger }) => {
        if (!stagingDir) return;
        const files = readdirSync(stagingDir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(stagingDir, join(entry.parentPath, entry.name)));
        publish(stagingDir, finalDir);
        markPhase('published');
        logger.info(siteSummary(finalDir, files));
      },
    },
  };
}

/**
 * The build's last word on what it published: the pages (HTML files, the ones a reader opens)
 * and the other files. Astro's own "N page(s) built" line, printed after it, counts the routes
 * Astro rendered: CSV tables and feeds count there, the objection cards that the page batches
 * write (./page-batches.ts) do not, and the batches themselves do.
 */
export function siteSummary(finalDir: string, files: readonly string[]): string {
  const pages = files.filter((file) => file.endsWith('.html') && !file.split(sep).includes('pagefind')).length;
  const other = files.length - pages;
  return `Site written to ${finalDir}: ${pages} page${pages === 1 ? '' : 's'} and ${other} other file${other === 1 ? '' : 's'} (CSV tables, feeds, data files, scripts, styles, images, search index). Astro's "page(s) built" below counts the routes it rendered, not these files.`;
}

/** The staging folder of an output folder: one per output folder, so parallel builds never share. */
export function stagingFolder(root: string, finalDir: string): string {
  const hash = createHash('sha256').update(resolve(finalDir)).digest('hex').slice(0, 8);
  return join(root, '.build-staging', `${basename(finalDir) || 'site'}-${hash}`);
}

/**
 * Replaces `finalDir` by `stagingDir`: the old site is moved aside first and removed only
 * after the new one is in place. Across file systems (an output folder on another disk) it
 * copies instead of renaming.
 *
 * Removing the old site (thousands of files in a large playbook; 14 s of a 300-concept
 * rebuild on a busy disk) is left to a detached process, so the build ends as soon as the new
 * site is in place. Old sites a stopped removal left behind are removed by the next publish.
 */
export function publish(stagingDir: string, finalDir: string): void {
  mkdirSync(dirname(finalDir), { recursive: true });
  const previous = `${finalDir}.previous-${process.pid}`;
  const hadSite = existsSync(finalDir);
  if (hadSite) renameSync(finalDir, previous);
  try {
    try {
      renameSync(stagingDir, finalDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      cpSync(stagingDir, finalDir, { recursive: true });
      rmSync(stagingDir, { recursive: true, force: true });
    }
  } catch (error) {
    if (hadSite && !existsSync(finalDir)) renameSync(previous, finalDir);
    throw error;
  }
  removeInBackground(oldSites(finalDir));
}

/** Old sites next to `finalDir` (`dist.previous-<pid>`), from this publish and stopped ones. */
export function oldSites(finalDir: string): string[] {
  const prefix = `${basename(finalDir)}.previous-`;
  return readdirSync(dirname(finalDir))
    .filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
    .map((name) => join(dirname(finalDir), name));
}

function removeInBackground(folders: string[]): void {
  if (folders.length === 0) return;
  const script = 'for (const folder of process.argv.slice(1)) require("node:fs").rmSync(folder, { recursive: true, force: true });';
  spawn(process.execPath, ['-e', script, ...folders], { detached: true, stdio: 'ignore' }).unref();
}
