/**
 * The body of a Markdown or MDX file exactly as Astro compiles it, parsed by Sätteri (Astro 7's
 * parser) with the features Astro turns on, and checked against the body allow-list. The
 * checker and the build's guard (src/integrations/body-guard.ts) both call this, so they can
 * never disagree about where the frontmatter ends and the body begins.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { bodyProblems, type BodyProblem } from '../rules/body-allow-list.ts';
import type { MdxNode, Position } from '../rules/types.ts';

export type BodyFormat = 'md' | 'mdx';

/** The features @astrojs/markdown-satteri compiles with (GFM and smart punctuation on). */
export const features = { gfm: true, smartPunctuation: true };

// Astro's own frontmatter split (@astrojs/internal-helpers/frontmatter, used by @astrojs/mdx):
// the first `---` (or `+++`) up to the next line starting with one. It is looser than the
// checker's frontmatter reader, so the body must be cut the way Astro cuts it: text the checker
// reads as YAML but Astro compiles as MDX is then checked as the body it is.
const frontmatterRE = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const frontmatterTypeRE = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

/**
 * The text the compiler sees: the frontmatter replaced by spaces (line breaks kept), as
 * `parseFrontmatter(code, { frontmatter: 'empty-with-spaces' })` does, so positions still match.
 */
export function compiledBody(text: string): string {
  const raw = frontmatterRE.exec(text)?.[1];
  if (raw === undefined) return text;
  const delims = frontmatterTypeRE.exec(text)?.[1] === '+++' ? '+++' : '---';
  return text.replace(`${delims}${raw}${delims}`, () => `   ${raw.replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length))}   `);
}

/** The syntax tree of a file's body; throws Sätteri's error on a syntax error. */
export function parseBody(text: string, format: BodyFormat): MdxNode {
  const parse = format === 'mdx' ? mdxToMdast : markdownToMdast;
  return parse(compiledBody(text), { features }) as unknown as MdxNode;
}

/** Sätteri reports "3:8: Unexpected closing tag … (mdx-jsx:…)"; keeps the words and the place. */
export function describeSyntaxError(error: unknown): { message: string; position: Position } {
  const raw = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*([\s\S]*?)\s*(?:\([a-z-]+:[a-z-]+\))?$/.exec(raw.trim());
  if (!match) return { message: raw, position: { line: 1, column: 1 } };
  return {
    message: match[3] ?? raw,
    position: { line: Number(match[1]), column: Number(match[2]) },
  };
}

export interface BodyCheck {
  problems: BodyProblem[];
  /** Set when the body cannot be parsed (then nothing would compile either). */
  syntaxError?: { message: string; position: Position };
}

/** Parses a file's body and checks it against the allow-list. */
export function checkBodySource(text: string, format: BodyFormat): BodyCheck {
  let tree: MdxNode;
  try {
    tree = parseBody(text, format);
  } catch (error) {
    return { problems: [], syntaxError: describeSyntaxError(error) };
  }
  return { problems: bodyProblems(tree) };
}
