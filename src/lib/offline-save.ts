/**
 * "Save for offline" in words: which URLs a save asks the service worker to keep (the page the
 * reader is on first, then the pages and data files it names, each once) and what the reader is
 * told afterwards (how many pages are now on the device, which URLs were not kept). Pure; the
 * button's script (src/components/offline/save-offline.ts) sends and shows them.
 */

export interface SaveRequest {
  /** The pages to keep, as absolute URLs: the current page first. */
  pages: string[];
  /** Data files the pages load (the brief's JSON), as absolute URLs: not counted as pages. */
  files: string[];
}

export interface SaveSummary {
  /** How many of the requested pages are now kept. */
  pages: number;
  /** The URLs that were not kept, as the site path with its query where it is of this site. */
  failed: string[];
}

/** The URLs to save: `current` first, then `pages` and `files` resolved against it, each once. */
export function saveRequest(current: string, pages: readonly string[], files: readonly string[]): SaveRequest {
  const seen = new Set<string>();
  const once = (urls: readonly string[]) =>
    urls.flatMap((url) => {
      let absolute: string;
      try {
        const parsed = new URL(url, current);
        parsed.hash = '';
        absolute = parsed.href;
      } catch {
        return [];
      }
      if (seen.has(absolute)) return [];
      seen.add(absolute);
      return [absolute];
    });
  return { pages: once([current, ...pages]), files: once(files) };
}

/** A URL as the worker reports a saved one: its path and query (an absolute URL of another site stays whole). */
export function sitePath(url: string, origin: string): string {
  try {
    const parsed = new URL(url, origin);
    return parsed.origin === origin ? `${parsed.pathname}${parsed.search}` : url;
  } catch {
    return url;
  }
}

/** What to tell the reader about a save: the requested pages now kept, and what was not kept. */
export function saveSummary(request: SaveRequest, result: { saved: readonly string[]; failed: readonly string[] }, origin: string): SaveSummary {
  const saved = new Set(result.saved);
  return {
    pages: request.pages.filter((url) => saved.has(sitePath(url, origin))).length,
    failed: [...new Set(result.failed.map((url) => sitePath(url, origin)))],
  };
}
