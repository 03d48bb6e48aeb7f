/**
 * The gate between the content checker and Astro's content sync in `astro build`. The checker
 * runs in its own process while the sync's loaders parse the content (src/checker/check-child.ts);
 * each loader waits at the gate once it has loaded, whether it succeeded or failed, so the
 * checker's findings are printed before Astro checks references, writes its data store or
 * reports a loader's error, and a failed check stops the build there.
 *
 * The integration (loaded with astro.config.mjs) and the loaders (loaded with
 * src/content.config.ts) are separate module instances, so the gate lives on `globalThis`.
 * Without a gate (`astro dev`, `astro sync`, unit tests) loaders do not wait.
 */
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
        await load.call(loader, context);
      } finally {
        // A rejection here replaces the loader's own error; a pass lets it through.
        await passContentCheck();
      }
    },
  };
}
