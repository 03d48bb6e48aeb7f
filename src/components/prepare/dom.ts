/**
 * A tiny element builder for the brief's client scripts. Text is always set as text nodes, never
 * parsed as HTML, so nothing from the URL, localStorage or the data files can become markup.
 */
type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  id?: string;
  href?: string;
  lang?: string;
  [attribute: string]: string | undefined;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value !== undefined) element.setAttribute(name === 'class' ? 'class' : name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** The reader's date as YYYY-MM-DD, in their own time zone. */
export function readerToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Copies text to the clipboard; the status element says whether it worked. */
export async function copyText(text: string, status: HTMLElement, ok: string, failed: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = ok;
  } catch {
    status.textContent = failed;
  }
}

/** Replaces an element's children, skipping the empty ones (sections a brief does not have). */
export function fill(parent: HTMLElement, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false));
}
