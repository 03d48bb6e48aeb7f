/**
 * `npm run dev` on a copy of the good fixture, started once through the launcher as `npm run dev`
 * starts it: a schema error does not stop the server (the entry is left out, the checker's
 * finding is printed, not Astro's stack trace), the checker runs again after every content
 * change, a page that cannot render because of the content shows the checker's errors, and a
 * draft is shown, marked as a draft. Every wait is for a line of output, never for a time.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../free-port.ts';


const content = mkdtempSync(join(tmpdir(), 'playbook-dev-'));
cpSync('tests/fixtures/good', content, { recursive: true });
const concept = join(content, 'concepts/gauge-and-insight.mdx');
const product = join(content, 'products/gauge.yaml');
const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file} has no ${String(from)}`);
  writeFileSync(file, changed);
};
// A draft, and a product whose kind fails the schema, before the server starts.
edit(concept, /^status: live$/m, 'status: draft');
edit(product, /^kind: device$/m, 'kind: devic');

afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('npm run dev', () => {
  it('keeps running with content errors, checks again after each change, and shows drafts', async () => {
    const port = await freePort();
    const env: Record<string, string | undefined> = {
      // Vitest's own variables (NODE_ENV=test, VITEST…) would change how Astro serves.
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST'))),
      PLAYBOOK_CONTENT_DIR: content,
      PLAYBOOK_CACHE_DIR: resolve('dist-fixtures/.cache/dev-server'),
      PLAYBOOK_TODAY: '2026-11-27',
      // Astro 7 backgrounds `astro dev` when it detects a coding agent; keep it in the foreground.
      ASTRO_DEV_BACKGROUND: '0',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    };
    delete env.PLAYBOOK_PREVIEW;
    const server = spawn(process.execPath, ['src/cli/run.mjs', 'astro', 'dev', '--ignore-lock', '--port', String(port)], { env });
    let output = '';
    const waiters: { text: string; from: number; done: () => void }[] = [];
    const settle = () => {
      for (const waiter of [...waiters]) {
        if (output.indexOf(waiter.text, waiter.from) >= 0 || server.exitCode !== null) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.done();
        }
      }
    };
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      settle();
    };
    server.stdout.on('data', listen);
    server.stderr.on('data', listen);
    const exited = new Promise<void>((done) => server.on('exit', () => done()));
    void exited.then(settle);
    /** Resolves once `text` appears in the output after `from` (or the server exits). */
    const waitFor = (text: string, from = 0) =>
      new Promise<void>((done) => {
        waiters.push({ text, from, done });
        settle();
      });
    /**
     * Vite's message to the browser to reload, sent once Astro has written its data store (500 ms
     * after an entry is stored, so after the loader's "Reloaded data from" line): pages render from
     * the new data from then on.
     */
    const reloadsAt: number[] = [];
    const reloadWaiters: { after: number; done: () => void }[] = [];
    /** Resolves on a reload that came after `line` in the output (or the server exits). */
    const reloadAfter = (line: string, from: number) => {
      const after = output.indexOf(line, from);
      expect(after, line).toBeGreaterThanOrEqual(0);
      return new Promise<void>((done) => {
        if (reloadsAt.some((at) => at > after)) done();
        else reloadWaiters.push({ after, done });
        void exited.then(done);
      });
    };
    const listenForReloads = async () => {
      const client = await (await fetch(`http://localhost:${port}/@vite/client`)).text();
      const token = /const wsToken = "([^"]+)"/.exec(client)?.[1];
      expect(token, 'the token of Vite\'s client').toBeTruthy();
      const socket = new WebSocket(`ws://localhost:${port}/?token=${token}`, 'vite-hmr');
      await new Promise<void>((open) => {
        socket.addEventListener('message', (event) => {
          const message = JSON.parse(String(event.data)) as { type: string };
          if (message.type === 'connected') open();
          if (message.type !== 'full-reload') return;
          // Where the output stood when it came: stdout and this socket share one event loop.
          reloadsAt.push(output.length);
          for (const waiter of reloadWaiters.filter((w) => output.length > w.after)) {
            reloadWaiters.splice(reloadWaiters.indexOf(waiter), 1);
            waiter.done();
          }
        });
      });
      return socket;
    };
    const page = async (path: string) => {
      const response = await fetch(`http://localhost:${port}${path}`);
      return { status: response.status, html: await response.text() };
    };

    try {
      await waitFor(`localhost:${port}`);
      expect(server.exitCode, output).toBeNull();
      expect(output).toContain('products/gauge.yaml:2:1  error  schema  kind  `kind` must be one of device, software, service, consumable; got "devic"');
      expect(output).toContain('products/gauge.yaml is left out of the dev site until its data is valid; the content check says what to fix.');
      expect(output).not.toContain('InvalidContentEntryDataError');

      // Astro prints its address once it listens; a bounded loop only rides out a refused connection.
      let first: Response | undefined;
      for (let attempt = 0; attempt < 20 && !first; attempt++) first = await fetch(`http://localhost:${port}/`).catch(() => undefined);
      expect(first?.status, output).toBe(200);
      const socket = await listenForReloads();

      // The concept's bundle names the product that is left out: the page shows the finding.
      const broken = await page('/concepts/gauge-and-insight/');
      expect(broken.status).toBe(500);
      expect(broken.html).toContain('<h1>This page cannot be shown: the content has errors</h1>');
      expect(broken.html).toContain('products/gauge.yaml:2:1  error  schema  kind  `kind` must be one of device, software, service, consumable; got &quot;devic&quot;');
      const dutch = await page('/nl/concepts/gauge-and-insight/');
      expect(dutch.html).toContain('<h1>Deze pagina kan niet getoond worden: de content bevat fouten</h1>');
      expect(output).not.toContain('Unknown product');

      // Fixed: the checker runs again by itself, and the draft is shown, marked as a draft.
      let mark = output.length;
      edit(product, /^kind: devic$/m, 'kind: device');
      await waitFor('Content check passed: 0 errors, 0 warnings', mark);
      await waitFor('Reloaded data from gauge.yaml', mark);
      await reloadAfter('Reloaded data from gauge.yaml', mark);
      const fixed = await page('/concepts/gauge-and-insight/');
      expect(fixed.status, output.slice(mark)).toBe(200);
      expect(fixed.html).toContain('Draft — visible in previews only. Not published.');

      // A reference to a product that does not exist, made while the server runs.
      mark = output.length;
      edit(concept, '      - product: gauge\n', '      - product: gauges\n');
      await waitFor('Content check failed', mark);
      expect(output.slice(mark)).toMatch(
        /gauge-and-insight\.mdx:\d+:\d+ {2}error {2}references-exist {2}bundles\[0\]\.items\[0\]\.product {2}There is no product "gauges" \(no file products\/gauges\.yaml in the content folder\)\. Did you mean "gauge"\?/,
      );
      await waitFor('Reloaded data from gauge-and-insight.mdx', mark);
      await reloadAfter('Reloaded data from gauge-and-insight.mdx', mark);
      const reference = await page('/concepts/gauge-and-insight/');
      expect(reference.status).toBe(500);
      expect(reference.html).toContain('references-exist  bundles[0].items[0].product  There is no product &quot;gauges&quot;');
      expect(output.slice(mark)).not.toContain('Stack trace');
      expect(server.exitCode, output).toBeNull();
      socket.close();
    } finally {
      server.kill('SIGTERM');
      await exited;
    }
  }, 120_000);
});
