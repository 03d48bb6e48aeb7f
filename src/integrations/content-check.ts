import { fork, type ChildProcess } from 'node:child_process';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveToday } from '../lib/today.ts';
import { feedWarning } from '../lib/whats-new.ts';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkPlaybook, failedCheck, type CheckerConfig, type CheckResult } from '../checker/check.ts';
import type { CheckChildInput } from '../checker/check-child.ts';
import { formatFindingLine, formatSummary } from '../checker/format.ts';
import { resolvePlaybookConfig } from '../lib/playbook-config.ts';
import { passContentCheck, setContentCheckGate } from '../lib/content-check-gate.ts';
import { setTolerantLoaders } from '../lib/dev-content-state.ts';
import { setLastCheck } from './dev-last-check.ts';
import { bodyGuard } from './body-guard.ts';
import { markPhase } from './build-timings.ts';

/**
 * Runs the content checker so an author reads the checker's plain messages (file, line, field,
 * what to do) instead of Astro's terse ones. Errors stop `astro build` (and `astro sync`/`astro
 * check`); in `astro dev` they are printed and the server keeps running, so the author can fix
 * and reload: the checker runs again after every change in the content folder (`watchContent`),
 * an entry that fails its schema is left out until it is fixed (tolerantContext in
 * src/lib/content-check-gate.ts), and a page that cannot render while the content has errors
 * shows the checker's errors instead of a stack trace (./content-errors-middleware.ts).
 *
 * In `astro build` the checker runs in a process of its own (src/checker/check-child.ts),
 * started in `astro:config:done`, while Astro's content sync parses the same files: every
 * loader waits for it once it has loaded (src/lib/content-check-gate.ts), so its findings come
 * before Astro checks references or reports a loader's error, and a failed check stops the
 * build before Vite bundles anything or a page renders. At 1,000 concepts the checker takes
 * about 2.6 s and the sync 1.8 s, which used to run one after the other. The other commands
 * check in `astro:config:done`, before the sync.
 *
 * It also installs the body guard (./body-guard.ts), which refuses to compile a Markdown or
 * MDX body outside the safe subset, in the build and in dev. Listed before mdx() in
 * astro.config.mjs, so the guard runs before the MDX compiler.
 */
export default function contentCheck(options: { today?: Date } = {}): AstroIntegration {
  let command = 'build';
  let reported = false;
  let publicPath = fileURLToPath(new URL('../../public/', import.meta.url));
  return {
    name: 'playbook:content-check',
    hooks: {
      'astro:config:setup': (params) => {
        command = params.command;
        const scope = { contentPath: resolvePlaybookConfig().contentPath, srcPath: fileURLToPath(params.config.srcDir) };
        params.updateConfig({ vite: { plugins: [bodyGuard(scope)] } });
        if (command === 'dev') {
          setTolerantLoaders(true);
          params.addMiddleware({ entrypoint: new URL('./content-errors-middleware.ts', import.meta.url), order: 'pre' });
        }
      },
      'astro:config:done': ({ config, logger }) => {
        publicPath = fileURLToPath(config.publicDir);
        if (command === 'preview' || reported) return;
        reported = true; // warnings print once, even when Astro calls the hook again
        const checked = { ...resolvePlaybookConfig(), publicPath: fileURLToPath(config.publicDir) };
        const today = options.today ?? resolveToday(process.env.PLAYBOOK_TODAY, new Date());
        const conclude = (result: CheckResult) => {
          report(result, logger);
          if (command === 'dev') setLastCheck(result);
          const noFeed = feedWarning(checked.siteUrl);
          if (noFeed && command === 'build') logger.warn(noFeed);
          if (result.errors > 0 && command !== 'dev') {
            throw new ContentCheckError(result);
          }
        };
        if (command !== 'build') {
          const result = checkPlaybook(checked, today);
          markPhase('check:done');
          conclude(result);
          return;
        }
        const checking = checkInChildProcess(checked, today).then((result) => {
          markPhase('check:done');
          return result;
        });
        let concluded: Promise<void> | undefined;
        setContentCheckGate(() => (concluded ??= checking.then(conclude)));
      },
      'astro:server:setup': ({ server, logger }) => {
        const checked = { ...resolvePlaybookConfig(), publicPath };
        const today = () => options.today ?? resolveToday(process.env.PLAYBOOK_TODAY, new Date());
        const recheck = watchContent(checked.contentPath, () => checkInChildProcess(checked, today()), (result) => {
          setLastCheck(result);
          report(result, logger, true);
        });
        server.watcher.on('all', (_event, path) => recheck(path));
      },
      'astro:build:start': async () => {
        // The loaders waited already; this is for a sync that ran no loader.
        await passContentCheck();
        setContentCheckGate(undefined);
      },
    },
  };
}

/**
 * `checkPlaybook` in a child process (src/checker/check-child.ts). Never rejects: a process
 * that fails to start or stops without an answer is one finding, as a crash inside the checker
 * is, and the check fails.
 */
export function checkInChildProcess(config: CheckerConfig, today: Date, cwd: string = process.cwd()): Promise<CheckResult> {
  const input: CheckChildInput = { config, today: today.toISOString(), cwd };
  const failed = (problem: unknown) => failedCheck(config, cwd, 'starting the content check', problem);
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      // No flags of this process (an inspector port, a CPU profile); the advanced serialization
      // sends the input as structured clones.
      child = fork(fileURLToPath(new URL('../checker/check-child.ts', import.meta.url)), [], { cwd, execArgv: [], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      child.send(input, (problem) => {
        if (problem) {
          resolve(failed(problem));
          child.kill();
        }
      });
    } catch (problem) {
      resolve(failed(problem));
      return;
    }
    child.once('message', (result: CheckResult) => resolve(result));
    child.once('error', (problem) => resolve(failed(problem)));
    // 'close' comes after the last message (unlike 'exit'): a process that answered is never a failure.
    child.once('close', (code, signal) => resolve(failed(new Error(`the checker's process stopped (${signal ?? `exit code ${code}`})`))));
  });
}

function report(result: CheckResult, logger: AstroIntegrationLogger, always = false): void {
  for (const finding of result.findings) {
    if (finding.severity === 'error') logger.error(formatFindingLine(finding));
    else logger.warn(formatFindingLine(finding));
  }
  if (always || result.findings.length > 0) logger.info(formatSummary(result));
}

/** How long the checker waits after a change, so a save that touches several files checks once. */
export const recheckDelayMs = 150;

/**
 * In `astro dev`: a function to call with every changed path; once changes inside the content
 * folder stop for `recheckDelayMs`, `check` runs, and `done` gets its result. A change during a
 * check runs one more check after it, never two at once.
 */
export function watchContent(contentPath: string, check: () => Promise<CheckResult>, done: (result: CheckResult) => void): (path: string) => void {
  const root = contentPath.endsWith(sep) ? contentPath : contentPath + sep;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  const run = async () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      done(await check());
    } finally {
      running = false;
      if (again) {
        again = false;
        void run();
      }
    }
  };
  return (path) => {
    if (!path.startsWith(root)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), recheckDelayMs);
  };
}

/**
 * Thrown to stop the build. Its message is the summary and its stack is left out: the
 * findings above already say where and what, and a trace into our code helps no author.
 * The stack is empty, not the message again: Astro prints a "Stack trace:" heading for any
 * error with a stack (formatErrorMessage in astro/dist/core/messages/runtime.js), and under
 * it only the "at …" lines, so a message-only stack left an empty heading that read as a crash.
 */
export class ContentCheckError extends Error {
  constructor(result: CheckResult) {
    super(`${formatSummary(result)} Fix the errors listed above (run \`npm run check:content\` to list them again).`);
    this.name = 'ContentCheckError';
    this.stack = '';
  }
}
