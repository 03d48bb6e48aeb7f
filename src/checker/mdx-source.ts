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
    errors.push({ kind: 'mdx', ...describeSyntaxError(error) });
  }
  return { frontmatter, body, errors };
}
