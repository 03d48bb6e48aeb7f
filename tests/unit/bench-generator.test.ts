import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/checker/check.ts';
import { readContentFiles } from '../../src/checker/read-content.ts';
import { generatePlaybook, quartersBefore } from '../bench/generate.ts';
import { quietHealth } from './checker/check-helpers.ts';

const today = new Date('2026-11-27T00:00:00Z');

describe('benchmark generator', () => {
  // The checker over a generated playbook takes a few seconds on a busy machine.
  it('writes concepts with distinct titles and customers that pass every rule', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-gen-'));
    generatePlaybook(dir, 15, 7, today);
    const result = checkSources(readContentFiles(dir), {
      today,
      settings: { vagueWords: {}, staleCompetitorDays: 100_000, showDrafts: false, locales: ['en', 'nl'] },
      severities: quietHealth,
    });
    expect(result.findings).toEqual([]);
    const files = readdirSync(join(dir, 'concepts')).filter((f) => f.endsWith('.mdx'));
    const texts = files.map((f) => readFileSync(join(dir, 'concepts', f), 'utf8'));
    const titles = texts.map((t) => /^title: (.*)$/m.exec(t)?.[1]);
    const customers = texts.map((t) => /customer: (.*)$/m.exec(t)?.[1]);
    expect(new Set(titles).size).toBe(15);
    expect(new Set(customers).size).toBe(15);
    // 3 to 6 arguments and objections each, a Dutch translation of every fifth, one lesson.
    const counts = texts.map((t) => [t.match(/^  - id: argument-/gm)?.length, t.match(/^  - id: objection-/gm)?.length]);
    expect(counts.flat().every((c) => c !== undefined && c >= 3 && c <= 6)).toBe(true);
    expect(new Set(counts.flat()).size).toBeGreaterThan(2);
    expect(readdirSync(join(dir, 'concepts', 'nl'))).toHaveLength(3);
    expect(readdirSync(join(dir, 'lessons'))).toEqual(['practice-1.mdx']);
  });

  it('writes field notes and metrics that the checker takes without a finding of their rules', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-gen-'));
    generatePlaybook(dir, 40, 7, today);
    // The health rule at its own severity: it reads the notes, and some concepts have none.
    const result = checkSources(readContentFiles(dir), { today, settings: { vagueWords: {}, staleCompetitorDays: 100_000, showDrafts: false, locales: ['en', 'nl'] } });
    expect(result.findings.filter((finding) => finding.ruleId !== 'content-health')).toEqual([]);
    const health = result.findings.filter((finding) => finding.ruleId === 'content-health');
    expect(health.every((finding) => finding.severity === 'warning')).toBe(true);
    // Most concepts pass: notes in the last 90 days that say how most objections went.
    expect(health.length).toBeGreaterThan(0);
    expect(health.length).toBeLessThan(20);
    const notes = readdirSync(join(dir, 'field-notes')).filter((f) => f.endsWith('.md'));
    const dutch = readdirSync(join(dir, 'field-notes', 'nl'));
    expect(notes.length + dutch.length).toBeGreaterThan(40);
    expect(dutch.length).toBeGreaterThan(0);
    expect(dutch.map((file) => readFileSync(join(dir, 'field-notes', 'nl', file), 'utf8')).join('')).toMatch(/^(worked|didNotWork): (De|Het) /m);
    const metrics = readFileSync(join(dir, 'metrics', '2026.csv'), 'utf8').trim().split('\n');
    expect(metrics[0]).toBe('concept,quarter,leads,qualifiedLeads,proposals,won,adSpend,revenue,avgCycleDays');
    // Three quarters for about three concepts in four, before the quarter of `today`.
    expect(new Set(metrics.slice(1).map((row) => row.split(',')[1]))).toEqual(new Set(['2026-Q1', '2026-Q2', '2026-Q3']));
    expect(metrics.length - 1).toBeGreaterThan(60);
    expect(metrics.length - 1).toBeLessThan(120);
  });

  it('names the quarters before today’s, across a new year', () => {
    expect(quartersBefore(new Date('2026-11-27T00:00:00Z'), 3)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(quartersBefore(new Date('2027-02-01T00:00:00Z'), 3)).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
  });

  it('is deterministic for a seed', () => {
    const [a, b] = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'playbook-gen-')));
    generatePlaybook(a!, 3, 11, today);
    generatePlaybook(b!, 3, 11, today);
    const read = (dir: string) => readFileSync(join(dir, 'concepts', 'concept-3.mdx'), 'utf8');
    expect(read(a!)).toBe(read(b!));
  });
});
