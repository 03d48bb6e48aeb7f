import { appendFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/**
 * Phase marks for the benchmark (tests/bench/benchmark.ts): when PLAYBOOK_BUILD_TIMINGS names a
 * file, each mark appends a line "<phase> <epoch ms>". Without it nothing is written.
 */
export function markPhase(phase: string): void {
  const file = process.env.PLAYBOOK_BUILD_TIMINGS;
  if (file) appendFileSync(file, `${phase} ${(performance.timeOrigin + performance.now()).toFixed(1)}\n`);
}

/**
 * Marks the hooks between the phases of `astro build`. Listed first in astro.config.mjs, so its
 * hooks run before the other integrations' hooks of the same name: `config` (before the
 * checker), `build:start` (content synced, Vite starts), `pages:done` (every page rendered) and
 * `done:start`. The checker, the Pagefind index and the staged output add their own marks.
 */
export default function buildTimings(): AstroIntegration {
  return {
    name: 'playbook:build-timings',
    hooks: {
      'astro:config:done': () => markPhase('config'),
      'astro:build:start': () => markPhase('build:start'),
      'astro:build:generated': () => markPhase('pages:done'),
      'astro:build:done': () => markPhase('done:start'),
    },
  };
}
