import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Smoke test of the benchmark: `npm run bench -- --concepts 50` runs through (generate, cold
 * build, warm build after an edit, page weights, search in Chromium) and its JSON report has
 * every field. No timing is asserted; timings only have to be numbers.
 */
const number = expect.any(Number);
const weight = { median: number, max: number };

describe('npm run bench -- --concepts 50', () => {
  it('writes a report with every field', { timeout: 900_000 }, () => {
    const report = join(mkdtempSync(join(tmpdir(), 'playbook-bench-')), 'report.json');
    execFileSync('npm', ['run', 'bench', '--', '--concepts', '50', '--report', report], { stdio: 'ignore' });
    const { sizes, scaling, growingPageTypes } = JSON.parse(readFileSync(report, 'utf8'));
    expect(sizes).toHaveLength(1);
    expect(scaling).toBeNull();
    expect(growingPageTypes).toEqual([]);
    const [size] = sizes;
    const phases = { startup: number, checker: number, contentSync: number, vite: number, rendering: number, searchIndex: number, publish: number, serviceWorker: number, total: number };
    expect(size).toEqual({
      concepts: 50,
      seed: 7,
      corpus: { translations: 10, lessons: 1, fieldNotes: number, metricRows: number },
      cold: { wallMs: number, cpuMs: number, peakRssBytes: number, phases },
      warm: { wallMs: number, cpuMs: number, peakRssBytes: number, phases, ratioToCold: number },
      pages: number,
      pagesPerSecond: number,
      distBytes: number,
      searchIndexBytes: number,
      pageTypes: expect.any(Object),
      brief: size.brief === null ? null : { path: '/prepare/', bytes: number },
      drill: size.drill === null ? null : { path: expect.any(String), bytes: number },
      search: expect.any(Array),
      peer: null,
    });
    for (const type of ['home', 'concept page', 'objection card', 'product page', 'concept index', 'objection library']) {
      expect(size.pageTypes[type], type).toEqual({
        pages: number,
        html: weight,
        js: { max: number, inline: number },
        css: { max: number },
        data: { max: number },
        largest: { path: expect.stringMatching(/^\//), html: number },
      });
    }
    expect(size.search).toHaveLength(5);
    for (const query of size.search) {
      expect(query).toEqual({ query: expect.any(String), cold: { ms: number, bytes: number }, warm: { ms: number, bytes: number } });
    }
    expect(size.corpus.fieldNotes).toBeGreaterThan(50);
    expect(size.corpus.metricRows).toBeGreaterThan(90);
    expect(size.cold.peakRssBytes).toBeGreaterThan(0);
    expect(size.cold.cpuMs).toBeGreaterThan(0);
  });
});
