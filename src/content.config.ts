import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { astroCollections } from './lib/astro-collections.ts';
import { tableLoader } from './checker/table-loader.ts';
import { bodyAsData } from './lib/body-as-data.ts';
import { afterContentCheck } from './lib/content-check-gate.ts';
import { playbookConfig } from './lib/playbook-config.ts';
import { collectionRegistry, type CollectionName, type RefFactory } from './schemas/index.ts';

// Astro's reference() yields { id, collection } like the checker's plainRef; the cast only
// narrows its looser declared output type.
const ref = reference as unknown as RefFactory;

type Registry = typeof collectionRegistry;
type Loader = ReturnType<typeof glob>;

/** Every collection of the registry, typed with its own schema so entries keep their data type. */
export const collections = astroCollections<Registry, Loader, ReturnType<typeof defineCollection>>(collectionRegistry, playbookConfig.contentPath, {
  defineCollection: (config) => defineCollection(config),
  // MDX bodies stay data: pages render them with components/mdx/Body.astro, Vite never compiles them.
  // Each loader waits for the content checker once it has loaded (src/lib/content-check-gate.ts).
  glob: (options, format) => afterContentCheck(format === 'mdx' ? bodyAsData(glob(options)) : glob(options)),
  table: (options) => afterContentCheck(tableLoader(options)),
  ref,
}) as unknown as { [C in CollectionName]: { loader: Loader; schema: ReturnType<Registry[C]['schema']> } };
