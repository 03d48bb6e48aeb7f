/**
 * On every page: registers the service worker (never in preview builds or `astro dev`; the
 * layout leaves the URL out there) and, when the worker answered from its cache because the
 * network was gone, shows "offline copy from <build date>". Buttons marked
 * `data-save-offline` (with their URLs as a JSON array in `data-save-offline`) save those pages.
 */
import { saveForOffline } from './service-worker-client.ts';

const root = document.querySelector<HTMLElement>('[data-offline]');
const workerUrl = root?.dataset.offlineWorker;
if (root && workerUrl && 'serviceWorker' in navigator) {
  // After the page has loaded: the worker's precaching never competes with the page itself.
  const register = () =>
    void navigator.serviceWorker.register(workerUrl, { scope: root.dataset.offlineScope ?? '/' }).catch(() => {
      // A browser that refuses (private mode, storage full) just stays online-only.
    });
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

const note = document.querySelector<HTMLElement>('[data-offline-note]');
if (note && document.documentElement.hasAttribute('data-offline-copy')) note.hidden = false;

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-save-offline]')) {
  const status = button.parentElement?.querySelector<HTMLElement>('[data-save-offline-status]');
  button.addEventListener('click', async () => {
    let urls: string[] = [];
    try {
      const parsed: unknown = JSON.parse(button.dataset.saveOffline ?? '[]');
      if (Array.isArray(parsed)) urls = parsed.filter((u): u is string => typeof u === 'string');
    } catch {
      urls = [];
    }
    button.disabled = true;
    const result = await saveForOffline(urls.length > 0 ? urls : [location.href]);
    button.disabled = false;
    if (!status) return;
    const text = (name: string) => status.dataset[name] ?? '';
    if (!result) status.textContent = text('unsupported');
    else if (result.failed.length > 0) status.textContent = text('failed').replace('{count}', String(result.failed.length));
    else status.textContent = text('saved').replace('{count}', String(result.saved.length));
  });
}
