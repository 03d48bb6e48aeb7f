/**
 * Pages as they render, for the integrations that need every built page's HTML (the search
 * index, the `_headers` file): one build-only middleware (page-capture-middleware.ts) hands each
 * rendered HTML page to every registered collector, so no integration reads the site back from
 * disk. The middleware is bundled into Astro's prerender code; it and the integrations meet
 * through one global key. Pure module: no Astro or Node imports.
 */

import { pathWithoutBase } from './pagefind-pages.ts';

/** The global key under which the collectors of this build are kept. */
export const pageCollectorsKey = Symbol.for('playbook:page-collectors');

export interface PageCollector {
  /** A rendered page: its path as requested (with the base) and its HTML. */
  add(pathname: string, html: string): void;
}

/** The collectors of this build (the same set for the integrations and the middleware). */
export function pageCollectors(): Set<PageCollector> {
  const global = globalThis as Record<symbol, Set<PageCollector> | undefined>;
  return (global[pageCollectorsKey] ??= new Set());
}

/** Registers a collector; the returned function unregisters it. */
export function collectPages(collector: PageCollector): () => void {
  pageCollectors().add(collector);
  return () => pageCollectors().delete(collector);
}

/**
 * Hands results over in the order they were started, whatever order they finish in. Astro
 * renders several pages at once (`build.concurrency`) and starts them in a fixed order; the
 * collectors get the pages in that order, so the search index comes out the same in every
 * build of the same content (Pagefind numbers pages as they arrive, and breaks ties in the
 * ranking by that number). At most as many results wait as pages render at once.
 */
export class StartOrder {
  #next = 0;
  #due = 0;
  readonly #finished = new Map<number, () => void>();

  /** Takes the next place in line. */
  take(): number {
    return this.#next++;
  }

  /** `place` is done: `deliver` runs once every earlier place is done (nothing to deliver: omit it). */
  finish(place: number, deliver: () => void = () => {}): void {
    this.#finished.set(place, deliver);
    for (let run = this.#finished.get(this.#due); run; run = this.#finished.get(this.#due)) {
      this.#finished.delete(this.#due);
      this.#due++;
      run();
    }
  }
}

/** Where the pages of batches go (src/lib/page-batch.ts), and what was written: one per build. */
export interface PageBatchOutput {
  /** The folder Astro writes the site to; set in `astro:config:done`. */
  siteDir: string | undefined;
  /** The site's base ("/" or "/playbook/"). */
  base: string;
  /** The pages written from batches, as files relative to the site folder ("nl/objections/x/y/index.html"). */
  pages: string[];
  /** The files Astro wrote for the batch routes themselves, to be removed once the build is done. */
  batches: string[];
}

const pageBatchOutputKey = Symbol.for('playbook:page-batch-output');

/** The page batches of this build (the same object for the integrations and the middleware). */
export function pageBatchOutput(): PageBatchOutput {
  const global = globalThis as Record<symbol, PageBatchOutput | undefined>;
  return (global[pageBatchOutputKey] ??= { siteDir: undefined, base: '/', pages: [], batches: [] });
}

/**
 * The file of a page of a batch, relative to the site folder: `/playbook/nl/objections/x/y/` →
 * `nl/objections/x/y/index.html` under the base `/playbook/`. Throws for a path that is not a
 * plain folder path of the site, so a batch never writes outside it.
 */
export function batchPageFile(path: string, base: string): string {
  const rest = pathWithoutBase(path, base);
  const segments = rest.split('/').slice(1, -1);
  if (!rest.endsWith('/') || segments.length === 0 || segments.some((segment) => !/^[\w~-][\w.~-]*$/.test(segment))) {
    throw new Error(`A page batch names ${JSON.stringify(path)}, which is not a page folder of the site.`);
  }
  return `${segments.join('/')}/index.html`;
}

let middlewareAdded = false;

type AddMiddleware = (middleware: { entrypoint: string | URL; order: 'pre' | 'post' }) => void;

/**
 * Adds the capturing middleware once per build, whichever integration asks first; call it in
 * `astro:config:setup` of a build.
 */
export function addPageCapture(addMiddleware: AddMiddleware): void {
  if (middlewareAdded) return;
  middlewareAdded = true;
  addMiddleware({ entrypoint: new URL('./page-capture-middleware.ts', import.meta.url), order: 'post' });
}
