/**
 * YAML mistakes in plain words: what the author wrote, where, and what to type instead. The
 * parser's own wording ("implicit keys", "compact mappings") never reaches an author.
 */
import type { Position } from '../rules/types.ts';

export interface RawYamlError extends Position {
  code: string;
  message: string;
}

export interface YamlMessage extends Position {
  message: string;
}

const generic =
  'This line cannot be read as `name: value`. Check that it starts in the same column as the fields around it (spaces, not tabs), that a colon and a space follow the field name, and put text that contains ": " or " #" in double quotes.';

/**
 * Turns the parser's errors of one YAML text into messages, one per mistake: errors that
 * follow from the same mistake (the same line, or list items after `[]`) are reported once.
 * `lines` are the text's lines; `lineOffset` is where the YAML starts in the file.
 */
export function yamlMessages(errors: readonly RawYamlError[], lines: readonly string[], lineOffset = 0): YamlMessage[] {
  const messages: YamlMessage[] = [];
  const seenLines = new Set<number>();
  // A tab in a line's indentation throws the parser off for the lines after it, and what it then
  // reports there (a "stray indent" below, keys that cannot be read) is not the mistake. Each tab
  // line is named at its own line, and the errors up to the next top-level field follow from it.
  const tabLines = errors.length === 0 ? [] : lines.flatMap((text, i) => (/^[ \t]*\t/.test(text) ? [i] : []));
  const shadows = tabLines.map((start) => {
    const next = lines.findIndex((text, i) => i > start && /^[^\s#-]/.test(text));
    return { start, end: next < 0 ? lines.length : next };
  });
  for (const index of tabLines) {
    const line = index + lineOffset + 1;
    seenLines.add(line);
    messages.push({ line, column: 1, message: tabIndent });
  }
  for (const error of errors) {
    const index = error.line - lineOffset - 1; // index into `lines`
    if (shadows.some(({ start, end }) => index >= start && index < end)) continue;
    const emptyList = emptyListAbove(lines, index);
    if (emptyList) {
      const line = emptyList.index + lineOffset + 1;
      if (seenLines.has(line)) continue;
      seenLines.add(line);
      messages.push({
        line,
        column: emptyList.column,
        message: `\`${emptyList.key}: ${emptyList.brackets}\` says the list is empty, but list items follow on the next lines. Delete the \`${emptyList.brackets}\` and keep \`${emptyList.key}:\` on its own line.`,
      });
      continue;
    }
    const stray = strayIndentBelow(lines, index, error.code);
    if (stray) {
      const line = stray.index + lineOffset + 1;
      if (seenLines.has(line)) continue;
      seenLines.add(line);
      messages.push({
        line,
        column: 1,
        message: `This line is indented more than \`${stray.key}:\` above it, so it is read as part of that field's value. Start \`${stray.field}:\` in the same column as \`${stray.key}:\`.`,
      });
      continue;
    }
    let { line, column } = error;
    let message = describe(error, lines[index] ?? '');
    if (message === unclosedQuote) {
      // The parser notices at the end of the text; the author needs the line where the quote opened.
      const opened = quoteOpening(lines, Math.min(index, lines.length - 1), /'quote/.test(error.message) ? "'" : '"');
      if (opened) {
        line = opened.index + lineOffset + 1;
        column = opened.column;
        message = opened.message;
      }
    } else if (message === unclosedBrackets()) {
      // The parser notices at the end; the author needs the line where the bracket opened.
      for (let i = Math.min(index, lines.length - 1); i >= 0; i--) {
        const text = lines[i] ?? '';
        if (count(text, '[') + count(text, '{') > count(text, ']') + count(text, '}')) {
          line = i + lineOffset + 1;
          column = Math.max(text.search(/[[{]/), 0) + 1;
          break;
        }
      }
    }
    if (seenLines.has(line)) continue;
    seenLines.add(line);
    messages.push({ line, column, message });
  }
  return messages;
}

function describe(error: RawYamlError, text: string): string {
  const key = /^\s*-?\s*([\w-]+)\s*:/.exec(text)?.[1];
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/\S: .*\S: /.test(text) || /^\s*-?\s*[\w-]+: [^"'].*: /.test(text)) return colonInText(key);
      return generic;
    case 'TAB_AS_INDENT':
      return tabIndent;
    case 'DUPLICATE_KEY':
      return `The field ${key ? `\`${key}\`` : 'on this line'} is written twice in the same group. Keep one of them.`;
    case 'BAD_INDENT':
      if (/flow sequence|flow mapping|flow collection/i.test(error.message)) return unclosedBrackets();
      return 'This line is indented differently from the fields around it. Fields of one group start in the same column: use exactly as many spaces as the line above (spaces, not tabs).';
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) return unclosedQuote;
      if (/[\]}]/.test(error.message)) return unclosedBrackets();
      return generic;
    case 'BAD_SCALAR_START': {
      const char = /character (\S)/.exec(error.message)?.[1];
      return `A value cannot start with ${char ? `\`${char}\`` : 'this character'} as written. Put the text in double quotes: \`${key ?? 'field'}: "${char ?? ''}…"\`.`;
    }
    case 'BAD_ALIAS':
    case 'BAD_DIRECTIVE':
    case 'MISSING_ANCHOR':
      return 'A `*` or `&` at the start of a value has a special meaning in YAML. Put the text in double quotes.';
    case 'MULTIPLE_DOCS':
      return 'A line `---` ends the fields here, but more follows. Remove the extra `---` line (in a concept, only the two lines around the frontmatter).';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'A field name must be on one line, followed by a colon and a space. Check the line above for a missing colon or a quote that is not closed.';
    default:
      return generic;
  }
}

const tabIndent = 'This line is indented with a tab. Indent with spaces only (two per level).';

const unclosedQuote =
  'A text in quotes is never closed. Add the closing quote at the end of the text (and write a quote inside double-quoted text as \\").';

/**
 * The line and column where a never-closed quote opens: the last line at or above `index` with
 * a quote mark of that kind (the lines after it are inside the text, so they hold none), and
 * the last such mark on it. A message that names the field.
 */
function quoteOpening(lines: readonly string[], index: number, mark: '"' | "'"): { index: number; column: number; message: string } | undefined {
  // Escapes inside the quotes ("\"" in double, "''" in single quotes) are not quote marks.
  const blank = (text: string) => (mark === '"' ? text.replace(/\\./g, '  ') : text.replace(/''/g, '  '));
  for (let i = index; i >= 0; i--) {
    const text = blank(lines[i] ?? '');
    const at = text.lastIndexOf(mark);
    if (at < 0) continue;
    const key = /^\s*-?\s*([\w-]+)\s*:/.exec(lines[i] ?? '')?.[1];
    const inside = mark === '"' ? 'write a quote inside the text as \\"' : "write an apostrophe inside the text as ''";
    const what = key ? `The text of \`${key}\`` : 'This text';
    return {
      index: i,
      column: at + 1,
      message: `${what} opens a quote (${mark}) here that is never closed, so every line after it is read as part of it. Add the closing ${mark} at the end of the text (and ${inside}).`,
    };
  }
  return undefined;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function colonInText(key: string | undefined): string {
  return `The text contains ": " (a colon and a space), which starts a new field. Put the text in double quotes: \`${key ?? 'field'}: "…: …"\`.`;
}

function unclosedBrackets(): string {
  return 'A list or group written in brackets (`[…]` or `{…}`) is not closed on its line. Add the closing bracket, or write the list as lines starting with "- ".';
}

/**
 * `kind: device` followed by ` sku: GA-1` (one space too many): the parser complains about
 * the first line; the mistake is the second.
 */
function strayIndentBelow(lines: readonly string[], index: number, code: string): { index: number; key: string; field: string } | undefined {
  void code;
  const here = /^( *)(?:- )?([\w-]+):\s+[^"'\s#][^:#]*$/.exec(lines[index] ?? '');
  if (!here) return undefined;
  const next = /^( *)([\w-]+):(\s|$)/.exec(lines[index + 1] ?? '');
  if (!next || next[1]!.length <= here[1]!.length) return undefined;
  return { index: index + 1, key: here[2]!, field: next[2]! };
}

/** The `key: []` line just above the list item at `index`, if that is what went wrong. */
function emptyListAbove(lines: readonly string[], index: number): { index: number; key: string; brackets: string; column: number } | undefined {
  for (let i = index; i >= 0 && i > index - 50; i--) {
    const line = lines[i] ?? '';
    const match = /^(\s*)([\w-]+):\s*(\[\s*\]|\{\s*\})\s*(#.*)?$/.exec(line);
    if (match) {
      const between = lines.slice(i + 1, index + 1).filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
      if (between.length > 0 && /^\s*-(\s|$)/.test(between[0]!)) {
        return { index: i, key: match[2]!, brackets: match[3]!.replace(/\s/g, ''), column: line.indexOf(match[3]!) + 1 };
      }
      return undefined;
    }
    // A line at the top level that is not a list item ends the search.
    if (i < index && /^[\w-]+:/.test(line)) return undefined;
  }
  return undefined;
}
