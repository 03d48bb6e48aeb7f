/**
 * The `rules` of playbook.config.ts, checked against the rules that exist: an unknown id (a typo
 * like "content-helth") or a rule that cannot be turned down (mdx-safe, public-files, the
 * syntax and schema checks) is an error on the config file, so a setting never silently does
 * nothing. The config schema (src/schemas/config.ts) only knows the shape; the ids live here,
 * with the rules.
 */
import { configRuleId } from '../lib/config-findings.ts';
import { closest } from '../lib/text.ts';
import { formatPath } from '../rules/field-path.ts';
import type { SeverityOverrides } from '../rules/engine.ts';
import type { Finding, Rule } from '../rules/types.ts';
import { syntaxRuleIds } from './load-content.ts';
import { publicFilesRuleId } from './public-files.ts';
import { mdxSafeRuleId } from '../rules/mdx-safe.ts';

/** Checks that keep content from running code: always errors (README, "Checking content"). */
const safetyRuleIds: readonly string[] = [mdxSafeRuleId, publicFilesRuleId];
/** Findings of reading the files themselves: always as the reader reports them. */
const readingRuleIds: readonly string[] = [...new Set(Object.values(syntaxRuleIds))];

/** Where `id` is written in the config's text (its first mention as a key), else line 1. */
function positionOf(id: string, text: string | undefined): { line: number; column: number } {
  const lines = (text ?? '').split(/\r?\n/);
  const key = new RegExp(`(['"\`]?)${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1\\s*:`);
  for (let i = 0; i < lines.length; i++) {
    const match = key.exec(lines[i] ?? '');
    if (match) return { line: i + 1, column: match.index + 1 };
  }
  return { line: 1, column: 1 };
}

export function ruleOverrideFindings(
  overrides: SeverityOverrides,
  rules: readonly Rule[],
  /** The config file as findings name it, and its text for the line of each setting. */
  file: string,
  text: string | undefined,
): Finding[] {
  const known = rules.map((rule) => rule.id).sort();
  const findings: Finding[] = [];
  for (const [id, severity] of Object.entries(overrides)) {
    if (known.includes(id)) continue;
    let message: string | undefined;
    if (safetyRuleIds.includes(id)) {
      if (severity !== 'error') message = `The rule "${id}" cannot be set to "${severity}": it keeps content from running code, so it is always an error. Remove "${id}" from \`rules\`.`;
    } else if (readingRuleIds.includes(id)) {
      if (severity !== 'error') message = `"${id}" cannot be set to "${severity}": it reports a file that cannot be read as content, which is never a matter of taste. Remove "${id}" from \`rules\`.`;
    } else {
      const near = closest(id, known);
      message = `There is no rule "${id}", so this setting does nothing.${near ? ` Did you mean "${near}"?` : ''} The rules are: ${known.join(', ')}.`;
    }
    if (message) findings.push({ ruleId: configRuleId, severity: 'error', file, ...positionOf(id, text), path: formatPath(['rules', id]), message });
  }
  return findings;
}
