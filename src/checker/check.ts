/**
 * The content checker: parses the source files, validates them with the content schemas,
 * and runs the playbook rules. Both doors (the build integration and `npm run check:content`)
 * call `checkPlaybook`.
 */
import { allRules } from '../rules/index.ts';
import { runRules, sortFindings, type SeverityOverrides } from '../rules/engine.ts';
import type { Finding, Rule, RuleSettings } from '../rules/types.ts';
import { loadContent, type SourceFile } from './load-content.ts';
import { readContentFiles } from './read-content.ts';

export interface CheckOptions {
  today: Date;
  settings: RuleSettings;
  severities?: SeverityOverrides;
  rules?: readonly Rule[];
}

export interface CheckResult {
  findings: Finding[];
  errors: number;
  warnings: number;
  files: number;
}

/** Checks files already in memory (pure; unit tests use this). */
export function checkSources(files: readonly SourceFile[], options: CheckOptions): CheckResult {
  const { content, findings } = loadContent(files);
  const ruleFindings = runRules(options.rules ?? allRules, { content, today: options.today, settings: options.settings }, options.severities);
  const all = sortFindings([...findings, ...ruleFindings]);
  return {
    findings: all,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
    files: files.length,
  };
}

/** What the checker needs from the resolved playbook configuration. */
export interface CheckerConfig {
  contentPath: string;
  showDrafts: boolean;
  rules: SeverityOverrides;
  vagueWords: Record<string, string[]>;
  staleCompetitorDays: number;
  /** Languages of the content (playbook.config.ts `locales`). */
  locales?: readonly string[];
}

/** Checks the content folder of a playbook. */
export function checkPlaybook(config: CheckerConfig, today: Date, cwd: string = process.cwd()): CheckResult {
  return checkSources(readContentFiles(config.contentPath, cwd), {
    today,
    severities: config.rules,
    settings: {
      vagueWords: config.vagueWords,
      staleCompetitorDays: config.staleCompetitorDays,
      showDrafts: config.showDrafts,
      ...(config.locales ? { locales: config.locales } : {}),
    },
  });
}
