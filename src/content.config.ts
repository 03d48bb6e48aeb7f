import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import {
  collectionFiles,
  competitorSchema,
  conceptSchema,
  globPattern,
  industrySchema,
  personaSchema,
  productSchema,
  type CollectionName,
  type RefFactory,
} from './schemas/index.ts';
import { playbookConfig } from './lib/playbook-config.ts';

// Astro's reference() yields { id, collection } like the checker's plainRef; the cast only
// narrows its looser declared output type.
const ref = reference as unknown as RefFactory;

/** The loader of a collection: its files in the content folder, as the checker reads them. */
function files(name: CollectionName) {
  const spec = collectionFiles[name];
  return glob({ base: join(playbookConfig.contentPath, spec.folder), pattern: globPattern(spec) });
}

export const collections = {
  products: defineCollection({ loader: files('products'), schema: productSchema }),
  personas: defineCollection({ loader: files('personas'), schema: personaSchema }),
  industries: defineCollection({ loader: files('industries'), schema: industrySchema }),
  competitors: defineCollection({ loader: files('competitors'), schema: competitorSchema }),
  concepts: defineCollection({ loader: files('concepts'), schema: conceptSchema(ref) }),
};
