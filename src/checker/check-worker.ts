/**
 * The content checker on a thread of its own: `astro build` starts it in `astro:config:done`
 * (src/integrations/content-check.ts) and it checks the content folder while Astro's content
 * sync parses the same files on the main thread. It posts the `CheckResult` once; plain data,
 * as `checkPlaybook` never throws.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPlaybook, type CheckerConfig } from './check.ts';

export interface CheckWorkerInput {
  config: CheckerConfig;
  /** The checker's today, as an ISO date-time. */
  today: string;
  cwd: string;
}

const input = workerData as CheckWorkerInput;
parentPort?.postMessage(checkPlaybook(input.config, new Date(input.today), input.cwd));
