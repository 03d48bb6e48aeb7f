/**
 * What `astro dev` shares between the content-check integration (loaded with astro.config.mjs),
 * the loaders (loaded with src/content.config.ts) and the dev middleware (loaded with the
 * pages): separate module instances in one process, so the state lives on `globalThis`, as the
 * build's gate does (./content-check-gate.ts).
 *
 * - Whether loaders are tolerant: in dev an entry that fails its schema is left out of the
 *   site until it is fixed, instead of stopping the server (Astro's glob loader throws on the
 *   first sync).
 * - The last result of the content checker, which runs again after every content change: the
 *   dev middleware shows its errors on a page that could not render.
 */
import type { CheckResult } from '../checker/check.ts';

const key = Symbol.for('playbook:dev-content-state');

interface DevContentState {
  tolerant: boolean;
  lastCheck: CheckResult | undefined;
}

function state(): DevContentState {
  const store = globalThis as Record<symbol, DevContentState | undefined>;
  return (store[key] ??= { tolerant: false, lastCheck: undefined });
}

export function setTolerantLoaders(tolerant: boolean): void {
  state().tolerant = tolerant;
}

export function tolerantLoaders(): boolean {
  return state().tolerant;
}

export function setLastCheck(result: CheckResult | undefined): void {
  state().lastCheck = result;
}

export function lastCheck(): CheckResult | undefined {
  return state().lastCheck;
}
