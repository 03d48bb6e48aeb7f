/**
 * The build's guard: the Vite plugin that refuses to compile a body outside the allow-list.
 * Unit cases for the plugin, then the real thing: `astro dev` on a hostile fixture serves the
 * finding in place of the body, and the body's code never runs (no canary file).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../free-port.ts';
import { checkBodySource } from '../../../src/checker/body-source.ts';
import { BodyGuardError, bodyGuard, guardBody, guardedFormat, refusedBodySource } from '../../../src/integrations/body-guard.ts';

const content = resolve('tests/fixtures/mdx-hostile');
const hostile = resolve(content, 'concepts/gauge-and-insight.mdx');
const scope = { contentPath: content, srcPath: resolve('src') };

describe('body guard', () => {
  it('guards .md and .mdx modules of the content folder, and .mdx anywhere outside src/', () => {
    expect(guardedFormat(hostile, scope)).toBe('mdx');
    expect(guardedFormat(resolve(content, 'notes/visit.md?import'), scope)).toBe('md');
    expect(guardedFormat(resolve(content, 'products/gauge.yaml'), scope)).toBeUndefined();
    // A content file that is a symbolic link reaches Vite under its target's path.
    expect(guardedFormat(resolve('docs/elsewhere.mdx'), scope)).toBe('mdx');
    expect(guardedFormat(resolve('src/pages/guide.mdx'), scope)).toBeUndefined();
    expect(guardedFormat(resolve('node_modules/some-package/readme.mdx'), scope)).toBeUndefined();
    expect(guardedFormat(resolve('.github/CONTRIBUTING.md'), scope)).toBeUndefined();
  });

  it('lets a safe body through', () => {
    const good = readFileSync('tests/fixtures/good/concepts/gauge-and-insight.mdx', 'utf8');
    expect(() => guardBody(good, resolve('tests/fixtures/good/concepts/gauge-and-insight.mdx'), { ...scope, contentPath: resolve('tests/fixtures/good') })).not.toThrow();
  });

  it('throws the findings with file, line and column, without a stack trace', () => {
    let thrown: unknown;
    try {
      guardBody(readFileSync(hostile, 'utf8'), hostile, scope);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BodyGuardError);
    const error = thrown as BodyGuardError;
    expect(error.message).toMatchInlineSnapshot(`
      "This body was not compiled: it holds what a playbook body may not (rule mdx-safe).
      tests/fixtures/mdx-hostile/concepts/gauge-and-insight.mdx:82:10  Remove {process.getBuiltinModule('node:fs').wri…}: braces hold code, and a body may not run code. To show a brace, write \\{; for a note to editors, write {/* note */}.
      Fix it and save; run \`npm run check:content\` to list every finding."
    `);
    expect(error.loc).toEqual({ file: hostile, line: 82, column: 10 });
    expect(error.stack).toBe(`BodyGuardError: ${error.message}`);
    // What the dev server compiles instead: the findings in a code block, itself a safe body.
    expect(checkBodySource(refusedBodySource(error), 'mdx')).toEqual({ problems: [] });
  });

  it('as a Vite plugin: throws in a build, compiles the findings instead in dev', () => {
    const code = readFileSync(hostile, 'utf8');
    const run = (command: 'build' | 'serve') => {
      const plugin = bodyGuard(scope);
      const warnings: string[] = [];
      (plugin.configResolved as (config: unknown) => void)({ command });
      const transform = plugin.transform as { handler: (this: unknown, code: string, id: string) => unknown };
      const result = transform.handler.call({ warn: (message: string) => warnings.push(message) }, code, hostile);
      return { result, warnings };
    };
    expect(() => run('build')).toThrow(BodyGuardError);
    const dev = run('serve');
    expect(dev.warnings).toHaveLength(1);
    expect((dev.result as { code: string }).code).toMatch(/^\*\*This body is not shown/);
  });

  it('shows any finding literally on the dev page, backticks and braces included', () => {
    const error = new BodyGuardError('x.mdx', '/x.mdx', [
      { line: 3, column: 1, message: '`kind` on <Callout> must be one of tip, warning and internal; got "``{x}``".' },
    ]);
    expect(checkBodySource(refusedBodySource(error), 'mdx')).toEqual({ problems: [] });
    expect(refusedBodySource(error)).toContain('- ``` x.mdx:3:1  `kind` on <Callout> must be one of tip, warning and internal; got "``{x}``". ```');
  });
});


describe('astro dev on a hostile body', () => {
  it('serves the finding instead of the body and never runs it', async () => {
    const canary = 'playbook-canary.txt';
    rmSync(canary, { force: true });
    const port = await freePort();
    const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--port', String(port)], {
      env: {
        // Vitest's own variables (NODE_ENV=test, VITEST…) would change how Astro serves.
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST'))),
        PLAYBOOK_CONTENT_DIR: 'tests/fixtures/mdx-hostile',
        PLAYBOOK_CACHE_DIR: resolve('dist-fixtures/.cache/dev-mdx-hostile'),
        // Astro 7 backgrounds `astro dev` when it detects a coding agent; keep it in the foreground.
        ASTRO_DEV_BACKGROUND: '0',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    let output = '';
    const exited = new Promise<void>((done) => server.on('exit', () => done()));
    try {
      // Ready when Astro prints its local address (or it exits, which fails below).
      await new Promise<void>((ready) => {
        const listen = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes(`localhost:${port}`)) ready();
        };
        server.stdout.on('data', listen);
        server.stderr.on('data', listen);
        void exited.then(() => ready());
      });
      expect(server.exitCode, output).toBeNull();
      // Astro prints its address once it listens; a bounded loop only rides out a refused
      // connection, never a wrong answer.
      let response: Response | undefined;
      for (let attempt = 0; attempt < 20 && !response; attempt++) {
        response = await fetch(`http://localhost:${port}/concepts/gauge-and-insight/`).catch(() => undefined);
      }
      expect(response?.status, output).toBe(200);
      const html = await response!.text();
      expect(html).toContain('This body is not shown: it holds what a playbook body may not (rule mdx-safe).');
      expect(html).toContain(
        '<code>tests/fixtures/mdx-hostile/concepts/gauge-and-insight.mdx:82:10  Remove {process.getBuiltinModule(&#39;node:fs&#39;).wri…}: braces hold code',
      );
      expect(existsSync(canary)).toBe(false);
    } finally {
      server.kill('SIGTERM');
      await exited;
    }
    expect(existsSync(canary)).toBe(false);
  }, 120_000);
});
