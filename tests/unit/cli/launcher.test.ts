/**
 * The launcher (src/cli/run.mjs) checks the Node.js version before any TypeScript loads. The
 * old-Node case runs the launcher with a Node older than 22.19 when the machine has one (OLD_NODE
 * names one, e.g. node@22.12.0 installed with `npm install --prefix /tmp/n node@22.12.0`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A plain .mjs file without types, on purpose: an old Node must be able to parse it.
const launcher = '../../../src/cli/run.mjs';
const { commandSettings, heapFlags, mallocSettings, needsOwnProcess, nodeIsRecentEnough, tooOldMessage, withAllocatorSettings } = (await import(launcher)) as {
  commandSettings: (args: string[]) => Record<string, string>;
  heapFlags: (execArgv: string[]) => string[];
  mallocSettings: Record<string, string>;
  needsOwnProcess: (args: string[], platform: string, env: Record<string, string | undefined>) => boolean;
  nodeIsRecentEnough: (version: string) => boolean;
  tooOldMessage: (version: string, execPath: string) => string;
  withAllocatorSettings: (env: Record<string, string | undefined>, settings?: Record<string, string>) => Record<string, string | undefined>;
};

/** A Node.js older than 22.19 on this machine (OLD_NODE from the environment, or Debian's /usr/bin/node). */
function oldNode(): string | undefined {
  for (const candidate of [process.env.OLD_NODE, '/usr/bin/node', '/usr/local/bin/node', '/bin/node']) {
    if (!candidate) continue;
    try {
      const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim().slice(1);
      if (!nodeIsRecentEnough(version)) return candidate;
    } catch {
      // not there
    }
  }
  return undefined;
}

describe('the Node.js launcher', () => {
  it('knows which versions run the playbook', () => {
    expect(nodeIsRecentEnough('20.20.2')).toBe(false);
    // Astro 7's own minimum, but these Nodes do not strip TypeScript types by default.
    expect(nodeIsRecentEnough('22.12.0')).toBe(false);
    expect(nodeIsRecentEnough('22.17.1')).toBe(false);
    // Strips types, but undici 8 (astro -> unifont) asks for 22.19.
    expect(nodeIsRecentEnough('22.18.0')).toBe(false);
    expect(nodeIsRecentEnough('22.19.0')).toBe(true);
    expect(nodeIsRecentEnough('22.21.1')).toBe(true);
    expect(nodeIsRecentEnough('23.5.0')).toBe(false);
    expect(nodeIsRecentEnough('23.6.0')).toBe(true);
    expect(nodeIsRecentEnough('24.0.0')).toBe(true);
    expect(nodeIsRecentEnough('26.1.0')).toBe(true);
    expect(tooOldMessage('20.20.2', '/usr/bin/node')).toMatchInlineSnapshot(`
      "This playbook needs Node.js 22.19 or newer, but this is Node.js v20.20.2 (/usr/bin/node).
      Install Node.js 24 (LTS) from https://nodejs.org/ (or with a version manager: \`nvm install 24\`, \`fnm install 24\`),
      open a new terminal so \`node --version\` shows v24, and run the command again."
    `);
  });

  it('gives the native allocators their defaults, and keeps what the environment already sets', () => {
    expect(withAllocatorSettings({ PATH: '/usr/bin' })).toEqual({
      PATH: '/usr/bin',
      MIMALLOC_ARENA_EAGER_COMMIT: '0',
      MIMALLOC_PURGE_DELAY: '0',
      _RJEM_MALLOC_CONF: 'dirty_decay_ms:500',
    });
    const own = { MIMALLOC_PURGE_DELAY: '10', _RJEM_MALLOC_CONF: 'narenas:1' };
    expect(withAllocatorSettings(own)).toEqual({ ...own, MIMALLOC_ARENA_EAGER_COMMIT: '0' });
    expect(own).toEqual({ MIMALLOC_PURGE_DELAY: '10', _RJEM_MALLOC_CONF: 'narenas:1' });
  });

  it('shows drafts in `astro dev` (a preview), unless PLAYBOOK_PREVIEW is set', () => {
    expect(commandSettings(['astro', 'dev', '--port', '4650'])).toEqual({ PLAYBOOK_PREVIEW: '1' });
    expect(withAllocatorSettings({ PLAYBOOK_PREVIEW: '0' }, commandSettings(['astro', 'dev']))).toEqual({ PLAYBOOK_PREVIEW: '0' });
    expect(commandSettings(['astro', 'build'])).toEqual({});
    expect(commandSettings(['astro', 'preview'])).toEqual({});
    expect(commandSettings(['check-content'])).toEqual({});
  });

  it('limits how far the heap grows between full collections, unless Node was given its own limit', () => {
    expect(heapFlags([])).toEqual(['--heap-growing-percent=60']);
    expect(heapFlags(['--max-old-space-size=4096'])).toEqual(['--heap-growing-percent=60']);
    expect(heapFlags(['--heap-growing-percent=100'])).toEqual([]);
    expect(heapFlags(['--heap_growing_percent=30'])).toEqual([]);
  });

  it("starts `astro build` anew with glibc's mmap threshold fixed, on Linux only and unless the environment sets it", () => {
    expect(mallocSettings).toEqual({ MALLOC_MMAP_THRESHOLD_: '4194304' });
    expect(needsOwnProcess(['astro', 'build'], 'linux', {})).toBe(true);
    expect(needsOwnProcess(['astro', 'build', '--verbose'], 'linux', { PATH: '/usr/bin' })).toBe(true);
    expect(needsOwnProcess(['astro', 'build'], 'linux', { MALLOC_MMAP_THRESHOLD_: '131072' })).toBe(false);
    expect(needsOwnProcess(['astro', 'build'], 'darwin', {})).toBe(false);
    expect(needsOwnProcess(['astro', 'build'], 'win32', {})).toBe(false);
    expect(needsOwnProcess(['astro', 'dev'], 'linux', {})).toBe(false);
    expect(needsOwnProcess(['check-content'], 'linux', {})).toBe(false);
    expect(needsOwnProcess(['--version-check'], 'linux', {})).toBe(false);
  });

  it('passes the arguments, the output and the exit status of the child process on', () => {
    const env = { ...process.env };
    delete env.MALLOC_MMAP_THRESHOLD_;
    const help = spawnSync(process.execPath, ['src/cli/run.mjs', 'astro', 'build', '--help'], { encoding: 'utf8', env });
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toContain('astro build [...flags]');
    const noConfig = spawnSync(process.execPath, ['src/cli/run.mjs', 'astro', 'build', '--config', 'no-such-config.mjs'], { encoding: 'utf8', env });
    expect(noConfig.status).toBe(1);
    expect(noConfig.stderr + noConfig.stdout).toContain('no-such-config.mjs');
  });

  it('runs `astro build` in place of the launcher on Linux, so no launcher waits beside the build, with the mmap threshold set', () => {
    if (process.platform !== 'linux') return;
    const root = mkdtempSync(join(tmpdir(), 'launcher-'));
    try {
      // A config that says which process loaded it, and ends the build there.
      writeFileSync(join(root, 'astro.config.mjs'), 'console.log(`pid ${process.pid} mmap ${process.env.MALLOC_MMAP_THRESHOLD_}`); process.exit(0);\n');
      const env = { ...process.env };
      delete env.MALLOC_MMAP_THRESHOLD_;
      const run = spawnSync(process.execPath, ['src/cli/run.mjs', 'astro', 'build', '--root', root], { encoding: 'utf8', env });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout.trim()).toBe(`pid ${run.pid} mmap 4194304`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('runs the command on this Node', () => {
    const run = spawnSync(process.execPath, ['src/cli/run.mjs', 'check-content', '--today', '2026-11-27'], {
      encoding: 'utf8',
      env: { ...process.env, PLAYBOOK_CONTENT_DIR: 'tests/fixtures/good' },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Content check passed');
  });

  it('checks the version first in every npm script, and package.json asks npm for the same Node', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };
    const unchecked = Object.entries(manifest.scripts).filter(([, script]) => !/^(node src\/cli\/run\.mjs |npm run [a-z:-]+ && )/.test(script));
    expect(unchecked).toEqual([]);
    // `start` begins with `npm run build`, which is checked.
    expect(manifest.scripts.start).toMatch(/^npm run build && /);
    expect(manifest.engines.node).toBe('^22.19.0 || ^23.6.0 || >=24.0.0');
  });

  const old = oldNode();
  it.skipIf(!old)('on an old Node, every command says which Node to install', () => {
    for (const args of [['check-content'], ['new-entry', 'concept', 'X'], ['astro', 'build'], ['--version-check']]) {
      const run = spawnSync(old!, ['src/cli/run.mjs', ...args], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^This playbook needs Node\.js 22\.19 or newer, but this is Node\.js v\d+\.\d+\.\d+ /);
      expect(run.stderr).toContain('Install Node.js 24 (LTS) from https://nodejs.org/');
      expect(run.stderr).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
    }
  });
});
