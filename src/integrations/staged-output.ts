import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

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
        publish(stagingDir, finalDir);
        logger.info(`Site written to ${finalDir}`);
      },
    },
  };
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
  if (hadSite) rmSync(previous, { recursive: true, force: true });
}
