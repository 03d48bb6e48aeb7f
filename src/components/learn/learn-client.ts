/**
 * What every /learn/ script shares: the learner's progress in localStorage (read through the
 * validating parser, so damaged data gives a clean state and a notice), the page's strings,
 * and small DOM builders. Nothing read from storage or a file is ever inserted as HTML.
 */
import { fillTemplate } from '../../lib/fill-template.ts';
import { formatNumber } from '../../lib/format.ts';
import { parseProgress, serializeProgress, storageKey, type Progress, type ProgressNotice } from '../../lib/learn-progress.ts';

export type Strings = Record<string, string>;
export type StoreNotice = ProgressNotice | 'unavailable';

export function readStrings(root: HTMLElement): Strings {
  return JSON.parse(root.dataset.learnStrings ?? '{}') as Strings;
}

/** A page string with its `{name}` places filled; numbers are written as the site writes them ("1,200", "1.200"). */
export function fill(strings: Strings, key: string, values: Record<string, string | number> = {}): string {
  const lang = document.documentElement.lang;
  const shown = Object.entries(values).map(([name, value]) => [name, typeof value === 'number' ? formatNumber(value, lang) : value]);
  return fillTemplate(strings[key] ?? key, Object.fromEntries(shown));
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The stored progress, and why it was not used when it was not. */
export function loadProgress(): { progress: Progress; notice: StoreNotice } {
  const store = storage();
  if (!store) return { ...parseProgress(null), notice: 'unavailable' };
  let text: string | null = null;
  try {
    text = store.getItem(storageKey);
  } catch {
    return { ...parseProgress(null), notice: 'unavailable' };
  }
  return parseProgress(text);
}

/** Stores progress; false when the browser refuses (private mode, full storage). */
export function saveProgress(progress: Progress): boolean {
  try {
    storage()?.setItem(storageKey, serializeProgress(progress));
    return storage() !== undefined;
  } catch {
    return false;
  }
}

export function clearProgress(): void {
  try {
    storage()?.removeItem(storageKey);
  } catch {
    /* nothing stored, nothing to clear */
  }
}

const noticeKeys: Record<Exclude<StoreNotice, 'none'>, string> = {
  damaged: 'learn.progress.notice.damaged',
  foreign: 'learn.progress.notice.foreign',
  newer: 'learn.progress.notice.newer',
  unavailable: 'learn.progress.notice.unavailable',
};

/** Shows why stored progress was ignored in the page's notice element (`[data-learn-notice]`). */
export function showNotice(root: ParentNode, strings: Strings, notice: StoreNotice): void {
  const box = root.querySelector<HTMLElement>('[data-learn-notice]');
  if (!box || notice === 'none') return;
  box.textContent = fill(strings, noticeKeys[notice]);
  box.hidden = false;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The minutes to add to UTC for the learner's local day. */
export function utcOffset(now: Date): number {
  return -now.getTimezoneOffset();
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}
