/**
 * The rules table of the authoring guide, built from the rules themselves: id, the severity
 * this playbook runs it with, what it checks and what to do about a finding.
 */
import { allowedPublicExtensions, publicFilesRuleId } from '../checker/public-files.ts';
import { effectiveSeverity, type SeverityOverrides } from '../rules/engine.ts';
import { mdxSafeDescription, mdxSafeFix, mdxSafeRuleId } from '../rules/mdx-safe.ts';
import { andList } from './text.ts';
import type { Rule } from '../rules/types.ts';

export interface RuleRow {
  id: string;
  severity: 'error' | 'warning' | 'off';
  checks: string;
  fix: string;
}

/** What the checker itself reports while reading files, always as errors (no severity to configure). */
export const checkerFindings: readonly Omit<RuleRow, 'severity'>[] = [
  { id: mdxSafeRuleId, checks: mdxSafeDescription, fix: mdxSafeFix },
  {
    id: publicFilesRuleId,
    checks: `Files under \`public/\` are ${andList(allowedPublicExtensions.map((ext) => ext.slice(1)))}, and SVG images hold drawing elements only.`,
    fix: 'Remove the file, or save it as one of the listed types (an SVG without scripts, event attributes or links out).',
  },
  { id: 'schema', checks: 'Each field has the type and value its schema allows, as the field reference lists them.', fix: 'Correct the field as the message says: add a missing field, fix a type, or use an allowed value.' },
  { id: 'yaml-syntax', checks: 'A YAML file or an MDX frontmatter can be read as fields.', fix: 'Fix the text at the line the message names (indentation, a missing colon or quote).' },
  { id: 'mdx-syntax', checks: 'An MDX file has its frontmatter between `---` lines and a body that parses.', fix: 'Fix the text at the line the message names.' },
  { id: 'csv-syntax', checks: 'A CSV table (metrics) has a header line naming its columns, and every line fits it.', fix: 'Fix the cell or header the message names: rename the column, remove extra cells, close a quote.' },
  { id: 'content-files', checks: 'Every file and folder in the content folder is one the site reads.', fix: 'Rename or move the file as the message says, or save it as UTF-8.' },
  {
    id: 'config',
    checks: 'Each setting in `playbook.config.ts` exists and has a value it allows (a bad one stops every command before the content is checked), each rule named under `rules` exists, and none of the rules in this list (always errors) is set to "off" or "warning".',
    fix: 'Correct the setting or the rule id as the message says (it names the allowed values and the nearest name), or remove the setting.',
  },
  { id: 'internal-error', checks: 'The checker itself ran through on the file.', fix: "Report the file to the playbook's maintainers; the other findings are still valid." },
];

export function rulesTable(rules: readonly Rule[], overrides: SeverityOverrides = {}): RuleRow[] {
  return [
    ...rules.map((rule) => ({
      id: rule.id,
      severity: effectiveSeverity(rule, overrides),
      checks: rule.description,
      fix: rule.fix,
    })),
    ...checkerFindings.map((row) => ({ ...row, severity: 'error' as const })),
  ];
}

/** Splits a line on `backticks` into text and code parts, for rendering. */
export function codeParts(text: string): { code: boolean; text: string }[] {
  return text
    .split('`')
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((part) => part.text !== '');
}
