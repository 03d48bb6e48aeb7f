import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oldSites, publish } from '../../src/integrations/staged-output.ts';

describe('publish', () => {
  it('puts the new site in place at once and leaves the old one to a background removal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'staged-'));
    const [staging, site] = [join(dir, 'staging'), join(dir, 'dist')];
    for (const [folder, text] of [[staging, 'new'], [site, 'old']] as const) {
      mkdirSync(folder);
      writeFileSync(join(folder, 'index.html'), text);
    }
    publish(staging, site);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(staging)).toBe(false);
  });
});

describe('oldSites', () => {
  it('lists the old sites of an output folder that a publish moved aside, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'staged-'));
    for (const name of ['dist', 'dist.previous-123', 'dist.previous-x', 'dist-fixtures.previous-9', 'other']) mkdirSync(join(dir, name));
    expect(oldSites(join(dir, 'dist'))).toEqual([join(dir, 'dist.previous-123')]);
  });
});
