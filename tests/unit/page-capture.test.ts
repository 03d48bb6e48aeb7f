import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { onRequest } from '../../src/integrations/page-capture-middleware.ts';
import { collectPages, pageBatchOutput, StartOrder } from '../../src/integrations/page-capture.ts';
import { pageBatchHeader, pageStart, partEnd, partStart } from '../../src/lib/page-batch.ts';

// The middleware's one Astro import (vi.mock is hoisted above the imports); in a build it is Astro's identity helper.
vi.mock('astro:middleware', () => ({ defineMiddleware: <T>(handler: T) => handler }));

describe('StartOrder', () => {
  it('delivers in the order places were taken, whatever order they finish in', () => {
    const order = new StartOrder();
    const delivered: string[] = [];
    const [a, b, c, d] = [order.take(), order.take(), order.take(), order.take()];
    order.finish(c, () => delivered.push('c'));
    order.finish(b, () => delivered.push('b'));
    expect(delivered).toEqual([]);
    order.finish(a, () => delivered.push('a'));
    expect(delivered).toEqual(['a', 'b', 'c']);
    order.finish(d, () => delivered.push('d'));
    expect(delivered).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lets a place with nothing to deliver (a JSON file, a failed page) release the ones after it', () => {
    const order = new StartOrder();
    const delivered: number[] = [];
    const first = order.take();
    const second = order.take();
    order.finish(second, () => delivered.push(second));
    order.finish(first);
    expect(delivered).toEqual([second]);
  });
});

describe('the page capture middleware', () => {
  const page = '<!DOCTYPE html><html lang="nl"><head><title>Te duur</title></head><body><main>“Te duur” — €\u00a01.950 per jaar, één licentie</main></body></html>';
  const context = (pathname: string) => ({ url: new URL(`https://playbook.test${pathname}`) });

  it('hands collectors the page as text and Astro the same bytes it rendered', async () => {
    const seen: [string, string][] = [];
    const stop = collectPages({ add: (pathname, html) => seen.push([pathname, html]) });
    try {
      const rendered = new TextEncoder().encode(page);
      const response = (await onRequest(context('/nl/objections/x/too-expensive/') as never, async () =>
        new Response(rendered, { status: 200, headers: { 'content-type': 'text/html' } }),
      )) as Response;
      expect(seen).toEqual([['/nl/objections/x/too-expensive/', page]]);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(rendered);
      expect(response.headers.get('content-type')).toBe('text/html');
    } finally {
      stop();
    }
  });

  it('passes anything but HTML on untouched and hands it to no collector', async () => {
    const seen: string[] = [];
    const stop = collectPages({ add: (pathname) => seen.push(pathname) });
    try {
      const json = new Response('{"a":1}', { headers: { 'content-type': 'application/json' } });
      const response = await onRequest(context('/concepts/picker.json') as never, async () => json);
      expect(response).toBe(json);
      expect(seen).toEqual([]);
    } finally {
      stop();
    }
  });

  it('writes the pages of a batch as files, hands each to the collectors in order and Astro an empty file', async () => {
    const siteDir = mkdtempSync(join(tmpdir(), 'page-batch-site-'));
    const output = pageBatchOutput();
    Object.assign(output, { siteDir, base: '/playbook/', pages: [], batches: [] });
    const seen: [string, string][] = [];
    const stop = collectPages({ add: (pathname, html) => seen.push([pathname, html]) });
    const card = (path: string, title: string) =>
      `${pageStart(path)}<html lang="en"><head>${partStart('head')}<title>${title}</title>${partEnd}</head><body>` +
      `${partStart('switch')}<a href="/playbook/nl/x/">NL</a>${partEnd}${partStart('main')}<main>${title}</main>${partEnd}</body></html>`;
    try {
      const batch = card('/playbook/objections/a/too-expensive/', 'Too expensive') + card('/playbook/objections/a/no-time/', 'No time');
      const response = (await onRequest(context('/playbook/page-batches/objections-1/') as never, async () =>
        new Response(batch, { headers: { 'content-type': 'text/html', [pageBatchHeader]: 'objections' } }),
      )) as Response;
      const noTime = '<!DOCTYPE html><html lang="en"><head><title>No time</title></head><body><a href="/playbook/nl/x/">NL</a><main>No time</main></body></html>';
      expect(seen.map(([path]) => path)).toEqual(['/playbook/objections/a/too-expensive/', '/playbook/objections/a/no-time/']);
      expect(seen[1]?.[1]).toBe(noTime);
      expect(readFileSync(join(siteDir, 'objections/a/no-time/index.html'), 'utf8')).toBe(noTime);
      expect(output.pages).toEqual(['objections/a/too-expensive/index.html', 'objections/a/no-time/index.html']);
      expect(output.batches).toEqual(['page-batches/objections-1/index.html']);
      expect(response.headers.get('content-type')).toBe('text/plain');
      expect(await response.text()).toBe('');
    } finally {
      stop();
      Object.assign(output, { siteDir: undefined, base: '/', pages: [], batches: [] });
      rmSync(siteDir, { recursive: true, force: true });
    }
  });
});
