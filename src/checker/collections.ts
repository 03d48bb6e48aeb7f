/**
 * The collections the checker reads, with the same schemas Astro uses (references as plain ids).
 * Mirrors src/content.config.ts: folder names and file extensions must stay in step with it.
 */
import type { z } from 'astro/zod';
import { plainRef, type CollectionName } from '../schemas/common.ts';
import { competitorSchema } from '../schemas/competitors.ts';
import { conceptSchema } from '../schemas/concepts.ts';
import { industrySchema } from '../schemas/industries.ts';
import { personaSchema } from '../schemas/personas.ts';
import { productSchema } from '../schemas/products.ts';

export interface CollectionSpec {
  name: CollectionName;
  /** Folder under the content folder. */
  folder: string;
  format: 'yaml' | 'mdx';
  extensions: readonly string[];
  schema: z.ZodType;
}

const yaml = ['.yaml', '.yml'] as const;

export const checkedCollections: readonly CollectionSpec[] = [
  { name: 'products', folder: 'products', format: 'yaml', extensions: yaml, schema: productSchema },
  { name: 'personas', folder: 'personas', format: 'yaml', extensions: yaml, schema: personaSchema },
  { name: 'industries', folder: 'industries', format: 'yaml', extensions: yaml, schema: industrySchema },
  { name: 'competitors', folder: 'competitors', format: 'yaml', extensions: yaml, schema: competitorSchema },
  { name: 'concepts', folder: 'concepts', format: 'mdx', extensions: ['.mdx'], schema: conceptSchema(plainRef) },
];

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
