import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import {
  competitorSchema,
  conceptSchema,
  industrySchema,
  personaSchema,
  productSchema,
  type RefFactory,
} from './schemas/index.ts';
import { playbookConfig } from './lib/playbook-config.ts';

// Astro's reference() yields { id, collection } like the checker's plainRef; the cast only
// narrows its looser declared output type.
const ref = reference as unknown as RefFactory;
const folder = (name: string) => join(playbookConfig.contentPath, name);

export const collections = {
  products: defineCollection({
    loader: glob({ base: folder('products'), pattern: '**/*.{yaml,yml}' }),
    schema: productSchema,
  }),
  personas: defineCollection({
    loader: glob({ base: folder('personas'), pattern: '**/*.{yaml,yml}' }),
    schema: personaSchema,
  }),
  industries: defineCollection({
    loader: glob({ base: folder('industries'), pattern: '**/*.{yaml,yml}' }),
    schema: industrySchema,
  }),
  competitors: defineCollection({
    loader: glob({ base: folder('competitors'), pattern: '**/*.{yaml,yml}' }),
    schema: competitorSchema,
  }),
  concepts: defineCollection({
    loader: glob({ base: folder('concepts'), pattern: '**/*.mdx' }),
    schema: conceptSchema(ref),
  }),
};
