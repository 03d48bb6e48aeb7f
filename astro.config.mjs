// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import contentCheck from './src/integrations/content-check.ts';
import stagedOutput from './src/integrations/staged-output.ts';
import dataFiles from './src/integrations/data-files.ts';
import pageBatches from './src/integrations/page-batches.ts';
import offline from './src/integrations/offline.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import buildTimings from './src/integrations/build-timings.ts';
import { playbookConfig } from './src/lib/playbook-config.ts';

// Environment overrides let tests and benchmarks build fixture playbooks side by side:
// PLAYBOOK_CONTENT_DIR (read in src/lib/playbook-config.ts), PLAYBOOK_OUT_DIR, PLAYBOOK_BASE.
const env = process.env;

export default defineConfig({
  output: 'static',
  outDir: env.PLAYBOOK_OUT_DIR || './dist',
  // Separate caches keep concurrent fixture builds from sharing one content data store.
  cacheDir: env.PLAYBOOK_CACHE_DIR || './node_modules/.astro',
  base: env.PLAYBOOK_BASE || '/',
  trailingSlash: 'always',
  // Four pages render at once: one at a time, the build waited on each page's file write, and
  // the main thread sat idle 35–55 % of the rendering (a CPU profile of 300 generated
  // concepts). Rendering went from 9.5 s to 7.0 s there; 8 or 16 gain nothing more on 2 cores.
  // The pages are the same byte for byte. PLAYBOOK_BUILD_CONCURRENCY overrides it (1 to compare).
  build: { format: 'directory', concurrency: Number(env.PLAYBOOK_BUILD_CONCURRENCY) || 4 },
  // The interface language comes from the route: the first of playbook.config.ts `locales` at
  // `/`, the others under `/<locale>/` (pages in src/pages/[...locale]/, see src/lib/locale.ts).
  i18n: {
    locales: [...playbookConfig.locales],
    defaultLocale: playbookConfig.locales[0] ?? 'en',
    routing: { prefixDefaultLocale: false },
  },
  // pagefind: builds the search index in astro:build:done and serves it in astro dev.
  // contentCheck first: it checks the source files before Astro's content sync.
  // buildTimings first: phase marks for the benchmark, only when PLAYBOOK_BUILD_TIMINGS is set.
  // pageBatches before offline and securityHeaders: it places the pages of batches (the objection
  // cards) and removes the batch routes' own files.
  // dataFiles before offline: it splits the build's data bundles into the files pages fetch.
  // offline and securityHeaders after pagefind: the service worker precaches the search index,
  // and _headers repeats the CSP Astro wrote into each page.
  // stagedOutput last: the build goes to a staging folder that replaces outDir only once
  // everything (pages, then the search index) succeeded, so a failed build keeps the last site.
  // In astro:build:done the search index is written before the data files are split out: its
  // Pagefind process is at its largest then, and the split's parsing would add to that peak.
  integrations: [buildTimings(), contentCheck(), mdx(), pagefind(), pageBatches(), dataFiles(), offline(), securityHeaders(), stagedOutput()],
  // Shiki colours code blocks with style="" attributes, which the strict CSP blocks; the
  // authoring guide's YAML examples render as plain monospace instead.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WASM in a worker, but falls back to the main thread when the
      // worker fails or starts slowly (5 s timeout); that needs 'wasm-unsafe-eval' (no JS eval).
      // Setting resources replaces Astro's default 'self', so it is listed again.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    // The dev server watches the project; the benchmark's playbooks (.scratch/, gigabytes at 3,000
    // concepts), the fixture builds and the build's staging folder would exhaust the system's
    // file watchers (ENOSPC) and are never sources.
    server: { watch: { ignored: ['**/.scratch/**', '**/dist-fixtures/**', '**/.build-staging/**'] } },
    build: {
      rolldownOptions: {
        // Every MDX entry triggers a harmless MODULE_LEVEL_DIRECTIVE warning for Astro's own
        // "use astro:head-inject" directive (withastro/astro#18087); marketers read this log.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
