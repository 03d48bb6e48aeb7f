/**
 * A bad setting in playbook.config.ts as the checker's findings read: the file and line, the
 * setting's path (`vagueWords.nl[2]`), what is wrong in plain words and what to write instead,
 * every bad setting at once. `npm run check:content`, `npm run build` and `npm run dev` all
 * read the config through `resolvePlaybookConfig` (./playbook-config-file.ts), which throws a
 * `PlaybookConfigError` with these lines instead of zod's raw issues and a stack trace.
 * Unknown rule ids in `rules` are checked with the rules (src/checker/rule-overrides.ts).
 */
import type { z } from 'astro/zod';
import { formatFindingLine } from '../checker/format.ts';
import { formatPath, valueAt } from '../rules/field-path.ts';
import type { Finding } from '../rules/types.ts';
import { playbookConfigSchema, ruleSeverities } from '../schemas/config.ts';
import { uiLanguages } from '../schemas/ui-languages.ts';
import { andList, closest, escapeRegExp, quote } from './text.ts';

/** The rule id of a finding on playbook.config.ts, as for the `rules` checks. */
export const configRuleId = 'config';

type Setting = keyof z.input<typeof playbookConfigSchema>;

/** Joins choices as "a, b or c". */
function orList(words: readonly string[]): string {
  return andList(words).replace(/ and (?=[^,]*$)/, ' or ');
}

const languages = orList(uiLanguages.map((code) => quote(code)));

/** What to write for each setting, completing "Write …". */
const whatToWrite: Record<Setting, string> = {
  siteName: 'the name shown in the header and page titles, in quotes, like "Meridian Playbook"',
  company: 'the name of the company whose playbook this is, in quotes, like "Meridian Metrology"',
  repositoryUrl: 'the full address of the repository, like "https://github.com/acme/playbook", or leave the setting out to hide the edit links',
  editBranch: 'the branch the edit links point at, in quotes, like "main"',
  fieldNotesInbox: 'the e-mail address of the enablement team, like "enablement@example.com", or leave the setting out',
  public: 'true (search engines may list the site) or false (the default: kept out of search engines)',
  locales: `a list of languages, the default first, each one of ${languages} (the languages with interface texts in src/lib/i18n), like ["en", "nl"]`,
  draftsInPreview: 'true (the default: previews show drafts) or false',
  contentDir: 'the folder of the content, relative to the repository, in quotes, like "content"',
  rules: `rule ids, each set to ${orList(ruleSeverities.map((s) => quote(s)))}, like { "no-vague-claims": "error" } (the rules are listed in .github/RULES.md)`,
  vagueWords: 'a list of words for each language, like { en: ["synergy"], nl: ["ontzorgen"] }',
  staleCompetitorDays: 'a whole number of days, 1 or more (90 when left out)',
  siteUrl: 'the full address of the published site, like "https://playbook.example.com", or leave the setting out',
  trustScoreGoal: 'a percentage: a number from 0 to 100 (80 when left out)',
};

const settings = Object.keys(playbookConfigSchema.shape) as Setting[];
const documented = 'See "Configuration" in the README.';

const nouns: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list in [ ]',
  record: 'a group in { }',
  object: 'a group in { }',
};

/** A value as a message shows it: strings and numbers as written, lists and groups by kind. */
function render(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return 'a group { … }';
  if (typeof value === 'string') return quote(value);
  return String(value);
}

/** What is wrong with the value at `shown` (`trustScoreGoal`, `vagueWords.nl[2]`). */
function problem(issue: z.core.$ZodIssue, shown: string, value: unknown): string {
  const is = `\`${shown}\` is ${render(value)}`;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `\`${shown}\` is missing`;
      return `${is}, not ${nouns[issue.expected] ?? issue.expected}`;
    case 'too_big':
      if (issue.origin === 'number') return `${is}, but it can be ${issue.inclusive ? `${issue.maximum} at most` : `less than ${issue.maximum} only`}`;
      return `${is}, longer than ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'number') return `${is}, but it must be ${issue.inclusive ? `${issue.minimum} or more` : `more than ${issue.minimum}`}`;
      if (issue.origin === 'array') return `\`${shown}\` is an empty list`;
      if (issue.origin === 'string') return `\`${shown}\` is empty`;
      return `${is}, too small`;
    case 'invalid_value':
      return `${is}, not one of ${orList(issue.values.map((v) => (typeof v === 'string' ? quote(v) : String(v))))}`;
    case 'invalid_format':
      if (issue.format === 'url') return `${is}, not a full address (one that starts with https://)`;
      if (issue.format === 'email') return `${is}, not an e-mail address`;
      return `${is}, not in the right form`;
    default:
      return `\`${shown}\`: ${issue.message}`;
  }
}

/** Where the setting at `path` is written in the config's text: each key searched after its parent. */
function positionOf(path: readonly PropertyKey[], text: string): { line: number; column: number } {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line.includes('definePlaybookConfig('));
  let at = { line: Math.max(start, 0), column: 0 };
  let found = false;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const pattern = new RegExp(`(['"\`]?)${escapeRegExp(key)}\\1\\s*:`, 'g');
    let match: RegExpExecArray | null = null;
    let i = at.line;
    for (; i < lines.length; i++) {
      pattern.lastIndex = i === at.line ? at.column : 0;
      match = pattern.exec(lines[i] ?? '');
      if (match) break;
    }
    if (!match) break;
    at = { line: i, column: match.index };
    found = true;
  }
  return found || start >= 0 ? { line: at.line + 1, column: at.column + 1 } : { line: 1, column: 1 };
}

/**
 * The findings on a config file's exported settings (`input`), empty when they are valid.
 * `file` is the config file as findings name it, `text` its source for the line of each setting.
 */
export function configFindings(input: unknown, file: string, text: string | undefined): Finding[] {
  const result = playbookConfigSchema.safeParse(input);
  if (result.success) return [];
  const findings: Finding[] = [];
  const add = (path: readonly PropertyKey[], message: string) =>
    findings.push({ ruleId: configRuleId, severity: 'error', file, ...positionOf(path, text ?? ''), path: formatPath(path as (string | number)[]), message });
  for (const issue of result.error.issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys' && path.length === 0) {
      for (const key of issue.keys) {
        const near = closest(key, settings);
        add([key], `There is no setting \`${key}\`, so it would do nothing.${near ? ` Did you mean \`${near}\`?` : ''} The settings are: ${settings.join(', ')}. ${documented}`);
      }
      continue;
    }
    if (path.length === 0) {
      add([], `${file} must export its settings as \`export default definePlaybookConfig({ siteName: "…", company: "…" })\`; it exports ${render(input)}. ${documented}`);
      continue;
    }
    const setting = path[0] as Setting;
    const write = whatToWrite[setting];
    add(path, `${problem(issue, formatPath(path), valueAt(input, path))}. ${write ? `Write ${write}. ` : ''}${documented}`);
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Thrown when playbook.config.ts has bad settings. Its message is the findings, one a line, and
 * what to do; its stack is empty, as for `ContentCheckError`: Astro prints a "Stack trace:"
 * heading for any error with one, and a trace into the loader helps no one who edits settings.
 */
export class PlaybookConfigError extends Error {
  readonly findings: Finding[];
  readonly file: string;
  constructor(findings: Finding[], file: string, summary: string = configSummary(findings, file)) {
    super([...findings.map(formatFindingLine), summary].join('\n'));
    this.name = 'PlaybookConfigError';
    this.findings = findings;
    this.file = file;
    this.stack = '';
  }
}

/** The line after the findings: how many, and what to do. */
export function configSummary(findings: readonly Finding[], file: string): string {
  const count = findings.length === 1 ? 'a setting that is not valid' : `${findings.length} settings that are not valid`;
  return `${file} has ${count}: correct ${findings.length === 1 ? 'it' : 'them'} as described above. Nothing was checked or built with these settings.`;
}
