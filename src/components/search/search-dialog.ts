/**
 * The search dialog on every page: opened by the header button, `/` and Ctrl/Cmd+K; results
 * as you type; arrow keys move through the results, Enter opens, Esc closes (native <dialog>).
 * showModal() makes the rest of the page inert (the focus trap); closing returns the focus to
 * where it was. Pagefind is imported when the dialog first opens, not before.
 */
import { normaliseQuery } from '../../lib/search-query.ts';
import { isDev, loadPagefind, quickSearch, searchFailureText } from './pagefind-client.ts';
import { fill, pointToOriginal, readStrings, resultItem, resultStatus } from './render.ts';

const maxResults = 8;
const debounceMs = 120;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function setup(dialog: HTMLDialogElement): void {
  const strings = readStrings(dialog);
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLUListElement>('[data-search-results]');
  const allLink = dialog.querySelector<HTMLAnchorElement>('[data-search-all]');
  if (!input || !status || !list || !allLink) return;
  const allHref = allLink.href;

  let opener: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;
  let shownQuery = '';
  let running: Promise<void> = Promise.resolve();

  const open = () => {
    // On /search/ the page's own field is the search; the shortcuts focus it instead.
    const pageInput = document.querySelector<HTMLInputElement>('[data-search-page-input]');
    if (pageInput) return pageInput.focus();
    if (dialog.open) return input.focus();
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    input.focus();
    input.select();
    loadPagefind().catch(() => showUnavailable());
  };

  const showUnavailable = () => {
    status.textContent = isDev ? strings.text.devMissing : strings.text.unavailable;
  };

  const run = async (query: string) => {
    const mine = ++sequence;
    allLink.href = query ? `${allHref}?${new URLSearchParams({ q: query })}` : allHref;
    pointToOriginal(dialog, query);
    if (!query) {
      shownQuery = '';
      list.replaceChildren();
      status.textContent = strings.text.hint;
      return;
    }
    let found;
    try {
      found = await quickSearch(query, maxResults);
    } catch (error) {
      if (mine === sequence) {
        list.replaceChildren();
        status.textContent = searchFailureText(error, strings.text);
      }
      return;
    }
    if (mine !== sequence) return;
    shownQuery = query;
    list.replaceChildren(...found.views.map((view) => resultItem(view, strings)));
    const count = found.count;
    const more = count > maxResults ? ` ${fill(strings.text.showing, { shown: maxResults, count })}` : '';
    status.textContent = resultStatus(count, query, strings, found.corrected) + more;
  };

  const schedule = () => {
    clearTimeout(timer);
    const query = normaliseQuery(input.value);
    timer = setTimeout(() => {
      running = run(query);
    }, debounceMs);
  };

  /** Runs a pending search at once (Enter pressed before the debounce fired). */
  const settle = async () => {
    const query = normaliseQuery(input.value);
    if (query !== shownQuery) {
      clearTimeout(timer);
      running = run(query);
    }
    await running;
  };

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('[data-search-link]')];

  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // A type=search field would swallow Esc to clear itself; Esc closes the dialog at once.
      event.preventDefault();
      dialog.close();
      return;
    }
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (at <= 0) input.focus();
      else all[at - 1]?.focus();
    } else if (event.key === 'Enter' && event.target === input) {
      event.preventDefault();
      void settle().then(() => links()[0]?.click());
    } else if (at >= 0 && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing on a result goes back to the field, so the letter lands in the query.
      input.focus();
    }
  });

  input.addEventListener('input', schedule);
  dialog.addEventListener('close', () => {
    opener?.focus();
    opener = null;
  });
  // A click on the backdrop lands on the <dialog> itself; its content fills the box.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());

  document.addEventListener('click', (event) => {
    const trigger = event.target instanceof Element ? event.target.closest('[data-search-open]') : null;
    if (!trigger || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open();
  });
  document.addEventListener('keydown', (event) => {
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (!commandK && !(slash && !dialog.open)) return;
    event.preventDefault();
    open();
  });
}

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
if (dialog) setup(dialog);
