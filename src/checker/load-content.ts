/**
 * Parses and validates source files into the content the rules see. Pure: takes file texts,
 * returns entries plus syntax and schema findings (each with file, line, column, field path).
 */
import { formatPath } from '../rules/field-path.ts';
import type { Entry, FieldPath, Finding, PlaybookContent, Position } from '../rules/types.ts';
import type { CollectionName } from '../schemas/common.ts';
import { checkedCollections, entryIdFromPath, type CollectionSpec } from './collections.ts';
import { parseMdx } from './mdx-source.ts';
import { DEFAULT_MESSAGE, plainIssues } from './schema-messages.ts';
import { parseYaml } from './yaml-source.ts';

/** A file found in the content folder. */
export interface SourceFile {
  collection: CollectionName;
  /** Path inside the collection folder ("lm-400.yaml"); gives the entry id. */
  relativePath: string;
  /** Path as printed in findings (relative to the working directory). */
  file: string;
  text: string;
}

/** Rule ids of findings that come from parsing and schemas rather than from playbook rules. */
export const syntaxRuleIds = {
  yaml: 'yaml-syntax',
  mdx: 'mdx-syntax',
  frontmatter: 'mdx-syntax',
  schema: 'schema',
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
    const spec = specs.get(source.collection);
    if (!spec) continue;
    const id = entryIdFromPath(source.relativePath);
    (content.ids[source.collection] as Set<string>).add(id);
    const entry = loadEntry(source, spec, id, findings);
    if (entry) (content[source.collection] as Entry[]).push(entry);
  }
  return { content, findings };
}

function error(ruleId: string, file: string, position: Position, path: FieldPath, message: string): Finding {
  return { ruleId, severity: 'error', file, ...position, path: formatPath(path), message };
}

function loadEntry(source: SourceFile, spec: CollectionSpec, id: string, findings: Finding[]): Entry | undefined {
  const { file } = source;
  let raw: unknown;
  let locate: Entry['locate'];
  let body: Entry['body'];
  if (spec.format === 'mdx') {
    const parsed = parseMdx(source.text);
    for (const problem of parsed.errors) {
      const message =
        problem.kind === 'mdx'
          ? `MDX syntax error: ${problem.message}. Close every tag you open; in prose write \\{ for a brace and &lt; for a "<".`
          : `Missing frontmatter: ${problem.message}.`;
      findings.push(error(syntaxRuleIds[problem.kind], file, problem.position, [], message));
    }
    const frontmatter = parsed.frontmatter;
    if (!frontmatter) return undefined;
    findings.push(...frontmatter.errors.slice(0, 1).map((problem) => yamlError(file, problem, 'frontmatter')));
    raw = frontmatter.data;
    locate = frontmatter.locate;
    body = parsed.body;
  } else {
    const parsed = parseYaml(source.text);
    // Later YAML errors are mostly echoes of the first; one precise message helps more.
    findings.push(...parsed.errors.slice(0, 1).map((problem) => yamlError(file, problem, 'file')));
    raw = parsed.data;
    locate = parsed.locate;
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
        findings.push(error(syntaxRuleIds.schema, file, locate(path), path, plain.message));
      }
    }
    return undefined;
  }
  return { collection: spec.name, id, file, data: result.data, raw, locate, ...(body ? { body } : {}) };
}

function yamlError(file: string, problem: { line: number; column: number; message: string }, where: string): Finding {
  return error(
    syntaxRuleIds.yaml,
    file,
    problem,
    [],
    `YAML syntax error in the ${where}: ${problem.message}. Check the indentation, the colon after each field name, and quotes around text that contains ": " or starts with a special character.`,
  );
}
