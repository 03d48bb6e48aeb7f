/**
 * The bundles of data files a build writes through src/pages/data-files/ (one JSON file per
 * kind: `[[path, text], …]`), for src/integrations/data-files.ts to split. Imports nothing of
 * Astro, so the integration and the route share it.
 */

/** The folder of the bundles in the built site, removed once they are split. */
export const dataBundleFolder = 'data-files';

/**
 * A data file's path as a bundle may name it: relative, lower-case names, `.json`, no `..` or
 * empty segment. Anything else is refused: a bundle must not write outside the site.
 */
export function isDataFilePath(path: string): boolean {
  return /^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_.-]*)*\.json$/.test(path) && !path.split('/').some((part) => part === '..' || part === '.');
}
