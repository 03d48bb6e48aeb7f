/**
 * The gate between the content checker and Astro's content sync in `astro build`. The checker
 * runs in its own process while the sync's loaders parse the content (src/checker/check-child.ts);
 * each loader waits at the gate once it has loaded, whether it succeeded or failed, so the
 * checker's findings are printed before Astro checks references, writes its data store or
 * reports a loader's error, and a failed check stops the build there.
 *
 * The integration (loaded with astro.config.mjs) and the loaders (loaded with
 * src/content.config.ts) are separate module instances, so the gate lives on `globalThis`.
 * Without a gate (`astro dev`, `astro sync`, unit tests) loaders do not wait; in `astro dev` they
 * leave out an entry that fails its schema instead of failing (`tolerantContext`).
 */
import { tolerantLoaders } from './dev-content-state.ts';

const key = Symbol.for('playbook:content-check-gate');

type Gate = () => Promise<void>;

export function setContentCheckGate(gate: Gate | undefined): void {
  (globalThis as Record<symbol, unknown>)[key] = gate;
}

/** Resolves once the checker passed; rejects with its error when it found errors. */
export function passContentCheck(): Promise<void> {
  const gate = (globalThis as Record<symbol, unknown>)[key] as Gate | undefined;
  return gate ? gate() : Promise.resolve();
}

/** A content loader: Astro's `Loader`, or anything else with a `load` of one argument. */
interface LoaderLike {
  load: (context: never) => Promise<void>;
}

/** The part of Astro's loader context that tolerance changes. */
interface TolerableContext {
  parseData: (props: { id: string; data: unknown; filePath?: string }) => Promise<unknown>;
  store: { set: (entry: { id: string }) => boolean; delete: (id: string) => void };
  logger: { warn: (message: string) => void };
}

/**
 * The loader's context in `astro dev`: an entry whose data fails its schema is left out (and a
 * stale copy of it removed) instead of failing the load, which stops the server on its first
 * sync; one line says so, and the content checker prints the finding with its line.
 */
export function tolerantContext<C extends TolerableContext>(context: C): C {
  const broken = new Set<string>();
  const parseData: TolerableContext['parseData'] = async (props) => {
    try {
      const data = await context.parseData(props);
      broken.delete(props.id);
      return data;
    } catch {
      broken.add(props.id);
      const file = props.filePath ? relativeToCwd(props.filePath) : props.id;
      context.logger.warn(`${file} is left out of the dev site until its data is valid; the content check says what to fix.`);
      return props.data;
    }
  };
  const store = new Proxy(context.store, {
    get(target, property, receiver) {
      if (property === 'set') {
        return (entry: { id: string }) => {
          if (!broken.has(entry.id)) return target.set(entry);
          target.delete(entry.id);
          return false;
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { ...context, parseData, store };
}

function relativeToCwd(path: string): string {
  const cwd = process.cwd().replace(/\\/g, '/');
  const posix = path.replace(/\\/g, '/');
  return posix.startsWith(`${cwd}/`) ? posix.slice(cwd.length + 1) : posix;
}

/**
 * The same loader, waiting at the gate after its load. When the load failed and the checker
 * found errors, the checker's error is thrown (its findings already name file, line and field);
 * when the checker passed, the loader's own error is.
 */
export function afterContentCheck<L extends LoaderLike>(loader: L): L {
  const load = loader.load as (context: unknown) => Promise<void>;
  return {
    ...loader,
    load: async (context: unknown) => {
      try {
        await load.call(loader, tolerantLoaders() ? tolerantContext(context as TolerableContext) : context);
      } finally {
        // A rejection here replaces the loader's own error; a pass lets it through.
        await passContentCheck();
      }
    },
  };
}
