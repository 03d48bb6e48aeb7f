import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/checker/check.ts';
import { readContentFiles } from '../../src/checker/read-content.ts';
import { generatePlaybook } from '../bench/generate.ts';
import { quietHealth } from './checker/check-helpers.ts';

const today = new Date('2026-11-27T00:00:00Z');

describe('benchmark generator', () => {
  it('writes concepts with distinct titles and customers that pass every rule', () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-gen-'));
    generatePlaybook(dir, 30, 7, today);
    const result = checkSources(readContentFiles(dir), {
      today,
      settings: { vagueWords: {}, staleCompetitorDays: 100_000, showDrafts: false },
      severities: quietHealth,
    });
    expect(result.findings).toEqual([]);
    const texts = readdirSync(join(dir, 'concepts')).map((f) => readFileSync(join(dir, 'concepts', f), 'utf8'));
    const titles = texts.map((t) => /^title: (.*)$/m.exec(t)?.[1]);
    const customers = texts.map((t) => /customer: (.*)$/m.exec(t)?.[1]);
    expect(new Set(titles).size).toBe(30);
    expect(new Set(customers).size).toBe(30);
  });

  it('is deterministic for a seed', () => {
    const [a, b] = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'playbook-gen-')));
    generatePlaybook(a!, 3, 11, today);
    generatePlaybook(b!, 3, 11, today);
    const read = (dir: string) => readFileSync(join(dir, 'concepts', 'concept-3.mdx'), 'utf8');
    expect(read(a!)).toBe(read(b!));
  });
});
