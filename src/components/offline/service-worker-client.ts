/**
 * The page side of the service worker (src/integrations/service-worker/worker.js): one request
 * and its answer over a MessageChannel, to the worker that controls the page or the one given.
 * Without one (first visit, preview builds, `astro dev`, browsers without service workers)
 * every call answers `undefined`.
 */
export async function askServiceWorker<T>(message: Record<string, unknown>, to?: ServiceWorker): Promise<T | undefined> {
  const worker = to ?? (typeof navigator !== 'undefined' ? navigator.serviceWorker?.controller : undefined);
  if (!worker) return undefined;
  const channel = new MessageChannel();
  const answer = new Promise<T | undefined>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<T>) => resolve(event.data);
    // A worker replaced while the message was under way never answers; do not wait for it.
    worker.addEventListener('statechange', () => {
      if (worker.state === 'redundant') resolve(undefined);
    });
    if (message.type !== 'save') setTimeout(() => resolve(undefined), 2000);
  });
  worker.postMessage(message, [channel.port2]);
  return answer;
}

export interface SaveResult {
  /** Site paths (with base) that are now kept on this device. */
  saved: string[];
  /** URLs (as sent, absolute) the worker could not keep: offline, a login redirect, not found, or a script the page needs missing. */
  failed: string[];
}

/**
 * Keeps these pages (and files) on this device for offline use: the worker fetches each from the
 * network now and stores it only when it is a 200 answer of this playbook. URLs may be relative
 * to the page ("../concepts/x/") or site paths with the base ("/concepts/x/"); `titles` names
 * pages (by the same URLs) in the offline page's list. Answers `undefined` when there is no
 * worker to ask (the caller says why it cannot save: save-offline.ts).
 */
export async function saveForOffline(
  urls: readonly string[],
  options: { titles?: Record<string, string>; worker?: ServiceWorker } = {},
): Promise<SaveResult | undefined> {
  const absolute = (url: string) => new URL(url, location.href).href;
  const titles = Object.fromEntries(Object.entries(options.titles ?? {}).map(([url, title]) => [absolute(url), title]));
  return askServiceWorker<SaveResult>({ type: 'save', urls: urls.map(absolute), titles }, options.worker);
}

/**
 * How many search index files the worker could not serve because the network was gone: the
 * search compares the count before and after a query to tell "offline" from "no results".
 */
export async function offlineSearchMisses(): Promise<number | undefined> {
  return (await askServiceWorker<{ misses: number }>({ type: 'misses' }))?.misses;
}

/** The caches of this playbook (its base), every build. */
export function ownCaches(names: readonly string[], base: string): string[] {
  return names.filter((name) => name.startsWith(`playbook:${base}:`));
}
