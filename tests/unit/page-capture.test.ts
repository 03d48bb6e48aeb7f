import { describe, expect, it, vi } from 'vitest';
import { onRequest } from '../../src/integrations/page-capture-middleware.ts';
import { collectPages, StartOrder } from '../../src/integrations/page-capture.ts';

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
});
