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
 * A bundle: for each file a line with its path, a line with its length in UTF-8 bytes, the
 * text, and a new line. The split copies each file's bytes from the bundle as they are, without
 * decoding or parsing them.
 */
export function bundlePart({ path, text }: { path: string; text: string }): string {
  return `${path}\n${Buffer.byteLength(text, 'utf8')}\n${text}\n`;
}

/** A whole bundle's text (`bundlePart` of each file). */
export function bundleText(files: readonly { path: string; text: string }[]): string {
  return files.map(bundlePart).join('');
}

/**
 * A bundle as a stream of bytes, a file at a time as `files` yields them, so neither the files
 * nor the bundle's text are ever all in memory at once.
 */
export function bundleStream(files: AsyncIterable<{ path: string; text: string }>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = files[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(bundlePart(next.value)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/**
 * A data file's path as a bundle may name it: relative, lower-case names, `.json`, no `..` or
 * empty segment. Anything else is refused: a bundle must not write outside the site.
 */
export function isDataFilePath(path: string): boolean {
  return /^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_.-]*)*\.json$/.test(path) && !path.split('/').some((part) => part === '..' || part === '.');
}
