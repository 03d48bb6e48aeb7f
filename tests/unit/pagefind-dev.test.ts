import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { pagefindDevServer } from '../../src/integrations/pagefind-dev.ts';

type Middleware = (req: { url: string }, res: PassThrough & Record<string, unknown>, next: () => void) => void;

/** Runs the plugin's middleware for one URL and collects what it answers. */
function request(bundleDir: string, url: string, base = '/') {
  let middleware: Middleware | undefined;
  const plugin = pagefindDevServer({ bundleDir, base });
  const configure = plugin.configureServer as (server: unknown) => void;
  configure({ middlewares: { use: (fn: Middleware) => (middleware = fn) } });
  return new Promise<{ status: number; type?: string; body: string; next: boolean }>((resolve) => {
    const res = new PassThrough() as PassThrough & Record<string, unknown>;
    const headers: Record<string, string> = {};
    res.statusCode = 200;
    res.setHeader = (name: string, value: string) => (headers[name] = value);
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () =>
      resolve({ status: res.statusCode as number, type: headers['content-type'], body: Buffer.concat(chunks).toString(), next: false }),
    );
    middleware?.({ url }, res, () => resolve({ status: 0, body: '', next: true }));
  });
}

describe('pagefindDevServer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-dev-'));
  const bundle = join(dir, 'pagefind');
  mkdirSync(bundle);
  writeFileSync(join(bundle, 'pagefind.js'), 'export const ok = 1;');
  writeFileSync(join(dir, 'secret.txt'), 'no');

  it('serves the last build’s bundle under <base>pagefind/', async () => {
    const answer = await request(bundle, '/playbook/pagefind/pagefind.js?ts=1', '/playbook/');
    expect(answer).toMatchObject({ status: 200, body: 'export const ok = 1;' });
    expect(answer.type).toContain('text/javascript');
  });

  it('says how to build the index when there is none', async () => {
    const answer = await request(join(dir, 'missing'), '/pagefind/pagefind.js');
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('npm run build');
  });

  it('refuses paths outside the bundle and passes other URLs on', async () => {
    expect((await request(bundle, '/pagefind/..%2Fsecret.txt')).status).toBe(404);
    expect((await request(bundle, '/concepts/')).next).toBe(true);
  });
});
