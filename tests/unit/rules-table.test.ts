import { describe, expect, it } from 'vitest';
import { checkerFindings, codeParts, rulesTable } from '../../src/lib/rules-table.ts';
import { allRules } from '../../src/rules/index.ts';

describe('rules table', () => {
  it('has a row for every rule the checker runs, each with what it checks and what to do', () => {
    const rows = rulesTable(allRules);
    expect(rows.map((r) => r.id)).toEqual([...allRules.map((r) => r.id), ...checkerFindings.map((r) => r.id)]);
    expect(rows.map((r) => r.id)).toContain('mdx-safe');
    for (const row of rows) {
      expect(row.checks.trim(), row.id).not.toBe('');
      expect(row.fix.trim(), row.id).not.toBe('');
      expect(row.fix, row.id).not.toBe(row.checks);
    }
    expect(rows.map((r) => r.id)).toContain('no-placeholders');
  });

  it('shows the configured severity', () => {
    const rows = rulesTable(allRules, { 'no-vague-claims': 'error', 'review-overdue': 'off' });
    expect(rows.find((r) => r.id === 'no-vague-claims')?.severity).toBe('error');
    expect(rows.find((r) => r.id === 'review-overdue')?.severity).toBe('off');
    expect(rows.find((r) => r.id === 'competitor-stale')?.severity).toBe('warning');
  });

  it('splits `code` out of a line', () => {
    expect(codeParts('Name the `salesChampion` now')).toEqual([
      { code: false, text: 'Name the ' },
      { code: true, text: 'salesChampion' },
      { code: false, text: ' now' },
    ]);
  });
});
