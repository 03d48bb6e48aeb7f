/**
 * The collections the checker reads: the registry's folders and schemas (src/schemas/
 * collections.ts), the same Astro's loaders use, with references parsed as plain ids.
 */
import type { z } from 'astro/zod';
import { collectionRegistry, registryEntries, type CollectionFiles, type CollectionRegistry } from '../schemas/collections.ts';
import { plainRef, type CollectionName } from '../schemas/common.ts';

export interface CollectionSpec extends CollectionFiles {
  name: CollectionName;
  schema: z.ZodType;
}

/** The checker's view of a registry: each collection with its schema built on plain ids. */
export function checkedCollectionsOf(registry: CollectionRegistry): CollectionSpec[] {
  return registryEntries(registry).map(({ name, folder, format, extensions, schema }) => ({
    name: name as CollectionName,
    folder,
    format,
    extensions,
    schema: schema(plainRef),
  }));
}

export const checkedCollections: readonly CollectionSpec[] = checkedCollectionsOf(collectionRegistry);

/**
 * The id Astro's glob loader gives a file: its path inside the collection folder without the
 * extension, each segment slugged like github-slugger does.
 */
export function entryIdFromPath(relativePath: string): string {
  const withoutExt = relativePath.replace(/\.[^./\\]+$/, '');
  return withoutExt
    .split(/[\\/]/)
    .map((segment) =>
      segment
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/ /g, '-'),
    )
    .join('/')
    .replace(/\/index$/, '');
}
