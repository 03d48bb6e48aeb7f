/**
 * The build's data bundles (src/pages/data-files/) split into the files the pages fetch
 * (src/integrations/data-files.ts): every file written where its path says, byte for byte, the
 * bundles gone, and a path that would leave the site or a bundle cut short refused before
 * anything is written.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { splitDataBundles, writeDataBundles } from '../../src/integrations/data-files.ts';
import { bundleStream, bundleText, dataBundleFolder, isDataFilePath } from '../../src/lib/data-bundle.ts';

let site: string;
afterEach(() => rmSync(site, { recursive: true, force: true }));

/** A site folder with bundles as the route writes them (`bundleText`), or with the given text. */
function siteWith(bundles: Record<string, [string, string][] | string>): string {
  site = mkdtempSync(join(tmpdir(), 'data-bundles-'));
  mkdirSync(join(site, dataBundleFolder));
  for (const [name, entries] of Object.entries(bundles)) {
    writeFileSync(join(site, dataBundleFolder, name), typeof entries === 'string' ? entries : bundleText(entries.map(([path, text]) => ({ path, text }))));
  }
  return site;
}

describe('data bundles', () => {
  it('writes each file of each bundle and removes the bundles', async () => {
    const dir = siteWith({
      'brief.bundle': [
        ['brief-data/en/concept/scrap-to-savings.json', '{"title":"Scrap to savings"}'],
        ['brief-data/handout/nl/scrap-to-savings.json', '{"title":"Van afkeur naar besparing"}'],
      ],
      'learn.bundle': [['nl/learn/data/scrap-to-savings.json', '{"cards":[]}']],
    });
    expect(await writeDataBundles(dir)).toBe(3);
    expect(readFileSync(join(dir, 'brief-data/en/concept/scrap-to-savings.json'), 'utf8')).toBe('{"title":"Scrap to savings"}');
    expect(readFileSync(join(dir, 'brief-data/handout/nl/scrap-to-savings.json'), 'utf8')).toBe('{"title":"Van afkeur naar besparing"}');
    expect(readFileSync(join(dir, 'nl/learn/data/scrap-to-savings.json'), 'utf8')).toBe('{"cards":[]}');
    expect(existsSync(join(dir, dataBundleFolder))).toBe(false);
  });

  it('copies each file byte for byte: new lines, characters of several bytes, files longer than the copy buffer, empty files', async () => {
    const files: [string, string][] = [
      ['learn/data/a.json', '{"a":"één\\nline"}\n'],
      ['learn/data/long.json', JSON.stringify({ text: 'ü€'.repeat(400_000) })], // 2 MB, read in pieces
      ['learn/data/empty.json', ''],
      ['learn/data/b.json', '{"b":"\n\n"}'],
    ];
    const dir = siteWith({ 'learn.bundle': files });
    expect(await writeDataBundles(dir)).toBe(4);
    for (const [path, text] of files) expect(readFileSync(join(dir, path), 'utf8')).toBe(text);
  });

  it('streams a bundle a file at a time, the same bytes as the whole text, and the split writes the same files', async () => {
    const files = [
      { path: 'learn/data/a.json', text: '{"a":"één\\nline"}\n' },
      { path: 'learn/data/long.json', text: JSON.stringify({ text: 'ü€'.repeat(100_000) }) },
      { path: 'learn/data/empty.json', text: '' },
    ];
    let made = 0;
    async function* lazily() {
      for (const file of files) {
        made += 1;
        yield file;
      }
    }
    const reader = bundleStream(lazily()).getReader();
    const chunks: Uint8Array[] = [];
    // The route's stream asks for the next file only when the bytes of the last one are read.
    const first = await reader.read();
    expect(made).toBe(1);
    chunks.push(first.value!);
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    expect(made).toBe(files.length);
    const bytes = Buffer.concat(chunks);
    expect(bytes.equals(Buffer.from(bundleText(files), 'utf8'))).toBe(true);
    const dir = siteWith({ 'learn.bundle': bytes.toString('utf8') });
    expect(await writeDataBundles(dir)).toBe(3);
    for (const { path, text } of files) expect(readFileSync(join(dir, path), 'utf8')).toBe(text);
  });

  it('writes nothing for an empty bundle, and removes it', async () => {
    const dir = siteWith({ 'brief.bundle': [] });
    expect(readFileSync(join(dir, dataBundleFolder, 'brief.bundle'), 'utf8')).toBe('');
    expect(await writeDataBundles(dir)).toBe(0);
    expect(existsSync(join(dir, dataBundleFolder))).toBe(false);
  });

  it('does nothing without bundles', async () => {
    site = mkdtempSync(join(tmpdir(), 'data-bundles-'));
    expect(await writeDataBundles(site)).toBe(0);
  });

  it('splits a site once, however often it is asked', async () => {
    const dir = siteWith({ 'learn.bundle': [['learn/data/a.json', '{}']] });
    const first = splitDataBundles(dir);
    expect(splitDataBundles(dir)).toBe(first);
    expect(await first).toBe(1);
  });

  it.each([['../outside.json'], ['/etc/passwd.json'], ['learn/../../x.json'], ['learn//x.json'], ['learn/x.js'], ['Learn/X.json']])(
    'refuses %j, naming the bundle and the file',
    async (path) => {
      const dir = siteWith({ 'learn.bundle': [['learn/data/a.json', '{}'], [path, '{}']] });
      await expect(writeDataBundles(dir)).rejects.toThrow(`data-files/learn.bundle, file 2: ${JSON.stringify(path)} is not a data file path inside the site.`);
      expect(existsSync(join(dir, 'learn/data/a.json'))).toBe(false);
    },
  );

  const good = 'learn/data/a.json\n2\n{}\n';
  it.each([
    ['a file cut short', `${good}learn/data/b.json\n10\n{}\n`, 23],
    ['a missing last new line', `${good}learn/data/b.json\n2\n{}`, 23],
    ['a length that is no number', `${good}learn/data/b.json\ntwo\n{}\n`, 23],
    ['a length that is too short', `${good}learn/data/b.json\n1\n{}\n`, 23],
    ['no length line', 'learn/data/a.json\n', 0],
  ])('refuses a bundle with %s, saying where it breaks off', async (_case, text, at) => {
    const dir = siteWith({ 'learn.bundle': text });
    await expect(writeDataBundles(dir)).rejects.toThrow(
      `data-files/learn.bundle is not a bundle of data files (a line with the path, a line with the length in bytes, the text, a new line): it breaks off at byte ${at}.`,
    );
    expect(existsSync(join(dir, 'learn/data/a.json'))).toBe(false);
  });

  it('accepts the paths the playbook writes', () => {
    expect(isDataFilePath('brief-data/en/industry/food-and-beverage.json')).toBe(true);
    expect(isDataFilePath('learn/data/concept-12.json')).toBe(true);
    expect(isDataFilePath('brief-data/en/concept/../../x.json')).toBe(false);
  });
});
