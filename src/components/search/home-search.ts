/**
 * The big search field on the home page: results as you type, like the dialog, without leaving
 * the page. Pagefind is loaded when the field gets the focus (not with the page), so the first
 * results are there as soon as the salesperson has typed a word. Enter still submits the form to
 * /search/ (all results and filters); without JavaScript the form is all there is.
 */
import { normaliseQuery } from '../../lib/search-query.ts';
import { isDev, loadPagefind, quickSearch, searchFailureText } from './pagefind-client.ts';
import { fill, readStrings, resultItem, resultStatus } from './render.ts';

const maxResults = 6;
const debounceMs = 120;

function setup(root: HTMLElement, dialog: HTMLElement): void {
  const strings = readStrings(dialog);
  const form = root.querySelector<HTMLFormElement>('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLUListElement>('[data-search-results]');
  const all = root.querySelector<HTMLAnchorElement>('[data-search-all]');
  if (!form || !input || !status || !list || !all) return;
  const allHref = all.href;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const unavailable = () => {
    status.textContent = isDev ? strings.text.devMissing : strings.text.unavailable;
  };

  const run = async (query: string) => {
    const mine = ++sequence;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      all.hidden = true;
      return;
    }
    let found;
    try {
      found = await quickSearch(query, maxResults);
    } catch (error) {
      if (mine === sequence) {
        list.replaceChildren();
        all.hidden = true;
        status.textContent = searchFailureText(error, strings.text);
      }
      return;
    }
    if (mine !== sequence) return;
    list.replaceChildren(...found.views.map((view) => resultItem(view, strings)));
    const count = found.count;
    const more = count > maxResults ? ` ${fill(strings.text.showing, { shown: maxResults, count })}` : '';
    status.textContent = resultStatus(count, query, strings, found.corrected) + more;
    all.href = `${allHref}?${new URLSearchParams({ q: query })}`;
    all.hidden = count === 0;
  };

  input.addEventListener('focus', () => void loadPagefind().catch(unavailable), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = normaliseQuery(input.value);
    timer = setTimeout(() => void run(query), debounceMs);
  });

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('[data-search-link]')];
  root.addEventListener('keydown', (event) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (event.target === input || at >= 0)) {
      event.preventDefault();
      items[Math.min(at + 1, items.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) input.focus();
      else items[at - 1]?.focus();
    }
  });
}

const root = document.querySelector<HTMLElement>('[data-home-search]');
const dialog = document.querySelector<HTMLElement>('dialog[data-search-dialog]');
if (root && dialog) setup(root, dialog);
