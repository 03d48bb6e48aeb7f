/**
 * Astro's glob loader for the MDX collections, keeping each body as data: the entry holds its
 * frontmatter and its body text, and no `deferredRender` flag. Without that flag Astro adds no
 * module per file to its content module map, so Vite never compiles a body into code; pages
 * render bodies with src/components/mdx/Body.astro instead. The glob loader still finds the
 * files, validates them and watches them in `astro dev`.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];

/** The store the glob loader writes to, with every entry saved as data only. */
function dataOnlyStore(store: Store): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'set') {
        return (entry: Parameters<Store['set']>[0]) => {
          const { deferredRender: _deferred, rendered: _rendered, ...data } = entry;
          return target.set(data);
        };
      }
      // The loader re-adds the module of an unchanged file from its cached entry; there is none.
      if (property === 'addModuleImport') return () => {};
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function bodyAsData(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      // An entry cached by a build before this loader still carries the flag: sync it anew.
      for (const [id, entry] of context.store.entries()) if (entry.deferredRender) context.store.delete(id);
      return loader.load({ ...context, store: dataOnlyStore(context.store) });
    },
  };
}
