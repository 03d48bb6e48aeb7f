/**
 * The one entry of every npm command: checks the Node.js version before anything written in
 * TypeScript loads, so an old Node says which Node to install instead of failing with
 * ERR_UNKNOWN_FILE_EXTENSION. Plain JavaScript that every Node.js since 14 can parse.
 *
 *   node src/cli/run.mjs check-content [args]   runs src/cli/check-content.ts
 *   node src/cli/run.mjs astro build [args]     runs Astro
 *   node src/cli/run.mjs --version-check        only checks the version
 */
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

/**
 * The oldest Node.js that runs every command: 22.18 is the first 22.x that strips TypeScript
 * types by default (the commands import .ts files and fork src/checker/check-child.ts without
 * flags; 22.12-22.17 fail with ERR_UNKNOWN_FILE_EXTENSION), and undici 8 (astro -> unifont)
 * declares 22.19, so npm warns below it. Astro 7 itself asks for 22.12. Node 23 stripped types
 * by default from 23.6; Node 24 and later always do.
 */
const required = [22, 19];
const oldestMinor = { 22: 19, 23: 6 };

export function nodeIsRecentEnough(version) {
  const [major, minor] = version.split('.').map(Number);
  if (major < required[0]) return false;
  const oldest = oldestMinor[major];
  return oldest === undefined || minor >= oldest;
}

export function tooOldMessage(version, execPath) {
  return [
    `This playbook needs Node.js ${required.join('.')} or newer, but this is Node.js v${version} (${execPath}).`,
    'Install Node.js 24 (LTS) from https://nodejs.org/ (or with a version manager: `nvm install 24`, `fnm install 24`),',
    'open a new terminal so `node --version` shows v24, and run the command again.',
  ].join('\n');
}

/**
 * Settings for the allocators of the build's native parts, applied unless the environment sets
 * them. Rolldown (Vite's bundler, in this process) allocates with mimalloc, which by default keeps
 * the memory of the Vite phase committed for the rest of the build; Pagefind (a child process)
 * allocates with jemalloc, which by default keeps freed pages for ten seconds, while it writes
 * the index at the end of the build. At 1,000 concepts, back to back: mimalloc's settings took
 * the Astro process from about 940 to 745 MB and the Vite phase from 3.6 to 1.8 s; jemalloc's
 * half second took Pagefind from about 475 to 410 MB (0 ms: 390 MB, but its index 1 s slower).
 * They must be in the environment before Rolldown loads, hence here.
 */
export const allocatorSettings = {
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MIMALLOC_PURGE_DELAY: '0',
  _RJEM_MALLOC_CONF: 'dirty_decay_ms:500',
};

/**
 * How far V8 lets the build's heap grow past what was live after its last full collection:
 * 60 % instead of V8's own choice, which reached 300 % while the objection cards render in
 * batches (src/lib/page-batch.ts), their rendering garbage living just long enough to be
 * promoted: the heap peaked at 650 MB with 160 MB live, now at 370 MB (1,000 concepts). 15 %
 * cost 6 s of collections. Set at run time, before Astro starts; a `--heap-growing-percent`
 * given to Node wins.
 */
export const heapGrowingPercent = 60;

export function heapFlags(execArgv) {
  const given = execArgv.some((arg) => /^--heap[-_]growing[-_]percent\b/.test(arg));
  return given ? [] : [`--heap-growing-percent=${heapGrowingPercent}`];
}

/** `env` with each of `settings` that it does not set itself. */
export function withAllocatorSettings(env, settings = allocatorSettings) {
  const merged = Object.assign({}, env);
  for (const name of Object.keys(settings)) {
    if (merged[name] === undefined) merged[name] = settings[name];
  }
  return merged;
}

/**
 * glibc's malloc (Linux) raises its mmap threshold to the size of every large block it frees,
 * up to 32 MB: once Astro has freed one such block, the buffers of the rendering (a batch of
 * cards is about 1 MB, a page tens of KB) come from its heap, whose free holes stay resident.
 * At 1,000 concepts that heap held about 205 MB of Astro's 500-570 MB while Pagefind built its
 * index, the build's peak; with the threshold fixed at 4 MB it held about 70 MB, and the tree's
 * peak went from 947-1,032 MB to 940-973 MB, the waiting launcher (about 45 MB) counted, at the
 * same CPU time (1 MB did as well; 128 KB cost rendering time). glibc reads it only when a
 * process starts, so the launcher starts `astro build` anew with it (see `runWithMallocSettings`),
 * unless the environment already sets it or the system is not Linux.
 */
export const mallocSettings = { MALLOC_MMAP_THRESHOLD_: String(4 * 1024 * 1024) };

/**
 * `npm run dev` shows drafts, marked as drafts, as a preview build does: an author previews the
 * concept they are writing. `PLAYBOOK_PREVIEW=0 npm run dev` shows the site as published.
 */
export function commandSettings(args) {
  const [command, subcommand] = args;
  return command === 'astro' && subcommand === 'dev' ? { PLAYBOOK_PREVIEW: '1' } : {};
}

/** Whether a command must start anew (`runWithMallocSettings`) to get `mallocSettings`. */
export function needsOwnProcess(args, platform, env) {
  const [command, subcommand] = args;
  return command === 'astro' && subcommand === 'build' && platform === 'linux' && Object.keys(mallocSettings).some((name) => env[name] === undefined);
}

/**
 * Runs this launcher again with `mallocSettings`: in place of this process where Node can
 * (`process.execve`, Node 22.15 and later on Linux), so no launcher waits beside the build (about
 * 45 MB of the build's memory), else in a child process whose exit status it passes on.
 */
function runWithMallocSettings(args) {
  const env = withAllocatorSettings(process.env, mallocSettings);
  const argv = [...process.execArgv, fileURLToPath(import.meta.url), ...args];
  if (typeof process.execve === 'function') process.execve(process.execPath, [process.execPath, ...argv], env);
  const child = spawn(process.execPath, argv, { stdio: 'inherit', env });
  // Ctrl-C reaches both processes; other signals sent to the launcher are passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    process.stderr.write(`Could not start the build: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
}

const isMain = Boolean(process.argv[1]) && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isMain) {
  if (!nodeIsRecentEnough(process.versions.node)) {
    process.stderr.write(`${tooOldMessage(process.versions.node, process.execPath)}\n`);
    process.exit(1);
  }
  const args = process.argv.slice(2);
  const [command] = process.argv.splice(2, 1);
  if (needsOwnProcess(args, process.platform, process.env)) {
    runWithMallocSettings(args);
  } else if (command === '--version-check') {
    // Nothing else to do.
  } else if (command === 'astro' || (command && /^[a-z-]+$/.test(command))) {
    const target = command === 'astro' ? new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url) : new URL(`./${command}.ts`, import.meta.url);
    // The command sees itself as the script that was run, as with `node src/cli/<command>.ts`.
    process.argv[1] = fileURLToPath(target);
    const settings = { ...allocatorSettings, ...commandSettings(args) };
    const env = withAllocatorSettings(process.env, settings);
    for (const name of Object.keys(settings)) process.env[name] = env[name];
    for (const flag of heapFlags(process.execArgv)) setFlagsFromString(flag);
    try {
      await import(target.href);
    } catch (error) {
      // A bad playbook.config.ts (src/lib/config-findings.ts): its findings, not a dump of the error.
      if (!(error instanceof Error) || error.name !== 'PlaybookConfigError') throw error;
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
  } else {
    process.stderr.write('Usage: node src/cli/run.mjs <check-content|new-entry|generate-editor-schemas|astro> [arguments]\n');
    process.exit(2);
  }
}
