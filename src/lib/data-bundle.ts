/**
 * The bundles of data files a build writes through src/pages/data-files/ (one file per kind),
 * for src/integrations/data-files.ts to split. Imports nothing of Astro, so the integration and
 * the route share it.
 */

/** The folder of the bundles in the built site, removed once they are split. */
export const dataBundleFolder = 'data-files';

/** The file name ending of a bundle. */
export const bundleExtension = '.bundle';

/**
 * A bundle's text: for each file a line with its path, a line with its length in UTF-8 bytes,
 * the text, and a new line. The split copies each file's bytes from the bundle as they are,
 * without decoding or parsing them.
 */
export function bundleText(files: readonly { path: string; text: string }[]): string {
  return files.map(({ path, text }) => `${path}\n${Buffer.byteLength(text, 'utf8')}\n${text}\n`).join('');
}

/**
 * A data file's path as a bundle may name it: relative, lower-case names, `.json`, no `..` or
 * empty segment. Anything else is refused: a bundle must not write outside the site.
 */
export function isDataFilePath(path: string): boolean {
  return /^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_.-]*)*\.json$/.test(path) && !path.split('/').some((part) => part === '..' || part === '.');
}
