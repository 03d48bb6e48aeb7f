/**
 * The rule runner: runs every rule over the loaded content, applies the configured
 * severities and draft leniency, and positions each finding in its file.
 */
import type { RuleSeverity } from '../schemas/config.ts';
import { formatPath } from './field-path.ts';
import type { Finding, Rule, RuleContext, Severity } from './types.ts';

export type SeverityOverrides = Readonly<Record<string, RuleSeverity>>;

/** The severity a rule runs with: the configured one, else its default. */
export function effectiveSeverity(rule: Rule, overrides: SeverityOverrides): RuleSeverity {
  return overrides[rule.id] ?? rule.defaultSeverity;
}

export function runRules(
  rules: readonly Rule[],
  context: RuleContext,
  overrides: SeverityOverrides = {},
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const configured = effectiveSeverity(rule, overrides);
    if (configured === 'off') continue;
    for (const found of rule.check(context)) {
      const severity: Severity = found.lenient ? 'warning' : configured;
      const { line, column } = found.position ?? found.entry.locate(found.path);
      findings.push({
        ruleId: rule.id,
        severity,
        file: found.entry.file,
        line,
        column,
        path: formatPath(found.path),
        message: found.message,
      });
    }
  }
  return sortFindings(findings);
}

/** Orders findings by file, then line and column, so output reads top to bottom. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}
