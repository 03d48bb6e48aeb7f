/**
 * The collection registry: one entry per collection of the content model. Astro's loaders
 * (src/content.config.ts), the checker (src/checker/), the editor JSON Schemas, the field
 * reference, scaffolding (`npm run new`), edit links and the site index all derive from it, so
 * adding a collection is one entry here plus its schema module (and its name in `collectionNames`,
 * which the type below enforces).
 */
import type { z } from 'astro/zod';
import type { CollectionName, RefFactory } from './common.ts';
import { competitorSchema } from './competitors.ts';
import { conceptSchema } from './concepts.ts';
import { fieldNoteSchema } from './field-notes.ts';
import { industrySchema } from './industries.ts';
import { lessonSchema } from './lessons.ts';
import { metricsSchema } from './metrics.ts';
import { personaSchema } from './personas.ts';
import { productSchema } from './products.ts';

/** Where a collection's files live in the content folder and how they are written. */
export interface CollectionFiles {
  /** Folder under the content folder. */
  folder: string;
  /** How entries are written: whole YAML files, MDX (frontmatter and a body with components), Markdown (frontmatter and a plain body), or CSV tables (one entry per file, its lines under `rows`). */
  format: 'yaml' | 'mdx' | 'md' | 'csv';
  /** File extensions with the dot, the first one being what scaffolding writes. */
  extensions: readonly string[];
}

/** One collection: its files, the noun for one entry, and its schema. */
export interface CollectionDef extends CollectionFiles {
  /** One entry in plain words ("concept"); also the kind `npm run new` takes. */
  singular: string;
  /**
   * Builds the schema with a reference factory: Astro passes `reference()`, the checker and
   * the editor schemas a plain id schema.
   */
  schema: (ref: RefFactory) => z.ZodType;
}

const yaml = { format: 'yaml', extensions: ['.yaml', '.yml'] } as const;

/** The collections, in the order the authoring guide presents them: the concept first. */
export const collectionRegistry = {
  concepts: { folder: 'concepts', format: 'mdx', extensions: ['.mdx'], singular: 'concept', schema: (ref: RefFactory) => conceptSchema(ref) },
  products: { folder: 'products', ...yaml, singular: 'product', schema: () => productSchema },
  personas: { folder: 'personas', ...yaml, singular: 'persona', schema: () => personaSchema },
  industries: { folder: 'industries', ...yaml, singular: 'industry', schema: () => industrySchema },
  competitors: { folder: 'competitors', ...yaml, singular: 'competitor', schema: () => competitorSchema },
  lessons: { folder: 'lessons', format: 'mdx', extensions: ['.mdx'], singular: 'lesson', schema: (ref: RefFactory) => lessonSchema(ref) },
  metrics: { folder: 'metrics', format: 'csv', extensions: ['.csv'], singular: 'metrics', schema: (ref: RefFactory) => metricsSchema(ref) },
  'field-notes': { folder: 'field-notes', format: 'md', extensions: ['.md'], singular: 'field-note', schema: (ref: RefFactory) => fieldNoteSchema(ref) },
} as const satisfies Record<CollectionName, CollectionDef>;

export type CollectionRegistry = Readonly<Record<string, CollectionDef>>;

/** The data of an entry of a collection, as its schema outputs it. */
export type CollectionData<C extends CollectionName> = z.output<
  ReturnType<(typeof collectionRegistry)[C]['schema']>
>;

/** The registry as a list of `{ name, ...def }`, in registry order. */
export function registryEntries<R extends CollectionRegistry>(
  registry: R = collectionRegistry as unknown as R,
): (CollectionDef & { name: Extract<keyof R, string> })[] {
  return Object.entries(registry).map(([name, def]) => ({ name: name as Extract<keyof R, string>, ...def }));
}

/** The glob pattern of a collection's files ("**\/*.{yaml,yml}"). */
export function globPattern(files: CollectionFiles): string {
  const names = files.extensions.map((ext) => ext.slice(1));
  return names.length === 1 ? `**/*.${names[0]}` : `**/*.{${names.join(',')}}`;
}
