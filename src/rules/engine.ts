/**
 * The rule runner: runs every rule over the loaded content, applies the configured
 * severities and draft leniency, and positions each finding in its file.
 */
import type { RuleSeverity } from '../schemas/config.ts';
import { formatPath } from './field-path.ts';
import type { FieldPath, Finding, Rule, RuleContext, RuleFinding, Severity } from './types.ts';

/** True when one path lies inside the other (a finding about a field that was left out). */
export function overlaps(a: FieldPath, b: FieldPath): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

export type SeverityOverrides = Readonly<Record<string, RuleSeverity>>;

/** The severity a rule runs with: the configured one, else its default. */
export function effectiveSeverity(rule: Rule, overrides: SeverityOverrides): RuleSeverity {
  return overrides[rule.id] ?? rule.defaultSeverity;
}

export function runRules(
  rules: readonly Rule[],
  context: RuleContext,
  overrides: SeverityOverrides = {},
  /** Where a rule's own failure is reported (the content folder). */
  folder = 'content',
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const configured = effectiveSeverity(rule, overrides);
    if (configured === 'off') continue;
    let results: RuleFinding[];
    try {
      results = rule.check(context);
    } catch (problem) {
      // A rule that fails is a finding, never a crash: the other rules still report.
      const detail = problem instanceof Error ? problem.message : String(problem);
      findings.push({
        ruleId: 'internal-error',
        severity: 'error',
        file: folder,
        line: 1,
        column: 1,
        path: '',
        message: `The rule \`${rule.id}\` failed (${detail.slice(0, 200)}), so its checks did not run. This is a fault in the checker; the other findings are still valid. Report it to the playbook's maintainers.`,
      });
      continue;
    }
    for (const found of results) {
      if (found.entry.removed?.some((path) => overlaps(path, found.path))) continue;
      // A finding drawn from another file's field that failed its schema there is a knock-on.
      if (found.about?.some(({ entry, path }) => entry.removed?.some((cut) => overlaps(cut, path)))) continue;
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
