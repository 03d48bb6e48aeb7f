/**
 * Proves the build door: `astro build` of each fixture build in tests/fixture-builds.ts. The
 * failing ones stop in Astro's content sync, whose loaders wait for the checker's process, before
 * Vite bundles anything, so they take a second.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureBuildEnv, fixtureBuilds } from '../../fixture-builds.ts';

const astro = 'node_modules/astro/bin/astro.mjs';
/** The file a hostile fixture body writes when it is ever compiled and run. */
const canary = 'playbook-canary.txt';

describe('fixture builds', () => {
  it.each(fixtureBuilds.map((build) => [build.name, build] as const))('%s', (_name, build) => {
    build.prepare?.();
    const outDir = fixtureBuildEnv(build).PLAYBOOK_OUT_DIR!;
    rmSync(outDir, { recursive: true, force: true });
    rmSync(canary, { force: true });
    // The last good site: a failed build must leave it alone, a good one replaces it.
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'last-good-site.txt'), 'the previous build');
    const run = spawnSync(process.execPath, [astro, 'build'], {
      encoding: 'utf8',
      env: { ...process.env, ...fixtureBuildEnv(build), NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 120_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    if (!build.expect.fails) {
      expect(run.status, output).toBe(0);
      expect(existsSync(join(outDir, 'last-good-site.txt'))).toBe(false);
      for (const [page, { has, hasNot = [] }] of Object.entries(build.expect.pages)) {
        const html = readFileSync(join(outDir, page), 'utf8');
        for (const pattern of has) expect(html, page).toMatch(pattern);
        for (const pattern of hasNot) expect(html, page).not.toMatch(pattern);
      }
      return;
    }
    expect(run.status, output).not.toBe(0);
    // A failing build writes nothing: the last good site stays as it was, and no body ran
    // (tests/fixtures/mdx-hostile writes the canary).
    expect(readdirSync(outDir)).toEqual(['last-good-site.txt']);
    expect(readFileSync(join(outDir, 'last-good-site.txt'), 'utf8')).toBe('the previous build');
    expect(existsSync(canary)).toBe(false);
    for (const pattern of build.expect.output) expect(output).toMatch(pattern);
    // The checker speaks first: its findings come before Astro's own error block.
    const firstFinding = output.search(build.expect.output[0]!);
    const hookError = output.indexOf('unhandled error');
    expect(firstFinding).toBeGreaterThanOrEqual(0);
    expect(hookError === -1 || firstFinding < hookError).toBe(true);
    // Only the checker speaks: Astro's own schema and reference messages never follow it.
    expect(output).not.toMatch(/does not match collection schema|Invalid content reference/);
    // And no empty "Stack trace:" heading, which reads as a crash: the findings say it all.
    expect(output).not.toMatch(/Stack trace:/);
  }, 120_000);
});
