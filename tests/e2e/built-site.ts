import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The built sample site on disk, for checks that read every page rather than crawl. */
export const siteDir = 'dist';

/** Every HTML file of the built site (both languages, the 404 page included), relative paths. */
export function builtPages(dir: string = siteDir): string[] {
  return readdirSync(dir, { recursive: true })
    .map((file) => String(file).split(sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .sort();
}

export function readPage(file: string, dir: string = siteDir): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** `concepts/x/index.html` → `/concepts/x/`. */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
