/**
 * The rules table of the authoring guide, built from the rules themselves: id, the severity
 * this playbook runs it with, what it checks and what to do about a finding.
 */
import { effectiveSeverity, type SeverityOverrides } from '../rules/engine.ts';
import type { Rule } from '../rules/types.ts';

export interface RuleRow {
  id: string;
  severity: 'error' | 'warning' | 'off';
  checks: string;
  fix: string;
}

export function rulesTable(rules: readonly Rule[], overrides: SeverityOverrides = {}): RuleRow[] {
  return rules.map((rule) => ({
    id: rule.id,
    severity: effectiveSeverity(rule, overrides),
    checks: rule.description,
    fix: rule.fix,
  }));
}

/** Splits a line on `backticks` into text and code parts, for rendering. */
export function codeParts(text: string): { code: boolean; text: string }[] {
  return text
    .split('`')
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((part) => part.text !== '');
}
