import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { astroCollections } from './lib/astro-collections.ts';
import { tableLoader } from './checker/table-loader.ts';
import { bodyAsData } from './lib/body-as-data.ts';
import { playbookConfig } from './lib/playbook-config.ts';
import { collectionRegistry, type CollectionName, type RefFactory } from './schemas/index.ts';

// Astro's reference() yields { id, collection } like the checker's plainRef; the cast only
// narrows its looser declared output type.
const ref = reference as unknown as RefFactory;

type Registry = typeof collectionRegistry;
type Loader = ReturnType<typeof glob>;

/** Every collection of the registry, typed with its own schema so entries keep their data type. */
export const collections = astroCollections(collectionRegistry, playbookConfig.contentPath, {
  defineCollection: (config) => defineCollection(config),
  // MDX bodies stay data: pages render them with components/mdx/Body.astro, Vite never compiles them.
  glob: (options, format) => (format === 'mdx' ? bodyAsData(glob(options)) : glob(options)),
  table: tableLoader,
  ref,
}) as unknown as { [C in CollectionName]: { loader: Loader; schema: ReturnType<Registry[C]['schema']> } };
