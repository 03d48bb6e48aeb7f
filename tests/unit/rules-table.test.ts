import { describe, expect, it } from 'vitest';
import { checkerFindings, codeParts, rulesTable } from '../../src/lib/rules-table.ts';
import { uiLanguages } from '../../src/lib/i18n.ts';
import { allRules } from '../../src/rules/index.ts';
import type { RuleDescription } from '../../src/rules/types.ts';

/** Every row's English and its translations, as the rules and the checker carry them. */
function translationProblems(rows: readonly RuleDescription[]): string[] {
  const problems: string[] = [];
  const codeOf = (text: string) => codeParts(text).filter((part) => part.code).map((part) => part.text);
  for (const row of rows) {
    for (const lang of uiLanguages.filter((l) => l !== 'en')) {
      const translated = (row.translations as Partial<RuleDescription['translations']> | undefined)?.[lang];
      for (const field of ['description', 'fix'] as const) {
        const english = row[field];
        const text = translated?.[field];
        if (typeof text !== 'string' || text.trim() === '') problems.push(`${row.id}: no ${lang} ${field}`);
        else if (text === english) problems.push(`${row.id}: the ${lang} ${field} is still the English`);
        else if (text.split('`').length % 2 === 0) problems.push(`${row.id}: the ${lang} ${field} has an unclosed \``);
        else {
          const missing = codeOf(english).filter((code) => !codeOf(text).includes(code));
          if (missing.length > 0) problems.push(`${row.id}: the ${lang} ${field} does not keep ${missing.map((code) => `\`${code}\``).join(', ')} as code`);
        }
      }
    }
  }
  return problems;
}

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

  it('has every rule in every interface language, translated, with the same `code`', () => {
    expect(translationProblems([...allRules, ...checkerFindings])).toEqual([]);
    expect(rulesTable(allRules, {}, 'nl').find((r) => r.id === 'champion-from-pilot')).toEqual({
      id: 'champion-from-pilot',
      severity: 'error',
      checks: 'Concepten in pilot of live hebben een sales champion.',
      fix: 'Vul `salesChampion` in: de verkoper die het concept trekt.',
    });
    expect(rulesTable(allRules, {}, 'nl').find((r) => r.id === 'public-files')?.checks).toContain('xlsx of svg');
  });

  it('names the rule whose translation is missing, left in English or loses its code', () => {
    const rule = allRules.find((r) => r.id === 'champion-from-pilot')!;
    const { translations: _dropped, ...untranslated } = rule;
    expect(
      translationProblems([
        untranslated as unknown as RuleDescription,
        { ...rule, id: 'copied', translations: { nl: { description: rule.description, fix: rule.fix } } },
        { ...rule, id: 'lost-code', translations: { nl: { description: 'Een sales champion.', fix: 'Vul de salesChampion in.' } } },
        { ...rule, id: 'open-code', translations: { nl: { description: 'Een sales champion.', fix: 'Vul `salesChampion in.' } } },
      ]),
    ).toEqual([
      'champion-from-pilot: no nl description',
      'champion-from-pilot: no nl fix',
      'copied: the nl description is still the English',
      'copied: the nl fix is still the English',
      'lost-code: the nl fix does not keep `salesChampion` as code',
      'open-code: the nl fix has an unclosed `',
    ]);
  });

  it('splits `code` out of a line', () => {
    expect(codeParts('Name the `salesChampion` now')).toEqual([
      { code: false, text: 'Name the ' },
      { code: true, text: 'salesChampion' },
      { code: false, text: ' now' },
    ]);
  });
});
