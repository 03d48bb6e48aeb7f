/**
 * MDX (and Markdown) entries: frontmatter parsed as YAML with positions, the body parsed by
 * Sätteri, the same parser Astro 7 compiles with, so a syntax error here is one the build would hit.
 */
import type { MdxNode, Position } from '../rules/types.ts';
import { describeSyntaxError, parseBody, type BodyFormat } from './body-source.ts';
import { checkNesting } from './file-guard.ts';
import { parseYaml, type ParsedYaml } from './yaml-source.ts';

export interface ParsedMdx {
  frontmatter: ParsedYaml | undefined;
  body: MdxNode | undefined;
  /** A missing frontmatter or an MDX syntax error, with its position in the file. */
  errors: { kind: 'frontmatter' | 'mdx'; message: string; position: Position; plain?: boolean }[];
}

const fence = /^---[ \t]*\r?$/;

export function parseMdx(text: string, format: BodyFormat = 'mdx'): ParsedMdx {
  const errors: ParsedMdx['errors'] = [];
  const lines = text.split('\n');
  const close = fence.test(lines[0] ?? '') ? lines.findIndex((line, i) => i > 0 && fence.test(line)) : -1;
  let frontmatter: ParsedYaml | undefined;
  if (close < 0) {
    errors.push({
      kind: 'frontmatter',
      message:
        'the file must start with frontmatter: a line `---`, the fields (title, status, …), then another `---` line',
      position: { line: 1, column: 1 },
    });
  } else {
    frontmatter = parseYaml(lines.slice(1, close).join('\n'), 1);
  }
  let body: MdxNode | undefined;
  // The MDX parser recurses per level of nesting and crashes the process (not an exception)
  // on thousands of levels, so the body's nesting is measured first.
  const bodyStart = close < 0 ? 0 : close + 1;
  const nesting = checkNesting(lines.slice(bodyStart).join('\n'), 'mdx');
  if (nesting) {
    errors.push({ kind: 'mdx', plain: true, message: nesting.message, position: { line: nesting.line + bodyStart, column: nesting.column } });
    return { frontmatter, body, errors };
  }
  try {
    // The body as Astro compiles it (its own frontmatter split), so rules check what would run.
    body = parseBody(text, format);
  } catch (error) {
    const described = describeSyntaxError(error);
    errors.push(braceError(lines, described) ?? { kind: 'mdx', ...described });
  }
  return { frontmatter, body, errors };
}

/**
 * A parser error inside `{…}` ("Could not parse expression with oxc: …") said in plain words, at
 * the brace: in prose a brace is usually meant as text, and MDX reads it as the start of code.
 */
function braceError(lines: readonly string[], { message, position }: { message: string; position: Position }): ParsedMdx['errors'][number] | undefined {
  if (!/\bexpression\b/i.test(message)) return undefined;
  // The opening brace: the last unescaped "{" at or before the reported place.
  let line = position.line;
  let column: number | undefined;
  for (; line >= 1 && column === undefined; line--) {
    const text = lines[line - 1] ?? '';
    const upTo = line === position.line ? text.slice(0, position.column) : text;
    for (let i = upTo.length - 1; i >= 0; i--) {
      if (upTo[i] === '{' && upTo[i - 1] !== '\\') {
        column = i + 1;
        break;
      }
    }
  }
  if (column === undefined) return undefined;
  line += 1;
  const rest = lines.slice(line - 1, line + 2).join('\n').slice(column - 1);
  const closed = /^\{[^{}]{0,40}\}/.exec(rest)?.[0].replace(/\s+/g, ' ');
  const what = closed
    ? `so \`${closed}\` is read as code, not as text. To show it as text, write \`\\${closed}\``
    : 'and this one is never closed with `}`. To show a brace as text, write `\\{`';
  return {
    kind: 'mdx',
    plain: true,
    position: { line, column },
    message: `In MDX a brace \`{\` starts code, ${what}; for a note to editors, write {/* note */}.`,
  };
}
