import { z } from 'astro/zod';
import { collectionRegistry, registryEntries, type CollectionRegistry } from '../schemas/collections.ts';
import { plainRef, type CollectionName, type RefFactory } from '../schemas/common.ts';

/** A JSON Schema document as zod 4 emits it. */
export type JsonSchema = z.core.JSONSchema.JSONSchema;

/** How the entries of a collection are written: whole YAML files, MDX or Markdown frontmatter, or CSV tables. */
export type EntryFormat = 'yaml' | 'mdx' | 'md' | 'csv';

/** The collections in the order the authoring guide presents them (registry order: the concept first). */
export function documentedCollectionsOf(registry: CollectionRegistry): { name: string; format: EntryFormat }[] {
  return registryEntries(registry).map(({ name, format }) => ({ name, format }));
}
export const documentedCollections = documentedCollectionsOf(collectionRegistry) as readonly {
  name: CollectionName;
  format: EntryFormat;
}[];

/** The Astro-free schema of every collection, built with the given reference factory. */
export function collectionSchemas(ref: RefFactory = plainRef, registry: CollectionRegistry = collectionRegistry): Record<string, z.ZodType> {
  return Object.fromEntries(registryEntries(registry).map(({ name, schema }) => [name, schema(ref)]));
}

/**
 * A reference factory that also records the target collection as `x-reference`, so the field
 * reference can say "id of a persona" instead of "text". Editor schemas use plain `plainRef`.
 */
export const documentedRef: RefFactory = <C extends CollectionName>(collection: C) =>
  plainRef(collection).meta({ 'x-reference': collection });

/**
 * The JSON Schema of what an author writes (zod's input side: defaults make fields optional,
 * transforms are skipped). Dates are written as YYYY-MM-DD in YAML, so they become date strings;
 * draft-07 is what the VS Code YAML extension and Ajv understand without extra setup.
 */
export function toAuthorJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: ({ zodSchema }) =>
      zodSchema._zod.def.type === 'date' ? { type: 'string', format: 'date' } : 'throw',
  });
}
