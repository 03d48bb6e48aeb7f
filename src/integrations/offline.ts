import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markPhase } from './build-timings.ts';
import { defaultPrecacheOptions, planPrecache, precacheFolders, precacheRank, type SiteFile } from '../lib/offline-plan.ts';
import { resolvePlaybookConfig } from '../lib/playbook-config.ts';

/**
 * Offline after one visit: writes the service worker `<base>sw.js` in `astro:build:done`, after
 * the Pagefind index is written (listed after pagefind() in astro.config.mjs), so the index
 * files are in its precache list. Preview builds get no worker (and pages do not register one).
 *
 * A small worker of ours instead of workbox-build's generateSW: the rules that matter here —
 * never store a redirect or a non-200 login page, mark a page served from the cache, Pagefind's
 * tagged entry file, "save these URLs" and "how many search files were missing" messages, saved
 * pages carried over on update — would each be a Workbox plugin or custom handler anyway, and
 * workbox-build brings about 100 packages (Rollup, Babel) for one generated file.
 *
 * The build id (`import.meta.env.PLAYBOOK_BUILD_ID`, defined here for pages and client code) names
 * the caches and is Pagefind's `metaCacheTag`, so its entry file is requested under one stable URL
 * per build that the worker can precache (Pagefind issue #59).
 */
export default function offline(options: { budgetBytes?: number } = {}): AstroIntegration {
  const buildId = new Date().toISOString().replace(/[-:.]/g, '');
  let base = '/';
  return {
    name: 'playbook:offline',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        base = `${config.base.replace(/\/+$/, '')}/`;
        const id = command === 'build' ? buildId : 'dev';
        updateConfig({ vite: { define: { 'import.meta.env.PLAYBOOK_BUILD_ID': JSON.stringify(id) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const playbook = resolvePlaybookConfig();
        if (playbook.preview) {
          logger.info('Preview build: no service worker (previews are never kept offline).');
          return;
        }
        markPhase('service-worker:start');
        const siteDir = fileURLToPath(dir);
        // The default language at the root, every other one under /<locale>/ (src/lib/locale.ts).
        const prefixes = playbook.locales.map((lang, at) => (at === 0 ? '' : lang));
        const candidates = await siteFiles(siteDir, precacheFolders(prefixes), (path) => precacheRank(path, prefixes) !== undefined);
        const plan = planPrecache(candidates, {
          ...defaultPrecacheOptions,
          ...(options.budgetBytes ? { budgetBytes: options.budgetBytes } : {}),
          localePrefixes: prefixes,
          metaCacheTag: buildId,
        });
        const offlinePages = Object.fromEntries(prefixes.map((prefix) => [prefix, prefix ? `/${prefix}/offline/` : '/offline/']));
        const settings = { buildId, base, offlinePages, precache: plan.urls };
        const worker = await readFile(new URL('./service-worker/worker.js', import.meta.url), 'utf8');
        await writeFile(join(siteDir, 'sw.js'), `self.playbookOffline = ${JSON.stringify(settings)};\n${worker}`);
        for (const skipped of plan.skipped) {
          logger.warn(`Not precached (${skipped.reason === 'file-too-large' ? 'over 2 MiB' : 'over the offline budget'}): ${skipped.path}; it is cached when first used.`);
        }
        const budget = options.budgetBytes ?? defaultPrecacheOptions.budgetBytes;
        logger.info(`Service worker written: ${plan.urls.length} files precached, ${kib(plan.bytes)} of a ${kib(budget)} budget (build ${buildId}).`);
        markPhase('service-worker:done');
      },
    },
  };
}

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

/**
 * The files in `folders` (not their subfolders) that `wanted` accepts, with their sizes. Only
 * those folders are read and only those files stat'ed: a site of 1,000 concepts holds about
 * 30,000 files, of which about a hundred can be precached. A folder the site lacks is skipped.
 */
async function siteFiles(siteDir: string, folders: readonly string[], wanted: (path: string) => boolean): Promise<SiteFile[]> {
  const listed = await Promise.all(
    folders.map(async (folder) => {
      const entries = await readdir(join(siteDir, folder), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      return entries.filter((entry) => entry.isFile()).map((entry) => (folder ? `${folder}/${entry.name}` : entry.name));
    }),
  );
  const paths = listed.flat().filter(wanted);
  return Promise.all(paths.map(async (path) => ({ path, bytes: (await stat(join(siteDir, path))).size })));
}
