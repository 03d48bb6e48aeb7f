/**
 * "Save for offline" (SaveOffline.astro), loaded on the first press: finds the service worker
 * that can keep the pages, asks it to, and says in the button's status region how many pages are
 * now on the device, which URLs were not kept, and where the offline page lists them — or why
 * nothing can be saved here. Never nothing: every path ends in a sentence.
 */
import { fillTemplate } from '../../lib/fill-template.ts';
import { saveRequest, saveSummary } from '../../lib/offline-save.ts';
import { saveForOffline } from './service-worker-client.ts';

type Blocker = 'unsupported' | 'noWorker' | 'blocked';

/**
 * The worker to ask: the one controlling the page, else this playbook's registered one (a page
 * opened with a hard reload, or the first visit once its worker has started; the worker keeps
 * pages whether or not it controls this one). `starting` runs when the first visit's worker is
 * still installing, and the answer waits for it.
 */
async function saveWorker(starting: () => void): Promise<ServiceWorker | Blocker> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return 'unsupported';
  const container = navigator.serviceWorker;
  if (container.controller) return container.controller;
  const root = document.querySelector<HTMLElement>('[data-offline]');
  const url = root?.dataset.offlineWorker;
  // Preview builds and `astro dev` leave the worker out (OfflineSupport.astro).
  if (!root || !url) return 'noWorker';
  // The layout registers the worker once the page has loaded; asking again returns that registration.
  const registration: ServiceWorkerRegistration | undefined = await container.register(url, { scope: root.dataset.offlineScope ?? '/' }).catch(() => undefined);
  if (!registration) return 'blocked';
  if (registration.active) return registration.active;
  const installing = registration.installing ?? registration.waiting;
  if (!installing) return 'blocked';
  starting();
  return new Promise((resolve) => {
    const settle = () => {
      if (registration.active) resolve(registration.active);
      else if (installing.state === 'redundant') resolve('blocked');
    };
    installing.addEventListener('statechange', settle);
    settle();
  });
}

function statusText(status: HTMLElement, name: string): string {
  return status.dataset[name] ?? '';
}

function show(status: HTMLElement, ...parts: (Node | string)[]): void {
  status.replaceChildren(...parts);
}

function paragraph(text: string, ...children: Node[]): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(text, ...children);
  return p;
}

/** Saves what the button names and reports it in the status region next to it. */
export async function saveFromButton(button: HTMLButtonElement): Promise<void> {
  const status = button.closest('[data-save-offline-block]')?.querySelector<HTMLElement>('[data-save-offline-status]');
  if (!status || button.getAttribute('aria-disabled') === 'true') return;
  const say = (name: string) => statusText(status, name);
  const list = (name: string): string[] => {
    try {
      const parsed: unknown = JSON.parse(button.dataset[name] ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((u): u is string => typeof u === 'string') : [];
    } catch {
      return [];
    }
  };
  // aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page.
  button.setAttribute('aria-disabled', 'true');
  try {
    show(status, say('saving'));
    const worker = await saveWorker(() => show(status, say('starting')));
    if (typeof worker === 'string') {
      show(status, say(worker));
      return;
    }
    const request = saveRequest(location.href, list('savePages'), list('saveFiles'));
    const title = button.dataset.saveTitle;
    const result = await saveForOffline([...request.pages, ...request.files], { worker, titles: title ? { [location.href.replace(/#.*$/, '')]: title } : {} });
    if (!result) {
      show(status, say('interrupted'));
      return;
    }
    const summary = saveSummary(request, result, location.origin);
    const link = document.createElement('a');
    link.href = say('offlineHref');
    link.className = 'link font-semibold';
    link.textContent = say('list');
    const parts: Node[] = [];
    if (summary.pages > 0) {
      const one = new Intl.PluralRules(document.documentElement.lang || undefined).select(summary.pages) === 'one';
      parts.push(paragraph(one ? say('savedOne') : fillTemplate(say('saved'), { count: summary.pages })));
    }
    if (summary.failed.length > 0) {
      const items = document.createElement('ul');
      items.className = 'list-disc pl-5 break-all';
      items.setAttribute('data-save-failed', '');
      items.append(...summary.failed.map((path) => Object.assign(document.createElement('li'), { textContent: path })));
      parts.push(paragraph(say('failed')), items);
    }
    parts.push(paragraph('', link));
    show(status, ...parts);
  } finally {
    button.removeAttribute('aria-disabled');
  }
}
