/**
 * The checker in its own process (src/checker/check-child.ts), as `astro build` runs it, and the
 * gate the content sync's loaders wait at (src/lib/content-check-gate.ts).
 */
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlaybook, type CheckerConfig } from '../../../src/checker/check.ts';
import { checkInChildProcess } from '../../../src/integrations/content-check.ts';
import { afterContentCheck, passContentCheck, setContentCheckGate } from '../../../src/lib/content-check-gate.ts';
import { today } from './check-helpers.ts';

const config = (fixture: string): CheckerConfig => ({
  contentPath: resolve('tests/fixtures', fixture),
  showDrafts: false,
  rules: {},
  vagueWords: {},
  staleCompetitorDays: 90,
  publicPath: resolve('public'),
  locales: ['en', 'nl'],
});

describe('the checker in a child process', () => {
  it("finds what the checker finds in the build's process, in the same order", async () => {
    for (const fixture of ['wrong-enum', 'references-exist', 'good']) {
      const aside = await checkInChildProcess(config(fixture), today);
      expect(aside).toEqual(checkPlaybook(config(fixture), today));
    }
    const wrongEnum = await checkInChildProcess(config('wrong-enum'), today);
    expect(wrongEnum.errors).toBe(1);
    expect(wrongEnum.findings[0]).toMatchObject({ file: 'tests/fixtures/wrong-enum/concepts/gauge-and-insight.mdx', line: 7, path: 'status' });
  });

  it('fails the check with one finding, not a stack trace, when its input cannot be sent', async () => {
    // A function cannot be sent to another process: structured cloning refuses it.
    const unsendable = { ...config('good'), vagueWords: { en: [() => 'x'] } } as unknown as CheckerConfig;
    const result = await checkInChildProcess(unsendable, today);
    expect(result).toMatchObject({ errors: 1, warnings: 0 });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ file: 'tests/fixtures/good', line: 1, severity: 'error' });
    expect(result.findings[0]!.message).toMatch(/^The checker failed while starting the content check \(.*could not be cloned/);
    expect(result.findings[0]!.message).not.toMatch(/\n\s+at /);
  });
});

describe('the gate of the content sync', () => {
  afterEach(() => setContentCheckGate(undefined));
  const failingCheck = new Error('Content check failed: 1 error, 0 warnings in 7 files.');
  const loaderError = new Error('status: Invalid option');
  const loader = (fails: boolean, log: string[]) => ({
    name: 'test-loader',
    load: async (context: string) => {
      log.push(`load ${context}`);
      if (fails) throw loaderError;
    },
  });

  it('lets loaders through at once when no build set a gate', async () => {
    await expect(passContentCheck()).resolves.toBeUndefined();
    const log: string[] = [];
    await afterContentCheck(loader(false, log)).load('concepts');
    expect(log).toEqual(['load concepts']);
  });

  it('holds a loader that loaded until the checker passed, and keeps its other fields', async () => {
    const log: string[] = [];
    let pass!: () => void;
    const checked = new Promise<void>((resolve) => (pass = resolve));
    setContentCheckGate(() => checked.then(() => void log.push('checked')));
    const wrapped = afterContentCheck(loader(false, log));
    expect(wrapped.name).toBe('test-loader');
    const loading = wrapped.load('concepts').then(() => log.push('loaded'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log).toEqual(['load concepts']);
    pass();
    await loading;
    expect(log).toEqual(['load concepts', 'checked', 'loaded']);
  });

  it("throws the checker's error when the checker failed, whether the load failed or not", async () => {
    setContentCheckGate(() => Promise.reject(failingCheck));
    await expect(afterContentCheck(loader(true, [])).load('concepts')).rejects.toBe(failingCheck);
    await expect(afterContentCheck(loader(false, [])).load('concepts')).rejects.toBe(failingCheck);
  });

  it("throws the loader's own error when the checker passed", async () => {
    setContentCheckGate(() => Promise.resolve());
    await expect(afterContentCheck(loader(true, [])).load('concepts')).rejects.toBe(loaderError);
  });
});
