import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { pagefindDevServer } from './pagefind-dev.ts';

/**
 * Builds the Pagefind search index inside `astro build` (no manual step) and, in `astro dev`,
 * serves the index of the last build.
 *
 * What gets indexed is decided by the page markup: only pages that carry `data-pagefind-body`
 * (content pages of published entries) are indexed — Pagefind drops every page without it once
 * any page has it. The 404 page, lists, the home and the search page carry none; drafts in
 * preview builds carry none either.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'playbook:pagefind',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        const bundleDir = join(fileURLToPath(config.outDir), 'pagefind');
        updateConfig({ vite: { plugins: [pagefindDevServer({ bundleDir, base: config.base })] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildIndex(fileURLToPath(dir), logger);
      },
    },
  };
}

async function buildIndex(siteDir: string, logger: AstroIntegrationLogger): Promise<void> {
  guardNotFoundPage(siteDir);
  // Imported here so `astro dev` never starts the Pagefind binary.
  const pagefindApi = await import('pagefind');
  try {
    const created = await pagefindApi.createIndex({});
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    const added = await created.index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await created.index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
    logger.info(`Search index: ${added.page_count} pages indexed.`);
  } finally {
    await pagefindApi.close();
  }
}

/** The 404 page must never be a search result; it is indexed only if it carries the body marker. */
function guardNotFoundPage(siteDir: string): void {
  const notFound = join(siteDir, '404.html');
  if (existsSync(notFound) && readFileSync(notFound, 'utf8').includes('data-pagefind-body')) {
    throw new Error('404.html carries data-pagefind-body; the 404 page must not be indexed.');
  }
}
