/**
 * Parses and validates source files into the content the rules see. Pure: takes file texts,
 * returns entries plus syntax and schema findings (each with file, line, column, field path).
 */
import { formatPath } from '../rules/field-path.ts';
import { mdxSafeFindings } from '../rules/mdx-safe.ts';
import type { Entry, FieldPath, Finding, PlaybookContent, Position } from '../rules/types.ts';
import { collectionNames, type CollectionName } from '../schemas/common.ts';
import { checkedCollections, entryIdFromPath, type CollectionSpec } from './collections.ts';
import { parseMdx } from './mdx-source.ts';
import { DEFAULT_MESSAGE, plainIssues } from './schema-messages.ts';
import { withoutInvalidFields } from './partial-entry.ts';
import { checkValues } from './values.ts';
import { parseYaml, type ParsedYaml } from './yaml-source.ts';
import { readMetricsCsv } from '../lib/metrics-csv.ts';

/** A file found in the content folder. */
export interface SourceFile {
  collection: CollectionName;
  /** Path inside the collection folder ("lm-400.yaml"); gives the entry id. */
  relativePath: string;
  /** Path as printed in findings (relative to the working directory). */
  file: string;
  text: string;
  /** Set when the file cannot be read as content (wrong name, encoding, a link outside). */
  problem?: { severity: 'error' | 'warning'; message: string };
}

/** Rule ids of findings that come from parsing and schemas rather than from playbook rules. */
export const syntaxRuleIds = {
  yaml: 'yaml-syntax',
  mdx: 'mdx-syntax',
  csv: 'csv-syntax',
  frontmatter: 'mdx-syntax',
  schema: 'schema',
  files: 'content-files',
  internal: 'internal-error',
} as const;

export interface LoadedContent {
  content: PlaybookContent;
  findings: Finding[];
}

/** No entries and no ids, for every collection of the registry. */
export function emptyContent(): PlaybookContent {
  const lists = Object.fromEntries(collectionNames.map((name) => [name, []]));
  const ids = Object.fromEntries(collectionNames.map((name) => [name, new Set<string>()]));
  return { ...lists, ids } as unknown as PlaybookContent;
}

export function loadContent(files: readonly SourceFile[]): LoadedContent {
  const content = emptyContent();
  const findings: Finding[] = [];
  const specs = new Map(checkedCollections.map((spec) => [spec.name, spec]));
  for (const source of files) {
    if (source.problem) {
      findings.push({ ruleId: syntaxRuleIds.files, severity: source.problem.severity, file: source.file, line: 1, column: 1, path: '', message: source.problem.message });
      continue;
    }
    const spec = specs.get(source.collection);
    if (!spec) continue;
    const id = entryIdFromPath(source.relativePath);
    (content.ids[source.collection] as Set<string>).add(id);
    try {
      const entry = loadEntry(source, spec, id, findings);
      if (entry) (content[source.collection] as Entry[]).push(entry);
    } catch (problem) {
      findings.push(internalError(source.file, { line: 1, column: 1 }, 'reading this file', problem));
    }
  }
  return { content, findings };
}

/** A failure of the checker itself, as a finding: the file, what to do, and no stack trace. */
export function internalError(file: string, position: Position, during: string, problem: unknown): Finding {
  const detail = problem instanceof Error ? problem.message : String(problem);
  return {
    ruleId: syntaxRuleIds.internal,
    severity: 'error',
    file,
    ...position,
    path: '',
    message: `The checker failed while ${during} (${detail.slice(0, 200)}). This is a fault in the checker, not necessarily in the file: look for an unusual construct near this place, and report the file to the playbook's maintainers.`,
  };
}

function error(ruleId: string, file: string, position: Position, path: FieldPath, message: string): Finding {
  return { ruleId, severity: 'error', file, ...position, path: formatPath(path), message };
}

function loadEntry(source: SourceFile, spec: CollectionSpec, id: string, findings: Finding[]): Entry | undefined {
  const { file } = source;
  let raw: unknown;
  let locate: Entry['locate'];
  let body: Entry['body'];
  let yaml: ParsedYaml;
  if (spec.format === 'csv') {
    // A table: one entry per file, its lines under `rows`; cells keep their line and column.
    const table = readMetricsCsv(source.text);
    for (const problem of table.problems) findings.push(error(syntaxRuleIds.csv, file, problem, [], problem.message));
    return validatedTable(source, spec, id, table.data, table.locate, findings);
  }
  if (spec.format !== 'yaml') {
    const parsed = parseMdx(source.text, spec.format);
    for (const problem of parsed.errors) {
      const message =
        problem.plain
          ? problem.message
          : problem.kind === 'mdx'
          ? `MDX syntax error: ${problem.message}. Close every tag you open; in prose write \\{ for a brace and &lt; for a "<".`
          : `Missing frontmatter: ${problem.message}.`;
      findings.push(error(syntaxRuleIds[problem.kind], file, problem.position, [], message));
    }
    // Every body, even one whose frontmatter is wrong: what a body may hold is never skipped.
    if (parsed.body) findings.push(...mdxSafeFindings(file, parsed.body));
    const frontmatter = parsed.frontmatter;
    if (!frontmatter) return undefined;
    yaml = frontmatter;
    raw = frontmatter.data;
    locate = frontmatter.locate;
    body = parsed.body;
  } else {
    yaml = parseYaml(source.text);
    raw = yaml.data;
    locate = yaml.locate;
  }
  findings.push(...yaml.errors.map((problem) => yamlError(file, problem)));
  findings.push(...yaml.warnings.map((problem) => ({ ...yamlError(file, problem), severity: 'warning' as const })));
  // Values as written come first; the schema's message on the same field would only repeat it.
  const valuePaths = new Set<string>();
  const misread: FieldPath[] = [];
  if (raw !== undefined && yaml.doc && yaml.at) {
    for (const problem of checkValues(yaml.doc, spec.name, yaml.at)) {
      valuePaths.add(formatPath(problem.path));
      misread.push(problem.path);
      findings.push(error(syntaxRuleIds.schema, file, problem.position, problem.path, problem.message));
    }
  }
  if (raw === undefined) return undefined;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    findings.push(
      error(syntaxRuleIds.schema, file, locate([]), [], 'The fields must be written as `name: value` lines, one field per line.'),
    );
    return undefined;
  }
  return validated(source, spec, id, raw, locate, misread, findings, valuePaths, body);
}

/**
 * Validates a table line by line: every line's mistakes are reported, and the rules see the
 * lines that are valid (a wrong cell leaves out its line, not the file). Positions of the kept
 * lines are mapped back to their lines in the file.
 */
function validatedTable(
  source: SourceFile,
  spec: CollectionSpec,
  id: string,
  raw: { rows: Record<string, unknown>[] },
  locate: Entry['locate'],
  findings: Finding[],
): Entry | undefined {
  const whole = spec.schema.safeParse(raw);
  if (whole.success) return { collection: spec.name, id, file: source.file, data: whole.data, raw, locate };
  const kept: number[] = [];
  raw.rows.forEach((row, i) => {
    const one = spec.schema.safeParse({ rows: [row] }, { reportInput: true, error: () => DEFAULT_MESSAGE });
    if (one.success) {
      kept.push(i);
      return;
    }
    for (const issue of one.error.issues) {
      for (const plain of plainIssues(issue, spec.schema, { rows: [row] })) {
        const path = plain.path.filter((key): key is string | number => typeof key !== 'symbol').map((key, at) => (at === 1 ? i : key));
        findings.push(error(syntaxRuleIds.schema, source.file, locate(path), path, plain.message));
      }
    }
  });
  const data = spec.schema.safeParse({ rows: kept.map((i) => raw.rows[i]) });
  if (!data.success) return undefined;
  const keptLocate: Entry['locate'] = (path) =>
    locate(path[0] === 'rows' && typeof path[1] === 'number' ? ['rows', kept[path[1]] ?? path[1], ...path.slice(2)] : path);
  return { collection: spec.name, id, file: source.file, data: data.data, raw, locate: keptLocate };
}

/** Validates what a file holds with its collection's schema: the entry, or what of it can be read. */
function validated(
  source: SourceFile,
  spec: CollectionSpec,
  id: string,
  raw: object,
  locate: Entry['locate'],
  misread: FieldPath[],
  findings: Finding[],
  valuePaths: ReadonlySet<string> = new Set(),
  body?: Entry['body'],
): Entry | undefined {
  const { file } = source;
  const result = spec.schema.safeParse(raw, { reportInput: true, error: () => DEFAULT_MESSAGE });
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const plain of plainIssues(issue, spec.schema, raw)) {
        const path = plain.path.filter((key): key is string | number => typeof key !== 'symbol');
        if (valuePaths.has(formatPath(path))) continue;
        findings.push(error(syntaxRuleIds.schema, file, locate(path), path, plain.message));
      }
    }
    // The rules still see what can be read: the invalid fields are left out, and findings
    // about those fields are dropped (see `removed`), so one mistake gives one message.
    const partial = withoutInvalidFields(spec, raw, result.error.issues);
    if (!partial) return undefined;
    return { collection: spec.name, id, file, data: partial.data, raw, locate, removed: [...partial.removed, ...misread], ...(body ? { body } : {}) };
  }
  // A value the parser read differently from what was meant (4.000 as 4) is reported once;
  // rule findings computed from it are dropped like those of invalid fields.
  return { collection: spec.name, id, file, data: result.data, raw, locate, ...(misread.length > 0 ? { removed: misread } : {}), ...(body ? { body } : {}) };
}

function yamlError(file: string, problem: { line: number; column: number; message: string }): Finding {
  return error(syntaxRuleIds.yaml, file, problem, [], problem.message);
}
