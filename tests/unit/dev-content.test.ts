/**
 * The parts of `npm run dev` that keep it running on broken content (tests/unit/cli/dev-server.test.ts
 * runs them together in a real dev server): a loader context that leaves out an entry failing
 * its schema, the debounced re-check after content changes, and the page of content errors.
 */
import { resolve, sep } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../src/checker/check.ts';
import { tolerantContext } from '../../src/lib/content-check-gate.ts';
import { contentErrorsHtml } from '../../src/integrations/content-errors-page.ts';
import { recheckDelayMs, watchContent } from '../../src/integrations/content-check.ts';
import type { Finding } from '../../src/rules/types.ts';

function fakeContext() {
  const entries = new Map<string, unknown>();
  const warnings: string[] = [];
  return {
    entries,
    warnings,
    context: {
      parseData: async ({ data }: { id: string; data: unknown; filePath?: string }) => {
        if ((data as { kind?: string }).kind !== 'device') throw new Error('kind: Invalid option');
        return { ...(data as object), parsed: true };
      },
      store: {
        set: (entry: { id: string }) => (entries.set(entry.id, entry), true),
        delete: (id: string) => void entries.delete(id),
        keys: () => [...entries.keys()],
      },
      logger: { warn: (message: string) => void warnings.push(message) },
    },
  };
}

describe('a loader in astro dev', () => {
  it('leaves out an entry that fails its schema, with one line, and takes it back once it is valid', async () => {
    const { entries, warnings, context } = fakeContext();
    const tolerant = tolerantContext(context);
    const filePath = resolve('content/products/gauge.yaml');
    tolerant.store.set({ id: 'gauge', data: await tolerant.parseData({ id: 'gauge', data: { kind: 'device' }, filePath }) } as { id: string });
    expect(entries.has('gauge')).toBe(true);

    // The file is saved with a typo: parsing does not throw, the stale entry goes.
    const data = await tolerant.parseData({ id: 'gauge', data: { kind: 'devic' }, filePath });
    expect(tolerant.store.set({ id: 'gauge', data } as { id: string })).toBe(false);
    expect(entries.has('gauge')).toBe(false);
    expect(warnings).toEqual(['content/products/gauge.yaml is left out of the dev site until its data is valid; the content check says what to fix.']);

    // Fixed: stored again. Other methods of the store still reach it.
    const fixed = await tolerant.parseData({ id: 'gauge', data: { kind: 'device' }, filePath });
    tolerant.store.set({ id: 'gauge', data: fixed } as { id: string });
    expect(entries.get('gauge')).toEqual({ id: 'gauge', data: { kind: 'device', parsed: true } });
    expect(tolerant.store.keys()).toEqual(['gauge']);
  });
});

const passed: CheckResult = { findings: [], errors: 0, warnings: 0, files: 7 };

describe('the re-check in astro dev', () => {
  afterEach(() => void vi.useRealTimers());

  it('checks once after a burst of changes in the content folder, ignores other files, and never runs two checks at once', async () => {
    vi.useFakeTimers();
    const content = resolve('content');
    let finish: (() => void) | undefined;
    let checks = 0;
    const results: CheckResult[] = [];
    const changed = watchContent(
      content,
      () => {
        checks += 1;
        return new Promise<CheckResult>((done) => (finish = () => done(passed)));
      },
      (result) => void results.push(result),
    );
    changed(resolve('src/pages/index.astro'));
    changed(`${content}-old${sep}x.yaml`);
    await vi.advanceTimersByTimeAsync(recheckDelayMs * 2);
    expect(checks).toBe(0);

    changed(`${content}${sep}products${sep}gauge.yaml`);
    await vi.advanceTimersByTimeAsync(recheckDelayMs - 1);
    changed(`${content}${sep}concepts${sep}a.mdx`);
    await vi.advanceTimersByTimeAsync(recheckDelayMs - 1);
    expect(checks).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(checks).toBe(1);

    // A save while the check runs: one more check once it is done.
    changed(`${content}${sep}concepts${sep}a.mdx`);
    changed(`${content}${sep}concepts${sep}b.mdx`);
    await vi.advanceTimersByTimeAsync(recheckDelayMs * 2);
    expect(checks).toBe(1);
    finish!();
    await vi.advanceTimersByTimeAsync(0);
    expect(results).toHaveLength(1);
    expect(checks).toBe(2);
    finish!();
    await vi.advanceTimersByTimeAsync(recheckDelayMs * 2);
    expect(results).toHaveLength(2);
    expect(checks).toBe(2);
  });
});

describe('the page of content errors', () => {
  const finding = (n: number, severity: Finding['severity'] = 'error'): Finding => ({
    ruleId: 'references-exist',
    severity,
    file: 'content/concepts/scrap-to-savings.mdx',
    line: n,
    column: 9,
    path: 'bundles[0].items[1].product',
    message: 'There is no product "processlenz". Did you mean "processlens"? <b>',
  });

  it('lists the errors as the terminal does, escaped, in the language of the page', () => {
    const result: CheckResult = { findings: [finding(247), finding(16, 'warning')], errors: 1, warnings: 1, files: 72 };
    const html = contentErrorsHtml(result, '/concepts/scrap-to-savings/', '/@vite/client');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<script type="module" src="/@vite/client"></script>');
    expect(html).toContain(
      '<li><code>content/concepts/scrap-to-savings.mdx:247:9  error  references-exist  bundles[0].items[1].product  There is no product &quot;processlenz&quot;. Did you mean &quot;processlens&quot;? &lt;b&gt;</code></li>',
    );
    expect(html).not.toContain(':16:9');
    const dutch = contentErrorsHtml(result, '/nl/concepts/scrap-to-savings/');
    expect(dutch).toContain('<html lang="nl">');
    expect(dutch).toContain('<h1>Deze pagina kan niet getoond worden: de content bevat fouten</h1>');
    expect(dutch).not.toContain('<script');
  });

  it('lists 20 errors and says how many more there are', () => {
    const findings = Array.from({ length: 23 }, (_, i) => finding(i + 1));
    const html = contentErrorsHtml({ findings, errors: 23, warnings: 0, files: 72 }, '/');
    expect(html.match(/<li>/g)).toHaveLength(20);
    expect(html).toContain('<p>and 3 more: run npm run check:content to list them all.</p>');
    expect(contentErrorsHtml({ findings, errors: 23, warnings: 0, files: 72 }, '/nl/')).toContain('<p>en nog 3: npm run check:content toont ze allemaal.</p>');
  });
});
