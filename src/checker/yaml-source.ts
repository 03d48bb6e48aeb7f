/**
 * YAML with positions: parses a YAML text keeping node ranges, so a field path like
 * `arguments[2].proof` maps back to the line and column an author sees in the editor.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { FieldPath, Position } from '../rules/types.ts';
import { checkNesting, countAliases, maxAliases } from './file-guard.ts';
import { yamlMessages } from './yaml-messages.ts';

export interface YamlSyntaxError extends Position {
  message: string;
}

export interface ParsedYaml {
  data: unknown;
  locate: (path: FieldPath) => Position;
  errors: YamlSyntaxError[];
  /** Things that parse but probably do not mean what the author meant (a ` #` that cuts text). */
  warnings: YamlSyntaxError[];
  /** The parsed document with source ranges, for checks on values as written. */
  doc?: Document;
  /** Position of a source offset. */
  at?: (offset: number) => Position;
}

/**
 * Parses YAML. `lineOffset` is added to every line (for frontmatter, which starts after the
 * opening `---`). On a syntax error `data` is undefined and `errors` says where and what.
 */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const fallback = (line: number, column: number, message: string): ParsedYaml => ({
    data: undefined,
    locate: () => ({ line: 1 + lineOffset, column: 1 }),
    errors: [{ line: line + lineOffset, column, message }],
    warnings: [],
  });
  // Limits before parsing: deep nesting and alias bombs exhaust the parser, not the author.
  const nesting = checkNesting(text, 'yaml');
  if (nesting) return fallback(nesting.line, nesting.column, nesting.message);
  if (countAliases(text) > maxAliases) {
    return fallback(1, 1, `The text uses more than ${maxAliases} \`*\` references (aliases); content needs none. Write the values out, and put text that starts with \`*\` in double quotes.`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1) + lineOffset, column: Math.max(col, 1) };
  };
  const locate = (path: FieldPath) => locateIn(doc, path, at) ?? { line: 1 + lineOffset, column: 1 };
  const lines = text.split('\n');
  if (doc.errors.length > 0) {
    const raw = doc.errors.map((error) => syntaxError(error, at));
    return { data: undefined, locate, errors: yamlMessages(raw, lines, lineOffset), warnings: [], doc, at };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: maxAliases }) ?? {};
  } catch {
    return fallback(1, 1, 'The `*` references (aliases) in this text expand to too much data. Write the values out instead.');
  }
  return { data, locate, errors: [], warnings: cutTextWarnings(doc, text, at), doc, at };
}

function syntaxError(error: YAMLError, at: (offset: number) => Position): YamlSyntaxError & { code: string } {
  const [firstLine = error.message] = error.message.split('\n');
  const message = firstLine.replace(/ at line \d+, column \d+:?$/, '').trim();
  return { ...at(error.pos[0]), code: error.code, message };
}

/**
 * Unquoted text followed by ` #` on the same line: YAML reads the rest as a comment, so
 * "Scrap down #1 in class" becomes "Scrap down". Single words (`status: draft # …`) are the
 * scaffold's own hints and are left alone.
 */
function cutTextWarnings(doc: Document, text: string, at: (offset: number) => Position): YamlSyntaxError[] {
  const warnings: YamlSyntaxError[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
      const end = node.range[1];
      const eol = text.indexOf('\n', end);
      const rest = text.slice(end, eol < 0 ? text.length : eol);
      const comment = /^\s+#(.*)$/.exec(rest);
      if (!comment) return;
      const cutWords = !/^\s/.test(comment[1] ?? '') || /\s/.test(node.value);
      if (!cutWords || node.value.startsWith('TODO')) return;
      warnings.push({
        ...at(end + rest.indexOf('#')),
        message: `The text stops at " #": everything after it is read as a comment and left out, so this value is only ${JSON.stringify(node.value)}. To keep the rest, put the whole text in double quotes.`,
      });
    },
  });
  return warnings;
}

/** Position of the deepest existing node on the path: a key's own position for map fields. */
function locateIn(
  doc: Document,
  path: FieldPath,
  at: (offset: number) => Position,
): Position | undefined {
  let node: unknown = doc.contents;
  let found: Position | undefined =
    node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)
      ? at(node.range[0] as number)
      : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      if (!pair) break;
      if (isScalar(pair.key) && pair.key.range) found = at(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item: unknown = node.items[key];
      if (!isNode(item) || !item.range) break;
      found = at(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return found;
}
