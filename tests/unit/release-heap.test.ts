import { getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { releaseHeap } from '../../src/integrations/release-heap.ts';

describe('releaseHeap', () => {
  it('collects the garbage and gives its pages back', () => {
    let garbage: { index: number; text: string }[] | undefined = Array.from({ length: 400_000 }, (_, index) => ({ index, text: `page ${index}` }));
    expect(garbage.length).toBe(400_000);
    const before = getHeapStatistics().total_heap_size;
    garbage = undefined;
    releaseHeap();
    const after = getHeapStatistics().total_heap_size;
    // 400,000 objects with their strings are well over 20 MB of heap.
    expect(before - after).toBeGreaterThan(20 * 1024 * 1024);
  });

  it('leaves no `gc` behind for code that runs later', () => {
    releaseHeap();
    expect(runInNewContext('typeof gc')).toBe('undefined');
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined');
  });
});
