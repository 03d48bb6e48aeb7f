import { readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { buildVocabulary, vocabularyFileName } from '../lib/search-vocabulary.ts';
import { markPhase } from './build-timings.ts';
import { pagefindDevServer } from './pagefind-dev.ts';
import { splitDataBundles } from './data-files.ts';
import { addPageCapture, collectPages, pageBatchOutput } from './page-capture.ts';
import { indexedCopy, pageUrl, pathWithoutBase } from './pagefind-pages.ts';
import { releaseHeap } from './release-heap.ts';

export { pageUrl, spaceBetweenTags } from './pagefind-pages.ts';

type PagefindApi = typeof import('pagefind');
type PagefindIndex = NonNullable<Awaited<ReturnType<PagefindApi['createIndex']>>['index']>;

/**
 * Builds the Pagefind search index inside `astro build` (no manual step) and, in `astro dev`,
 * serves the index of the last build.
 *
 * The index is fed while pages render: a build-only middleware (page-capture.ts) hands each
 * page's HTML to the running Pagefind service, which parses it on the other core while Astro
 * renders the next page, and only the page's `<main data-pagefind-body>` is sent
 * (`indexedCopy`). The site is never read back from disk; a page no render handed over (none
 * in a normal build) is read from the output folder, so the index is always complete.
 *
 * What gets indexed is decided by the page markup: only pages that carry `data-pagefind-body`
 * (content pages of published entries) are indexed. The 404 page, lists, the home and the
 * search page carry none; drafts in preview builds carry none either.
 *
 * Pagefind splits the index by each page's `<html lang>` (one index per language, each with its
 * own stemmer) and the client picks the index of the page it runs on. Next to each language's
 * index goes the vocabulary of that index (`vocabulary.<lang>.json`), read back from the
 * fragments Pagefind wrote, for correcting queries that find nothing (src/lib/search-correct.ts).
 */
export default function pagefind(): AstroIntegration {
  let base = '/';
  let build: IndexBuild | undefined;
  return {
    name: 'playbook:pagefind',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, addMiddleware }) => {
        if (command === 'build') addPageCapture(addMiddleware);
        if (command !== 'dev') return;
        const bundleDir = join(fileURLToPath(config.outDir), 'pagefind');
        updateConfig({ vite: { plugins: [pagefindDevServer({ bundleDir, base: config.base })] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': async () => {
        build = await IndexBuild.start(base);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        if (!build) build = await IndexBuild.start(base);
        await build.finish(fileURLToPath(dir), assets, logger);
      },
    },
  };
}

/** One build's index: pages are added as they render; `finish` writes the bundle. */
class IndexBuild {
  readonly #api: PagefindApi;
  readonly #index: PagefindIndex;
  readonly #seen = new Set<string>();
  readonly #languageOf = new Map<string, string>();
  readonly #added: Promise<void>[] = [];
  readonly #errors: string[] = [];
  #indexed = 0;
  #stopCollecting: () => void = () => {};

  private constructor(api: PagefindApi, index: PagefindIndex) {
    this.#api = api;
    this.#index = index;
  }

  static async start(base: string): Promise<IndexBuild> {
    // Imported here so `astro dev` never starts the Pagefind binary.
    const api = await import('pagefind');
    const created = await api.createIndex({});
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    const build = new IndexBuild(api, created.index);
    build.#stopCollecting = collectPages({ add: (pathname, html) => build.add(pathWithoutBase(pathname, base), html) });
    return build;
  }

  add(url: string, html: string): void {
    if (this.#seen.size === 0) markPhase('pages:first');
    this.#seen.add(url);
    const content = indexedCopy(html);
    if (content === undefined) return;
    this.#languageOf.set(url, htmlLang(content));
    this.#indexed += 1;
    this.#added.push(
      this.#index.addHTMLFile({ url, content }).then((added) => {
        this.#errors.push(...added.errors.map((error) => `${url}: ${error}`));
      }),
    );
  }

  async finish(siteDir: string, assets: ReadonlyMap<string, readonly URL[]>, logger: AstroIntegrationLogger): Promise<void> {
    this.#stopCollecting();
    try {
      const missed = (await htmlPages(siteDir, assets)).filter((page) => !this.#seen.has(pageUrl(page)));
      for (const page of missed) this.add(pageUrl(page), await readFile(join(siteDir, page), 'utf8'));
      await Promise.all(this.#added);
      if (this.#errors.length > 0) throw new Error(`Pagefind indexing failed: ${this.#errors.join('; ')}`);
      const bundleDir = join(siteDir, 'pagefind');
      // Pagefind builds the index in its own process, at its peak of memory; this one first gives
      // back what rendering left behind (0.25 s at 1,000 concepts). Done while Pagefind built,
      // the two processes' peaks met: 964-982 MB for the tree instead of about 930. Meanwhile
      // this process splits the data files (data-files.ts), a file at a time.
      releaseHeap();
      const [written] = await Promise.all([this.#index.writeFiles({ outputPath: bundleDir }), splitDataBundles(siteDir)]);
      if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
      await removeUnusedUi(bundleDir);
      const vocabularies = await writeVocabularies(bundleDir, this.#languageOf);
      markPhase('index:written');
      const read = missed.length > 0 ? `, ${missed.length} read back from disk` : '';
      logger.info(
        `Search index written: ${this.#indexed} of ${this.#seen.size} pages indexed as they rendered${read}; ` +
          vocabularies.map(({ lang, pages: count, words }) => `${lang}: ${count} pages, ${words} words`).join('; ') +
          '.',
      );
    } finally {
      await this.#api.close();
    }
  }
}

/** Pagefind also writes its ready-made UIs (about 0.5 MB); our own dialog uses the API only. */
async function removeUnusedUi(bundleDir: string): Promise<void> {
  const files = await readdir(bundleDir);
  const unused = files.filter((file) => /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(file));
  await Promise.all(unused.map((file) => rm(join(bundleDir, file))));
}

/**
 * Every built HTML page but the 404 page, as paths relative to the site folder. From the files
 * Astro reports it wrote (`assets` of astro:build:done) when given, with the pages written from
 * batches (src/lib/page-batch.ts) and without the batch routes' own files: walking a
 * 1,000-concept site (about 30,000 files) took 0.9 s, and both the index and `_headers` need the list.
 */
export async function htmlPages(siteDir: string, assets?: ReadonlyMap<string, readonly URL[]>): Promise<string[]> {
  const batches = pageBatchOutput();
  const written = assets ? [...assets.values()].flat().map((url) => relative(siteDir, fileURLToPath(url))) : [];
  const files = written.length > 0 ? [...written, ...batches.pages] : await readdir(siteDir, { recursive: true });
  const batchRoutes = new Set(batches.batches);
  return [...new Set(files.map((file) => file.split(sep).join('/')))]
    .filter((file) => file.endsWith('.html') && file !== '404.html' && !file.startsWith('pagefind/') && !file.startsWith('../') && !batchRoutes.has(file))
    .sort();
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
  const files = (await readdir(fragmentDir)).filter((name) => name.endsWith('.pf_fragment')).sort();
  // Read synchronously: Pagefind has just written them, nothing else waits on this thread, and
  // 64 reads at a time through the thread pool took 0.2 s for the 6,658 fragments of 1,000
  // concepts, one after the other here 0.05 s. The counts do not depend on the order, and the
  // texts keep the order of the sorted file names.
  for (const file of files) {
    for (const page of fragmentPages(readPagefindJson(readFileSync(join(fragmentDir, file))))) {
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
