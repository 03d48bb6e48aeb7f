/** Findings as text for people, as GitHub Actions annotations, or as JSON for tools. */
import type { Finding } from '../rules/types.ts';
import type { CheckResult } from './check.ts';

export const outputFormats = ['text', 'github', 'json'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** `file:line:col  severity  rule-id  path  message` */
export function formatFindingLine(finding: Finding): string {
  const where = `${finding.file}:${finding.line}:${finding.column}`;
  return [where, finding.severity, finding.ruleId, finding.path || '-', finding.message].join('  ');
}

export function formatSummary(result: CheckResult): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const verdict = result.errors > 0 ? 'Content check failed' : 'Content check passed';
  return `${verdict}: ${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')} in ${plural(result.files, 'file')}.`;
}

export function formatText(result: CheckResult): string {
  return [...result.findings.map(formatFindingLine), formatSummary(result)].join('\n');
}

/** GitHub's workflow-command escaping: properties escape `,` and `:` too. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(result: CheckResult): string {
  const lines = result.findings.map((f) => {
    const level = f.severity === 'error' ? 'error' : 'warning';
    const props = `file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(f.ruleId)}`;
    const message = f.path ? `${f.path}: ${f.message}` : f.message;
    return `::${level} ${props}::${escapeData(message)}`;
  });
  return [...lines, formatSummary(result)].join('\n');
}

export function formatJson(result: CheckResult): string {
  const { findings, errors, warnings, files } = result;
  return JSON.stringify({ errors, warnings, files, findings }, null, 2);
}

export function formatResult(result: CheckResult, format: OutputFormat): string {
  if (format === 'github') return formatGithub(result);
  if (format === 'json') return formatJson(result);
  return formatText(result);
}
