import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSources, type CheckOptions, type CheckResult } from '../../../src/checker/check.ts';
import { formatFindingLine } from '../../../src/checker/format.ts';
import type { SourceFile } from '../../../src/checker/load-content.ts';
import { readContentFiles } from '../../../src/checker/read-content.ts';
import type { Rule } from '../../../src/rules/types.ts';

/** The fixed "today" of every checker test: fixtures are dated relative to it. */
export const today = new Date('2026-11-27T00:00:00Z');

/**
 * `content-health` is off in checker tests: two of its criteria need field notes, and no fixture
 * has any (content/field-notes/ of the sample does), so it would warn on every live concept.
 * Its own tests (tests/unit/content-health.test.ts) turn it on.
 */
export const quietHealth = { 'content-health': 'off' } as const;

export const defaultOptions: CheckOptions = {
  today,
  settings: { vagueWords: {}, staleCompetitorDays: 90, showDrafts: false, locales: ['en', 'nl'] },
  severities: quietHealth,
};

export const fixtureDir = (name: string) => join('tests', 'fixtures', name);

/** Checks a fixture playbook from tests/fixtures/<name>. */
export function checkFixture(name: string, options: Partial<CheckOptions> = {}): CheckResult {
  return checkSources(readContentFiles(fixtureDir(name)), { ...defaultOptions, ...options });
}

/** The findings of a check as the text lines `check:content` prints. */
export function lines(result: CheckResult): string[] {
  return result.findings.map(formatFindingLine);
}

/**
 * The good fixture in memory, with one file changed: `edit` maps a file (like
 * "concepts/gauge-and-insight.mdx") to a function of its text. Lets rule tests vary one field.
 */
export function goodPlaybookWith(edits: Record<string, (text: string) => string> = {}): SourceFile[] {
  const files = readContentFiles(fixtureDir('good'));
  const extra = Object.keys(edits).filter((key) => !files.some((f) => `${f.collection}/${f.relativePath}` === key));
  for (const key of extra) {
    const [collection, ...rest] = key.split('/');
    files.push({ collection: collection as SourceFile['collection'], relativePath: rest.join('/'), file: key, text: '' });
  }
  return files.map((file) => {
    const edit = edits[`${file.collection}/${file.relativePath}`];
    return edit ? { ...file, text: edit(file.text) } : file;
  });
}

/** Runs one rule over files (schema findings left out) and returns its findings, compactly. */
export function runRule(rule: Rule, files: SourceFile[], options: Partial<CheckOptions> = {}) {
  const result = checkSources(files, { ...defaultOptions, ...options, rules: [rule] });
  return result.findings.filter((f) => f.ruleId === rule.id).map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, path: f.path, message: f.message }));
}

export const concept = 'concepts/gauge-and-insight.mdx';

/** Replaces `from` with `to` in a text, failing loudly when `from` is not there. */
export function replace(from: string, to: string): (text: string) => string {
  return (text) => {
    if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
    return text.replace(from, to);
  };
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}
