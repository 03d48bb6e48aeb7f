/**
 * Pages rendered in batches (src/lib/page-batch.ts, src/pages/[...locale]/page-batches/): the
 * capturing middleware (./page-capture-middleware.ts) writes each batch's pages into the site
 * as it renders; this integration tells it where the site goes and, once the build is done,
 * removes the empty files Astro wrote for the batch routes, before the search index, the
 * service worker and `_headers` look at the site.
 */
import { rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addPageCapture, pageBatchOutput } from './page-capture.ts';

export default function pageBatches(): AstroIntegration {
  return {
    name: 'playbook:page-batches',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addPageCapture(addMiddleware);
      },
      'astro:config:done': ({ config }) => {
        const output = pageBatchOutput();
        output.siteDir = fileURLToPath(config.outDir);
        output.base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const output = pageBatchOutput();
        const siteDir = fileURLToPath(dir);
        for (const file of output.batches) {
          await rm(join(siteDir, file), { force: true });
          // The batch's folder, and the folder of all batches once it is empty.
          for (let folder = dirname(file); folder !== '.'; folder = dirname(folder)) {
            if (!(await rmdir(join(siteDir, folder)).then(() => true, () => false))) break;
          }
        }
        if (output.batches.length > 0) logger.info(`${output.pages.length} objection cards written from ${output.batches.length} batches.`);
      },
    },
  };
}
