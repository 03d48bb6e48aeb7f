/**
 * The build's data bundles (src/pages/data-files/) split into the files the pages fetch
 * (src/integrations/data-files.ts): every file written where its path says, the bundles gone,
 * and a path that would leave the site refused before anything is written.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeDataBundles } from '../../src/integrations/data-files.ts';
import { dataBundleFolder, isDataFilePath } from '../../src/lib/data-bundle.ts';

let site: string;
afterEach(() => rmSync(site, { recursive: true, force: true }));

function siteWith(bundles: Record<string, unknown>): string {
  site = mkdtempSync(join(tmpdir(), 'data-bundles-'));
  mkdirSync(join(site, dataBundleFolder));
  for (const [name, entries] of Object.entries(bundles)) writeFileSync(join(site, dataBundleFolder, name), JSON.stringify(entries));
  return site;
}

describe('data bundles', () => {
  it('writes each file of each bundle and removes the bundles', async () => {
    const dir = siteWith({
      'brief.json': [
        ['brief-data/en/concept/scrap-to-savings.json', '{"title":"Scrap to savings"}'],
        ['brief-data/handout/nl/scrap-to-savings.json', '{"title":"Van afkeur naar besparing"}'],
      ],
      'learn.json': [['nl/learn/data/scrap-to-savings.json', '{"cards":[]}']],
    });
    expect(await writeDataBundles(dir)).toBe(3);
    expect(readFileSync(join(dir, 'brief-data/en/concept/scrap-to-savings.json'), 'utf8')).toBe('{"title":"Scrap to savings"}');
    expect(readFileSync(join(dir, 'brief-data/handout/nl/scrap-to-savings.json'), 'utf8')).toBe('{"title":"Van afkeur naar besparing"}');
    expect(readFileSync(join(dir, 'nl/learn/data/scrap-to-savings.json'), 'utf8')).toBe('{"cards":[]}');
    expect(existsSync(join(dir, dataBundleFolder))).toBe(false);
  });

  it('does nothing without bundles', async () => {
    site = mkdtempSync(join(tmpdir(), 'data-bundles-'));
    expect(await writeDataBundles(site)).toBe(0);
  });

  it.each([['../outside.json'], ['/etc/passwd.json'], ['learn/../../x.json'], ['learn//x.json'], ['learn/x.js'], ['Learn/X.json']])(
    'refuses %j, naming the bundle and the entry',
    async (path) => {
      const dir = siteWith({ 'learn.json': [['learn/data/a.json', '{}'], [path, '{}']] });
      await expect(writeDataBundles(dir)).rejects.toThrow(`data-files/learn.json, entry 2: ${JSON.stringify(path)} is not a data file path inside the site.`);
      expect(existsSync(join(dir, 'learn/data/a.json'))).toBe(false);
    },
  );

  it('accepts the paths the playbook writes', () => {
    expect(isDataFilePath('brief-data/en/industry/food-and-beverage.json')).toBe(true);
    expect(isDataFilePath('learn/data/concept-12.json')).toBe(true);
    expect(isDataFilePath('brief-data/en/concept/../../x.json')).toBe(false);
  });
});
