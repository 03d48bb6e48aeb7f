/**
 * Astro's collections from the registry: one glob loader per collection over its folder in
 * the content folder, and its schema built with Astro's `reference()`. Pure: Astro's
 * `defineCollection`, `glob` and `reference` are passed in by src/content.config.ts, so a unit
 * test can check what a registry entry turns into without Astro.
 */
import { join } from 'node:path';
import { globPattern, registryEntries, type CollectionRegistry } from '../schemas/collections.ts';
import type { RefFactory } from '../schemas/common.ts';

export interface AstroCollectionTools<Loader, Config> {
  defineCollection: (config: { loader: Loader; schema: ReturnType<CollectionRegistry[string]['schema']> }) => Config;
  /** The loader of Markdown, MDX and YAML collections; `format` says which the files are. */
  glob: (options: { base: string; pattern: string }, format: 'md' | 'mdx' | 'yaml') => Loader;
  /** The loader of CSV collections (one entry per file). */
  table: (options: { base: string; extensions: readonly string[] }) => Loader;
  ref: RefFactory;
}

export function astroCollections<R extends CollectionRegistry, Loader, Config>(
  registry: R,
  contentPath: string,
  tools: AstroCollectionTools<Loader, Config>,
): Record<Extract<keyof R, string>, Config> {
  return Object.fromEntries(
    registryEntries(registry).map((spec) => [
      spec.name,
      tools.defineCollection({
        loader:
          spec.format === 'csv'
            ? tools.table({ base: join(contentPath, spec.folder), extensions: spec.extensions })
            : tools.glob({ base: join(contentPath, spec.folder), pattern: globPattern(spec) }, spec.format),
        schema: spec.schema(tools.ref),
      }),
    ]),
  ) as Record<Extract<keyof R, string>, Config>;
}
