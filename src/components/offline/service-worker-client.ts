/**
 * The page side of the service worker (src/integrations/service-worker/worker.js): one request
 * and its answer over a MessageChannel. Without a controlling worker (first visit, preview
 * builds, `astro dev`, browsers without service workers) every call answers `undefined`.
 */
export async function askServiceWorker<T>(message: Record<string, unknown>): Promise<T | undefined> {
  const controller = typeof navigator !== 'undefined' ? navigator.serviceWorker?.controller : undefined;
  if (!controller) return undefined;
  const channel = new MessageChannel();
  const answer = new Promise<T | undefined>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<T>) => resolve(event.data);
    // A worker replaced while the message was under way never answers; do not wait for it.
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(undefined), { once: true });
    if (message.type !== 'save') setTimeout(() => resolve(undefined), 2000);
  });
  controller.postMessage(message, [channel.port2]);
  return answer;
}

export interface SaveResult {
  /** Site paths (with base) that are now kept on this device. */
  saved: string[];
  /** URLs the worker could not fetch as a 200 page of this playbook (offline, a login redirect, not found). */
  failed: string[];
}

/**
 * Keeps these pages (and files) on this device for offline use: the worker fetches each from the
 * network now and stores it only when it is a 200 answer of this playbook. URLs may be relative
 * to the page ("../concepts/x/") or site paths with the base ("/concepts/x/"). Answers
 * `undefined` when no service worker controls the page (the caller says "cannot save here").
 */
export async function saveForOffline(urls: readonly string[]): Promise<SaveResult | undefined> {
  const absolute = urls.map((url) => new URL(url, location.href).href);
  return askServiceWorker<SaveResult>({ type: 'save', urls: absolute });
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
