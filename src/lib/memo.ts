/** HTML rendered once per build and key (src/components/Memo.astro). */
const rendered = new Map<string, Promise<string>>();

/** The HTML for `key`: rendered by the first caller, awaited by every later one. */
export function memoized(key: string, render: () => Promise<string>): Promise<string> {
  let html = rendered.get(key);
  if (!html) {
    html = render();
    rendered.set(key, html);
    // A failed render is not kept: the next page tries again and reports its own error.
    html.catch(() => rendered.delete(key));
  }
  return html;
}
