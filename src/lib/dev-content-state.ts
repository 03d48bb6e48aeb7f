/**
 * What `astro dev` shares between the content-check integration (loaded with astro.config.mjs),
 * the loaders (loaded with src/content.config.ts) and the dev middleware (loaded with the
 * pages): separate module instances in one process, so the state lives on `globalThis`, as the
 * build's gate does (./content-check-gate.ts).
 *
 * - Whether loaders are tolerant: in dev an entry that fails its schema is left out of the
 *   site until it is fixed, instead of stopping the server (Astro's glob loader throws on the
 *   first sync).
 *
 * The checker's last result, which the dev middleware shows, is kept by
 * src/integrations/dev-last-check.ts (this floor does not import the checker).
 */

const key = Symbol.for('playbook:dev-content-state');

interface DevContentState {
  tolerant: boolean;
}

function state(): DevContentState {
  const store = globalThis as Record<symbol, DevContentState | undefined>;
  return (store[key] ??= { tolerant: false });
}

export function setTolerantLoaders(tolerant: boolean): void {
  state().tolerant = tolerant;
}

export function tolerantLoaders(): boolean {
  return state().tolerant;
}
