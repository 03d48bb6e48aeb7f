/**
 * The content checker: parses the source files, validates them with the content schemas,
 * and runs the playbook rules. Both doors (the build integration and `npm run check:content`)
 * call `checkPlaybook`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { allRules } from '../rules/index.ts';
import { runRules, sortFindings, type SeverityOverrides } from '../rules/engine.ts';
import type { Finding, Rule, RuleSettings } from '../rules/types.ts';
import { internalError, loadContent, type SourceFile } from './load-content.ts';
import { checkPublicFolder, publicNames, publicSitePaths } from './public-files.ts';
import { readContentFiles } from './read-content.ts';
import { ruleOverrideFindings } from './rule-overrides.ts';

export interface CheckOptions {
  today: Date;
  settings: RuleSettings;
  severities?: SeverityOverrides;
  rules?: readonly Rule[];
  /** The content folder as printed in findings about no single file (a rule that failed). */
  folder?: string;
  /** The files under public/ as site paths ("/assets/one-pager.pdf"), for links-exist. */
  publicFiles?: readonly string[];
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
  const context = {
    content,
    today: options.today,
    settings: options.settings,
    ...(options.publicFiles ? { publicFiles: new Set(options.publicFiles) } : {}),
  };
  const ruleFindings = runRules(options.rules ?? allRules, context, options.severities, options.folder);
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
  /** Trust score goal in percent (content health). */
  trustScoreGoal?: number;
  /** The folder published as it is (Astro's publicDir); `public/` under `cwd` when left out. */
  publicPath?: string;
  /** Languages of the content (playbook.config.ts `locales`). */
  locales?: readonly string[];
  /** The site's address (playbook.config.ts `siteUrl`): the Atom feed is written only with one. */
  siteUrl?: string;
  /** The file `rules` comes from, for the line of a bad setting; `playbook.config.ts` under `cwd` when left out. */
  configFile?: string;
}

/** Checks the content folder of a playbook and the files it publishes from public/. */
export function checkPlaybook(config: CheckerConfig, today: Date, cwd: string = process.cwd()): CheckResult {
  try {
    return checkFolder(config, today, cwd, contentFolder(config, cwd));
  } catch (problem) {
    return failedCheck(config, cwd, 'reading the content folder', problem);
  }
}

/** The content folder as findings name it: relative to `cwd`, with `/`. */
function contentFolder(config: CheckerConfig, cwd: string): string {
  return relative(cwd, config.contentPath).split(sep).join('/') || '.';
}

/**
 * The result of a check that could not run to its end: one finding on the content folder and no
 * stack trace (whatever fails is one finding, and the check fails).
 */
export function failedCheck(config: CheckerConfig, cwd: string, during: string, problem: unknown): CheckResult {
  const findings = [internalError(contentFolder(config, cwd), { line: 1, column: 1 }, during, problem)];
  return { findings, errors: 1, warnings: 0, files: 0 };
}

function checkFolder(config: CheckerConfig, today: Date, cwd: string, folder: string): CheckResult {
  const publicPath = config.publicPath ?? resolve(cwd, 'public');
  // The folder is listed once, for links-exist and for the check of its files.
  const names = publicNames(publicPath);
  const result = checkSources(readContentFiles(config.contentPath, cwd), {
    today,
    folder,
    publicFiles: publicSitePaths(publicPath, names),
    severities: config.rules,
    settings: {
      vagueWords: config.vagueWords,
      staleCompetitorDays: config.staleCompetitorDays,
      ...(config.trustScoreGoal !== undefined ? { trustScoreGoal: config.trustScoreGoal } : {}),
      showDrafts: config.showDrafts,
      ...(config.locales ? { locales: config.locales } : {}),
      feed: config.siteUrl !== undefined,
    },
  });
  const configFile = config.configFile ?? resolve(cwd, 'playbook.config.ts');
  const configText = existsSync(configFile) ? readFileSync(configFile, 'utf8') : undefined;
  const configName = relative(cwd, configFile).split(sep).join('/');
  return withFindings(result, [...checkPublicFolder(publicPath, cwd, names), ...ruleOverrideFindings(config.rules, allRules, configName, configText)]);
}

/** A result with more findings (files outside the content folder), sorted in and counted. */
export function withFindings(result: CheckResult, extra: readonly Finding[]): CheckResult {
  if (extra.length === 0) return result;
  const all = sortFindings([...result.findings, ...extra]);
  return {
    ...result,
    findings: all,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
  };
}
