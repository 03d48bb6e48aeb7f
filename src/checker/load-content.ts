/**
 * Parses and validates source files into the content the rules see. Pure: takes file texts,
 * returns entries plus syntax and schema findings (each with file, line, column, field path).
 */
import { formatPath } from '../rules/field-path.ts';
import { mdxSafeFindings } from '../rules/mdx-safe.ts';
import type { Entry, FieldPath, Finding, PlaybookContent, Position } from '../rules/types.ts';
import type { CollectionName } from '../schemas/common.ts';
import { checkedCollections, entryIdFromPath, type CollectionSpec } from './collections.ts';
import { parseMdx } from './mdx-source.ts';
import { DEFAULT_MESSAGE, plainIssues } from './schema-messages.ts';
import { withoutInvalidFields } from './partial-entry.ts';
import { checkValues } from './values.ts';
import { parseYaml, type ParsedYaml } from './yaml-source.ts';

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
  frontmatter: 'mdx-syntax',
  schema: 'schema',
  files: 'content-files',
  internal: 'internal-error',
} as const;

export interface LoadedContent {
  content: PlaybookContent;
  findings: Finding[];
}

export function emptyContent(): PlaybookContent {
  return { products: [], personas: [], industries: [], competitors: [], concepts: [], ids: emptyIds() };
}

function emptyIds(): PlaybookContent['ids'] {
  return { products: new Set(), personas: new Set(), industries: new Set(), competitors: new Set(), concepts: new Set() };
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
