/**
 * The content checker's last result in `astro dev`, which runs again after every content change:
 * the content-check integration sets it, the dev middleware shows its errors on a page that could
 * not render. Separate module instances in one process, so it lives on `globalThis`, like the
 * loaders' state (src/lib/dev-content-state.ts).
 */
import type { CheckResult } from '../checker/check.ts';

const key = Symbol.for('playbook:dev-last-check');

type Store = Record<symbol, { result: CheckResult | undefined } | undefined>;

export function setLastCheck(result: CheckResult | undefined): void {
  (globalThis as Store)[key] = { result };
}

export function lastCheck(): CheckResult | undefined {
  return (globalThis as Store)[key]?.result;
}
