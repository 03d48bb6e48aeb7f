import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the CLI the way `npm run check:content` does: Node running the .ts file directly. */
function checkContent(contentDir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['src/cli/check-content.ts', '--today', '2026-11-27', ...args], {
    encoding: 'utf8',
    env: { ...process.env, PLAYBOOK_CONTENT_DIR: contentDir },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run check:content', () => {
  it('prints GitHub annotations with file and line, and exits 1 on an error', () => {
    const run = checkContent('tests/fixtures/references-exist', '--format', 'github');
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').find((line) => line.startsWith('::error'))).toBe(
      '::error file=tests/fixtures/references-exist/concepts/gauge-and-insight.mdx,line=54,col=9,title=references-exist::' +
        'bundles[0].items[2].product: There is no product "probe-kit" (no file products/probe-kit.yaml in the content folder). Fix the id or add the product.',
    );
    expect(run.stderr).toBe('');
  });

  it('annotates warnings as warnings and exits 0 when there is no error', () => {
    const run = checkContent('tests/fixtures/competitor-stale', '--format', 'github');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^::warning file=tests\/fixtures\/competitor-stale\/competitors\/rival\.yaml,line=2,col=1,title=competitor-stale::asOf: /);
  });

  it('prints text lines and a summary', () => {
    const run = checkContent('tests/fixtures/wrong-enum');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatchInlineSnapshot(`
      "tests/fixtures/wrong-enum/concepts/gauge-and-insight.mdx:7:1  error  schema  status  \`status\` must be one of draft, pilot, live, retired; got "Live" (write \`live\`, exactly like that)
      Content check failed: 1 error, 0 warnings in 7 files.
      "
    `);
  });

  it('prints machine-readable JSON', () => {
    const run = checkContent('tests/fixtures/yaml-syntax', '--format', 'json');
    expect(run.status).toBe(1);
    const parsed = JSON.parse(run.stdout);
    // The one warning is content-health: the fixture's live concept has no field notes.
    expect(parsed).toMatchObject({ errors: 1, warnings: 1, files: 7 });
    expect(parsed.findings.find((f: { severity: string }) => f.severity === 'error')).toMatchObject({ ruleId: 'yaml-syntax', file: 'tests/fixtures/yaml-syntax/products/gauge.yaml', line: 3 });
  });

  it('passes the good fixture and the sample playbook', () => {
    expect(checkContent('tests/fixtures/good')).toMatchObject({ status: 0 });
    const sample = checkContent('content');
    expect(sample.stdout).toMatch(/Content check passed: 0 errors/);
    expect(sample.status).toBe(0);
  });

  it('rejects an unknown format with usage help', () => {
    const run = checkContent('tests/fixtures/good', '--format', 'xml');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown format "xml"');
  });
});
