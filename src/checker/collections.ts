/**
 * The collections the checker reads: the same folders (src/schemas/collections.ts) and schemas
 * as Astro's loaders, with references parsed as plain ids.
 */
import type { z } from 'astro/zod';
import { collectionFiles, type CollectionFiles } from '../schemas/collections.ts';
import { plainRef, type CollectionName } from '../schemas/common.ts';
import { competitorSchema } from '../schemas/competitors.ts';
import { conceptSchema } from '../schemas/concepts.ts';
import { industrySchema } from '../schemas/industries.ts';
import { personaSchema } from '../schemas/personas.ts';
import { productSchema } from '../schemas/products.ts';

export interface CollectionSpec extends CollectionFiles {
  name: CollectionName;
  schema: z.ZodType;
}

const schemas: Record<CollectionName, z.ZodType> = {
  products: productSchema,
  personas: personaSchema,
  industries: industrySchema,
  competitors: competitorSchema,
  concepts: conceptSchema(plainRef),
};

export const checkedCollections: readonly CollectionSpec[] = Object.entries(collectionFiles).map(
  ([name, files]) => ({ name: name as CollectionName, ...files, schema: schemas[name as CollectionName] }),
);

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
