/// <reference lib="webworker" />
// @ts-check
/**
 * The playbook's service worker. The build (src/integrations/offline.ts) writes it to
 * `<base>sw.js` with `self.playbookOffline` set above this code: the build id, the base path,
 * the offline pages per language and the precache list (src/lib/offline-plan.ts).
 *
 * - Pages come from the network first, so nobody online sees a price older than the last
 *   deploy; only when the network fails does a cached copy answer, marked `data-offline-copy`
 *   on its <html> so the page shows "offline copy from <build date>".
 * - Only 200 responses that were not redirected are ever stored: a single-sign-on login page
 *   (a redirect, or a 401/403) is never served as the playbook.
 * - Hashed files (Astro's /_astro/, Pagefind's chunks) come from the cache first.
 * - Caches carry the build id; an update re-fetches the saved pages into the new caches and
 *   removes the old ones.
 * - Messages from pages: `save` (a list of URLs to keep, answered with what was saved),
 *   `misses` (how many search files could not be served offline; the search uses it to say
 *   "offline" instead of "no results").
 * - A saved page is kept under its URL with the query (a brief is `/prepare/?industry=…`; a
 *   navigation finds it under any query, as every page of a static site is one file), with the
 *   title the page gave it for the offline page's list, and with the scripts and styles it
 *   loads, so it works offline even where the precache budget left them out. Saved data files
 *   (the brief's JSON) have their own cache; saved pages and files are carried over on update.
 */
const sw = /** @type {ServiceWorkerGlobalScope & typeof globalThis} */ (/** @type {unknown} */ (self));
const config = /** @type {{ buildId: string; base: string; offlinePages: Record<string, string>; precache: string[] }} */ (
  /** @type {any} */ (self).playbookOffline
);

const prefix = `playbook:${config.base}:`;
const shellCache = `${prefix}shell:${config.buildId}`;
const pagesCache = `${prefix}pages:${config.buildId}`;
const filesCache = `${prefix}files:${config.buildId}`;
const savedCache = `${prefix}saved:${config.buildId}`;
/** The title a page gave a saved copy (for the offline page's list), URI-encoded. */
const titleHeader = 'x-playbook-title';
let misses = 0;

/** @param {string} path */
const siteUrl = (path) => new URL(`${config.base.replace(/\/$/, '')}${path}`, sw.location.origin).href;

/** @param {Response} response */
const storable = (response) => response.status === 200 && !response.redirected && response.type === 'basic';

/** @param {URL} url */
const isHashed = (url) => {
  const path = url.pathname.slice(config.base.length - 1);
  return /^\/_astro\//.test(path) || /^\/pagefind\/(index|fragment|filter)\//.test(path) || /\.pf_meta$/.test(path);
};

/** A script or style of the build (`/_astro/…`), which pages load and never change under one name. */
const isAsset = (/** @type {URL} */ url) =>
  url.origin === sw.location.origin && /^\/_astro\/[^/]+\.(?:js|css)$/.test(url.pathname.slice(config.base.length - 1));

/** @param {URL} url */
const isSearchFile = (url) => url.pathname.startsWith(`${config.base}pagefind/`);

/** Navigations are stored without their query (`/search/?q=x` is the page `/search/`). */
const pageKey = (/** @type {string} */ href) => {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.href;
};

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(shellCache);
      // One by one: a file the host refuses (or redirects) is skipped, not the whole install.
      for (const path of config.precache) {
        try {
          const response = await fetch(siteUrl(path), { cache: 'no-cache' });
          if (storable(response)) await cache.put(siteUrl(path), response);
        } catch {
          // Offline during install: the next visit installs again.
        }
      }
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const old = names.filter((name) => name.startsWith(prefix) && !name.endsWith(`:${config.buildId}`));
      // Pages and files saved under the previous build are fetched fresh into this build's
      // caches; one the network cannot give now keeps its old copy, so an update never loses a
      // saved brief.
      for (const [kind, target] of /** @type {const} */ ([['pages', pagesCache], ['saved', savedCache]])) {
        const into = await caches.open(target);
        for (const name of old.filter((n) => n.startsWith(`${prefix}${kind}:`))) {
          const cache = await caches.open(name);
          for (const request of await cache.keys()) {
            if (await into.match(request)) continue;
            const before = await cache.match(request);
            const fresh = await fetch(request.url, { cache: 'no-cache' }).catch(() => undefined);
            const title = before?.headers.get(titleHeader);
            const copy = fresh && storable(fresh) ? (title ? await titled(fresh, title) : fresh) : before;
            if (copy) await into.put(request.url, copy);
          }
        }
      }
      await Promise.all(old.map((name) => caches.delete(name)));
      await sw.clients.claim();
    })(),
  );
});

/** A cached page as the answer to a navigation, marked so the page shows the offline note. */
async function offlineCopy(/** @type {Response} */ cached) {
  const html = await cached.text();
  return new Response(html.replace(/<html\b/i, '<html data-offline-copy'), {
    status: 200,
    headers: { 'content-type': cached.headers.get('content-type') ?? 'text/html; charset=utf-8' },
  });
}

/** The offline page of the language a path is in (its first segment), else the default one. */
function offlinePageFor(/** @type {URL} */ url) {
  const first = url.pathname.slice(config.base.length).split('/')[0] ?? '';
  return config.offlinePages[first] ?? config.offlinePages[''] ?? '/offline/';
}

async function navigate(/** @type {Request} */ request) {
  const url = new URL(request.url);
  try {
    const response = await fetch(request);
    if (storable(response)) {
      const copy = response.clone();
      void caches.open(pagesCache).then((cache) => cache.put(pageKey(request.url), copy));
    }
    return response;
  } catch {
    const cached = (await caches.match(pageKey(request.url), { ignoreSearch: true, ignoreVary: true }));
    if (cached) return offlineCopy(cached);
    const fallback = await caches.match(siteUrl(offlinePageFor(url)), { ignoreVary: true });
    if (fallback) return offlineCopy(fallback);
    return Response.error();
  }
}

// Every match ignores `Vary`: the site's files are the same for every request, but a host that
// answers with `Vary: Origin` (Astro's preview does) would otherwise make a module script,
// requested with an Origin header, miss the copy that was saved without one.
async function fromCacheFirst(/** @type {Request} */ request) {
  const cached = await caches.match(request, { ignoreVary: true });
  if (cached) return cached;
  return fromNetwork(request);
}

async function fromNetwork(/** @type {Request} */ request) {
  const url = new URL(request.url);
  try {
    const response = await fetch(request);
    if (storable(response)) {
      const copy = response.clone();
      void caches.open(filesCache).then((cache) => cache.put(request, copy));
    }
    return response;
  } catch {
    // Pagefind asks for its entry file with a cache tag; any stored copy of this build will do.
    const cached = await caches.match(request, { ignoreSearch: url.pathname.endsWith('/pagefind-entry.json'), ignoreVary: true });
    if (cached) return cached;
    if (isSearchFile(url)) misses += 1;
    return Response.error();
  }
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin || !url.pathname.startsWith(config.base)) return;
  if (request.mode === 'navigate') event.respondWith(navigate(request));
  else if (isHashed(url)) event.respondWith(fromCacheFirst(request));
  else event.respondWith(fromNetwork(request));
});

/** A copy of a page's answer that carries the title it was saved under (already URI-encoded). */
async function titled(/** @type {Response} */ response, /** @type {string} */ title) {
  const headers = new Headers(response.headers);
  headers.set(titleHeader, title);
  return new Response(await response.blob(), { status: 200, headers });
}

/**
 * Keeps the scripts and styles a saved page loads, and the modules those import (statically or
 * on first use), unless a cache has them already. False when one could not be fetched: the page
 * would not work offline, so it does not count as saved.
 */
async function keepAssets(/** @type {string} */ html, /** @type {URL} */ page) {
  const queue = [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="([^"]+)"/g)].map((m) => new URL((m[1] ?? '').replaceAll('&amp;', '&'), page));
  const seen = new Set();
  const files = await caches.open(filesCache);
  for (let url = queue.shift(); url; url = queue.shift()) {
    if (!isAsset(url) || seen.has(url.href)) continue;
    seen.add(url.href);
    let response = await caches.match(url.href);
    if (!response) {
      const fresh = await fetch(url.href).catch(() => undefined);
      if (!fresh || !storable(fresh)) return false;
      await files.put(url.href, fresh.clone());
      response = fresh;
    }
    if (url.pathname.endsWith('.js')) {
      const code = await response.text();
      for (const m of code.matchAll(/\b(?:from|import)\s*\(?\s*["'](\.\.?\/[^"']+)["']/g)) queue.push(new URL(m[1] ?? '', url));
    }
  }
  return true;
}

/**
 * Fetches and keeps pages and files for offline use; each URL must be of this playbook. `titles`
 * names saved pages (by the URL as sent) for the offline page's list.
 */
async function save(/** @type {unknown} */ urls, /** @type {unknown} */ titles) {
  const list = Array.isArray(urls) ? urls.filter((u) => typeof u === 'string') : [];
  const names = /** @type {Record<string, unknown>} */ (titles && typeof titles === 'object' ? titles : {});
  const saved = [];
  const failed = [];
  const pages = await caches.open(pagesCache);
  const data = await caches.open(savedCache);
  for (const href of list) {
    let url;
    try {
      url = new URL(href, sw.location.origin);
    } catch {
      failed.push(href);
      continue;
    }
    url.hash = '';
    if (url.origin !== sw.location.origin || !url.pathname.startsWith(config.base)) {
      failed.push(href);
      continue;
    }
    try {
      const response = await fetch(url.href, { cache: 'no-cache', credentials: 'same-origin' });
      if (!storable(response)) {
        failed.push(href);
        continue;
      }
      if ((response.headers.get('content-type') ?? '').includes('text/html')) {
        if (!(await keepAssets(await response.clone().text(), url))) {
          failed.push(href);
          continue;
        }
        const title = names[href];
        await pages.put(url.href, typeof title === 'string' && title ? await titled(response, encodeURIComponent(title)) : response);
      } else {
        await data.put(url.href, response);
      }
      saved.push(url.pathname + url.search);
    } catch {
      failed.push(href);
    }
  }
  return { saved, failed };
}

sw.addEventListener('message', (event) => {
  const data = /** @type {{ type?: string; urls?: unknown; titles?: unknown } | null} */ (event.data);
  const port = event.ports[0];
  if (!port || !data) return;
  if (data.type === 'misses') port.postMessage({ misses, buildId: config.buildId });
  else if (data.type === 'save') event.waitUntil(save(data.urls, data.titles).then((result) => port.postMessage(result)));
});
