/**
 * Files as people save them: what the checker accepts before it parses anything. Decodes
 * UTF-8 (with or without a byte-order mark, CRLF or LF line endings), refuses other encodings,
 * and applies the limits that keep a hostile or broken file from exhausting the parsers.
 */

/** Largest content file the checker reads (a long concept is about 30 KB). */
export const maxFileBytes = 512 * 1024;
/** Deepest nesting of brackets, indentation or tags a content file may have. */
export const maxNesting = 64;
/** Most aliases (`*name`) a YAML text may use. */
export const maxAliases = 50;

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

/** Decodes a file's bytes as UTF-8 text with LF line endings, or says why it cannot. */
export function decodeContent(bytes: Uint8Array): Decoded {
  if (bytes.length > maxFileBytes) {
    return {
      ok: false,
      message: `The file is ${kilobytes(bytes.length)}; a content file may be at most ${kilobytes(maxFileBytes)}. Split it into smaller entries, or keep large documents under public/ and link them as assets.`,
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'The file is saved as UTF-16. Save it as UTF-8 (in most editors: "Save with encoding" → UTF-8).' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const line = lineOfFirstBadByte(bytes);
    return {
      ok: false,
      message: `The file is not saved as UTF-8 (the first character that is not UTF-8 is on line ${line}). Save it as UTF-8 (in most editors: "Save with encoding" → UTF-8) and check the accented letters on that line.`,
    };
  }
  if (text.includes('\u0000')) {
    return { ok: false, message: 'The file holds binary data (a zero byte), not text. Content files are plain text saved as UTF-8.' };
  }
  return { ok: true, text: normalizeText(text) };
}

/** A text as the parsers see it: no byte-order mark, LF line endings. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

function lineOfFirstBadByte(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return line;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return line;
    }
    if (byte === 0x0a) line += 1;
    i += length;
  }
  return line;
}

export interface NestingProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * Finds nesting deeper than `maxNesting` before a parser sees it: open brackets (`[`, `{`,
 * `(`) outside quotes, indentation levels of YAML, block quotes (`>`) and list markers, and
 * open tags in MDX. Parsers recurse per level, and ten thousand levels crash them.
 */
export function checkNesting(text: string, kind: 'yaml' | 'mdx'): NestingProblem | undefined {
  let depth = 0;
  let line = 1;
  let column = 0;
  let quoteChar: string | undefined;
  const indents: number[] = [];
  let lineStart = true;
  let indent = 0;
  let markers = 0;
  let tags = 0;
  const tooDeep = (what: string): NestingProblem => ({
    line,
    column: Math.max(column, 1),
    message: `The ${what} here is nested more than ${maxNesting} levels deep; no content needs that. Flatten it (a list of items, each a few fields), or look for a bracket, tag or indentation that was repeated by accident.`,
  });
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    column += 1;
    if (char === '\n') {
      line += 1;
      column = 0;
      lineStart = true;
      indent = 0;
      markers = 0;
      if (kind === 'yaml') quoteChar = undefined; // quoted YAML text across lines is rare; be lenient
      continue;
    }
    if (lineStart) {
      if (char === ' ' || char === '\t') {
        indent += 1;
        continue;
      }
      if (char === '>' || char === '-' || char === '*') {
        // Block quotes and list markers nest like indentation: "> > > >" or "- - - -".
        indent += 1;
        markers += 1;
        if (markers > maxNesting) return tooDeep('list or quote');
        continue;
      }
      lineStart = false;
      if (kind === 'yaml') {
        while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > maxNesting) return tooDeep('indentation');
      } else if (indent > maxNesting * 4) {
        return tooDeep('indentation');
      }
    }
    if (quoteChar) {
      if (char === '\\' && quoteChar === '"') i += 1;
      else if (char === quoteChar) quoteChar = undefined;
      continue;
    }
    if (kind === 'yaml' && (char === '"' || char === "'") && /[\s:[{,]/.test(text[i - 1] ?? ' ')) {
      quoteChar = char;
      continue;
    }
    if (kind === 'yaml' && char === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      // A comment runs to the end of the line.
      const end = text.indexOf('\n', i);
      column += (end < 0 ? text.length : end) - i - 1;
      i = (end < 0 ? text.length : end) - 1;
      continue;
    }
    if (char === '[' || char === '{' || char === '(') {
      depth += 1;
      if (depth > maxNesting) return tooDeep('bracket');
    } else if (char === ']' || char === '}' || char === ')') {
      depth = Math.max(0, depth - 1);
    } else if (kind === 'mdx' && char === '<') {
      const next = text[i + 1] ?? '';
      if (next === '/') tags = Math.max(0, tags - 1);
      else if (/[A-Za-z]/.test(next)) {
        const close = text.indexOf('>', i);
        if (close > 0 && text[close - 1] !== '/') tags += 1;
        if (tags > maxNesting) return tooDeep('tag');
      }
    }
  }
  return undefined;
}

/** Counts YAML aliases (`*name`) outside quotes and comments, roughly but never too low. */
export function countAliases(text: string): number {
  let count = 0;
  for (const match of text.matchAll(/(^|[\s[{,:-])\*[^\s,[\]{}]+/g)) if (match) count += 1;
  return count;
}
