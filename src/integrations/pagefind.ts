import { readdir, readFile, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
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
 * preview builds carry none either. The 404 page is never even read.
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
  const pages = await htmlPages(siteDir);
  // Imported here so `astro dev` never starts the Pagefind binary.
  const pagefindApi = await import('pagefind');
  try {
    const created = await pagefindApi.createIndex({});
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    const { index } = created;
    const errors: string[] = [];
    for (const page of pages) {
      const html = spaceBetweenTags(await readFile(join(siteDir, page), 'utf8'));
      const added = await index.addHTMLFile({ url: pageUrl(page), content: html });
      errors.push(...added.errors.map((error) => `${page}: ${error}`));
    }
    if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join('; ')}`);
    const bundleDir = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
    await removeUnusedUi(bundleDir);
    logger.info(`Search index written: ${pages.length} HTML pages read (pages without data-pagefind-body are skipped).`);
  } finally {
    await pagefindApi.close();
  }
}

/** Pagefind also writes its ready-made UIs (about 0.5 MB); our own dialog uses the API only. */
async function removeUnusedUi(bundleDir: string): Promise<void> {
  const files = await readdir(bundleDir);
  const unused = files.filter((file) => /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(file));
  await Promise.all(unused.map((file) => rm(join(bundleDir, file))));
}

/** Every built HTML page but the 404 page, as paths relative to the site folder. */
export async function htmlPages(siteDir: string): Promise<string[]> {
  const files = await readdir(siteDir, { recursive: true });
  return files
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.html') && file !== '404.html' && !file.startsWith('pagefind/'))
    .sort();
}

/** `concepts/x/index.html` → `/concepts/x/` (the client prefixes the base). */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Astro's compressHTML drops whitespace between tags, and Pagefind joins the text of adjacent
 * elements, so `<dt>Proof</dt><dd>Median…` would be indexed as one word "ProofMedian". The
 * indexed copy gets a space before every tag that touches text or another tag; the served HTML
 * is unchanged.
 */
export function spaceBetweenTags(html: string): string {
  return html.replace(/(?<=\S)<(?=[a-zA-Z/!])/g, ' <');
}
