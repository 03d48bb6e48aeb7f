/**
 * The content checker in a process of its own: `astro build` starts it in `astro:config:done`
 * (src/integrations/content-check.ts) and it checks the content folder while Astro's content
 * sync parses the same files in the build's process. It receives its input and sends the
 * `CheckResult` back once over the IPC channel; plain data, as `checkPlaybook` never throws.
 * A process rather than a worker thread: a thread's memory (about 200 MB at 1,000 concepts)
 * stayed with the build's process until its end, and the build's peak rose past 1 GiB.
 */
import { checkPlaybook, type CheckerConfig, type CheckResult } from './check.ts';

export interface CheckChildInput {
  config: CheckerConfig;
  /** The checker's today, as an ISO date-time. */
  today: string;
  cwd: string;
}

process.once('message', (input: CheckChildInput) => {
  const result: CheckResult = checkPlaybook(input.config, new Date(input.today), input.cwd);
  process.send?.(result, () => process.disconnect());
});
