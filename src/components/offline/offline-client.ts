/**
 * On every page: registers the service worker (never in preview builds or `astro dev`; the
 * layout leaves the URL out there) and, when the worker answered from its cache because the
 * network was gone, shows "offline copy from <build date>". ("Save for offline" buttons bring
 * their own script: SaveOffline.astro.)
 */
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
