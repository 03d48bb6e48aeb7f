import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { buildVocabulary, vocabularyFileName } from '../lib/search-vocabulary.ts';
import { pagefindDevServer } from './pagefind-dev.ts';

/**
 * Builds the Pagefind search index inside `astro build` (no manual step) and, in `astro dev`,
 * serves the index of the last build.
 *
 * What gets indexed is decided by the page markup: only pages that carry `data-pagefind-body`
 * (content pages of published entries) are indexed — Pagefind drops every page without it once
 * any page has it. The 404 page, lists, the home and the search page carry none; drafts in
 * preview builds carry none either. The 404 page is never even read.
 *
 * Pagefind splits the index by each page's `<html lang>` (one index per language, each with its
 * own stemmer) and the client picks the index of the page it runs on. Next to each language's
 * index goes the vocabulary of that index (`vocabulary.<lang>.json`), read back from the
 * fragments Pagefind wrote, for correcting queries that find nothing (src/lib/search-correct.ts).
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
    const languageOf = new Map<string, string>();
    for (const page of pages) {
      const html = spaceBetweenTags(await readFile(join(siteDir, page), 'utf8'));
      const added = await index.addHTMLFile({ url: pageUrl(page), content: html });
      errors.push(...added.errors.map((error) => `${page}: ${error}`));
      languageOf.set(pageUrl(page), htmlLang(html));
    }
    if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join('; ')}`);
    const bundleDir = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
    await removeUnusedUi(bundleDir);
    const vocabularies = await writeVocabularies(bundleDir, languageOf);
    logger.info(
      `Search index written: ${pages.length} HTML pages read (pages without data-pagefind-body are skipped); ` +
        vocabularies.map(({ lang, pages: count, words }) => `${lang}: ${count} pages, ${words} words`).join('; ') +
        '.',
    );
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

/** The language Pagefind files a page under: its `<html lang>`, lower case ("unknown" without one, as Pagefind). */
export function htmlLang(html: string): string {
  return /<html\b[^>]*?\slang=["']?([^"'\s>]+)/i.exec(html)?.[1]?.toLowerCase() ?? 'unknown';
}

/** The indexed pages in the fragment files Pagefind wrote: one page per file, or a group keyed by hash. */
export function fragmentPages(json: unknown): { url: string; content: string }[] {
  const isPage = (value: unknown): value is { url: string; content: string } =>
    typeof value === 'object' && value !== null && typeof (value as { url?: unknown }).url === 'string' && typeof (value as { content?: unknown }).content === 'string';
  if (isPage(json)) return [json];
  if (typeof json !== 'object' || json === null) return [];
  return Object.values(json).filter(isPage);
}

/** Decompresses a Pagefind file (gzip, then the `pagefind_dcd` signature) and parses its JSON. */
function readPagefindJson(bytes: Buffer): unknown {
  const raw = bytes.subarray(0, 12).toString() === 'pagefind_dcd' ? bytes : gunzipSync(bytes);
  return JSON.parse(raw.subarray(12).toString('utf8'));
}

/** Writes one vocabulary per language of the index; returns what was written, for the build log. */
async function writeVocabularies(bundleDir: string, languageOf: ReadonlyMap<string, string>) {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, unknown> };
  const indexLanguages = Object.keys(entry.languages ?? {});
  // A page's language as the index has it: exact, else its primary subtag ("en-gb" → "en").
  const indexLanguage = (lang: string) => (indexLanguages.includes(lang) ? lang : lang.split('-')[0] ?? lang);
  const texts = new Map<string, string[]>(indexLanguages.map((lang) => [lang, []]));
  const fragmentDir = join(bundleDir, 'fragment');
  for (const file of (await readdir(fragmentDir)).filter((name) => name.endsWith('.pf_fragment'))) {
    for (const page of fragmentPages(readPagefindJson(await readFile(join(fragmentDir, file))))) {
      texts.get(indexLanguage(languageOf.get(page.url) ?? 'unknown'))?.push(page.content);
    }
  }
  return Promise.all(
    [...texts].map(async ([lang, contents]) => {
      const vocabulary = buildVocabulary(lang, contents);
      await writeFile(join(bundleDir, vocabularyFileName(lang)), JSON.stringify(vocabulary));
      return { lang, pages: contents.length, words: vocabulary.words.length };
    }),
  );
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
