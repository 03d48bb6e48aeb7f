import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * A full, compacting collection of the build's heap that hands the freed pages back to the
 * system: V8's own last-resort collection, the one it runs before it gives up on memory.
 *
 * Called once, when every page has rendered and before Pagefind builds its index in its own
 * process (pagefind.ts). By then most of the heap is rendering garbage that V8 would collect
 * but keep committed: at 1,000 concepts the heap is about 390 MB with 150 MB live, and Astro's
 * process sits at about 770 MB while Pagefind climbs to about 430 MB. After this collection
 * the process is at about 500 MB, so the two together stay under 1 GiB. An ordinary full
 * collection frees the same objects but keeps the heap's pages (about 50 MB less instead).
 *
 * V8 hands `gc` only to contexts made while `--expose-gc` is set, so the flag is set for a
 * moment to make one such context, as Jest's leak detector does, and unset again.
 */
export function releaseHeap(): void {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as Collect;
  setFlagsFromString('--no-expose-gc');
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
