/**
 * YAML with positions: parses a YAML text keeping node ranges, so a field path like
 * `arguments[2].proof` maps back to the line and column an author sees in the editor.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { FieldPath, Position } from '../rules/types.ts';

export interface YamlSyntaxError extends Position {
  message: string;
}

export interface ParsedYaml {
  data: unknown;
  locate: (path: FieldPath) => Position;
  errors: YamlSyntaxError[];
}

/**
 * Parses YAML. `lineOffset` is added to every line (for frontmatter, which starts after the
 * opening `---`). On a syntax error `data` is undefined and `errors` says where and what.
 */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1) + lineOffset, column: Math.max(col, 1) };
  };
  const locate = (path: FieldPath) => locateIn(doc, path, at) ?? { line: 1 + lineOffset, column: 1 };
  if (doc.errors.length > 0) {
    return { data: undefined, locate, errors: doc.errors.map((error) => syntaxError(error, at)) };
  }
  return { data: doc.toJS() ?? {}, locate, errors: [] };
}

function syntaxError(error: YAMLError, at: (offset: number) => Position): YamlSyntaxError {
  const [firstLine = error.message] = error.message.split('\n');
  const message = firstLine.replace(/ at line \d+, column \d+:?$/, '').trim();
  return { ...at(error.pos[0]), message };
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
