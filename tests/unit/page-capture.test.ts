import { describe, expect, it } from 'vitest';
import { StartOrder } from '../../src/integrations/page-capture.ts';

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
