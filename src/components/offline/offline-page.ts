/**
 * The offline page: lists the pages this playbook keeps on the device (read from its caches, the
 * title taken from each saved page as text, never as HTML, or the name "save for offline" gave
 * it) and removes the whole offline copy —
 * every cache of this playbook and its service worker — on request.
 */
import { ownCaches } from './service-worker-client.ts';

const root = document.querySelector<HTMLElement>('[data-offline-page]');
const status = root?.querySelector<HTMLElement>('[data-offline-status]');
const list = root?.querySelector<HTMLUListElement>('[data-offline-pages]');
const remove = root?.querySelector<HTMLButtonElement>('[data-offline-remove]');

interface SavedPage {
  url: string;
  title: string;
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return '';
  }
}

async function savedPages(base: string): Promise<SavedPage[]> {
  const names = ownCaches(await caches.keys(), base).filter((name) => name.includes(':pages:'));
  const pages = new Map<string, SavedPage>();
  for (const name of names) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (pages.has(request.url)) continue;
      const response = await cache.match(request);
      // A page saved with "save for offline" says what it is (a brief names its visit); others by their <title>.
      const named = response?.headers.get('x-playbook-title');
      const html = named ? '' : ((await response?.text()) ?? '');
      const title = (named && decodeName(named)) || new DOMParser().parseFromString(html, 'text/html').title || new URL(request.url).pathname;
      pages.set(request.url, { url: request.url, title });
    }
  }
  return [...pages.values()].sort((a, b) => a.title.localeCompare(b.title));
}

async function show(root: HTMLElement, status: HTMLElement, list: HTMLUListElement): Promise<void> {
  const text = (name: string) => root.dataset[name] ?? '';
  const pages = await savedPages(text('base'));
  list.replaceChildren(
    ...pages.map((page) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      link.className = 'link';
      link.textContent = page.title;
      item.append(link);
      return item;
    }),
  );
  status.textContent =
    pages.length === 0 ? text('empty') : pages.length === 1 ? text('countOne') : text('count').replace('{count}', String(pages.length));
}

if (root && status && list && remove) {
  if (!('caches' in window) || !('serviceWorker' in navigator)) {
    status.textContent = root.dataset.unsupported ?? '';
    remove.hidden = true;
  } else {
    void show(root, status, list);
    remove.addEventListener('click', async () => {
      const base = root.dataset.base ?? '/';
      const scope = new URL(base, location.href).href;
      for (const registration of await navigator.serviceWorker.getRegistrations()) {
        if (registration.scope === scope) await registration.unregister();
      }
      await Promise.all(ownCaches(await caches.keys(), base).map((name) => caches.delete(name)));
      list.replaceChildren();
      status.textContent = root.dataset.removed ?? '';
    });
  }
}
