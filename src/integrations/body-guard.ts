/**
 * The build's guard for Markdown and MDX bodies: a Vite plugin that checks every `.md`/`.mdx`
 * module of the content folder (and every `.mdx` outside src/) against the body allow-list
 * before the MDX compiler sees it
 * (enforce: 'pre', registered ahead of @astrojs/mdx). A refused body is never compiled, so its
 * code never runs, in `astro build` and in `astro dev` alike; in dev the error overlay shows
 * the finding. The content checker reports the same findings earlier; this guard also holds
 * when the checker is skipped or its rule is turned off.
 *
 * Content bodies no longer reach Vite at all: the MDX collections keep them as data
 * (src/lib/body-as-data.ts) and pages render them with src/components/mdx/Body.astro. The
 * guard stays for any `.mdx` module that still would be compiled (one imported by a page, or a
 * cache of an older build), and Body.astro reuses its findings.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { checkBodySource, type BodyFormat } from '../checker/body-source.ts';

/** A refused body: the message lists every finding as `file:line:col  message`. */
export class BodyGuardError extends Error {
  /** Where Vite's overlay and Astro's error page point. */
  readonly loc: { file: string; line: number; column: number };
  readonly id: string;
  /** Each finding as `file:line:col  message`. */
  readonly lines: string[];

  constructor(file: string, absolute: string, findings: { line: number; column: number; message: string }[]) {
    const lines = findings.map((f) => `${file}:${f.line}:${f.column}  ${f.message}`);
    super(
      `This body was not compiled: it holds what a playbook body may not (rule mdx-safe).\n${lines.join('\n')}\nFix it and save; run \`npm run check:content\` to list every finding.`,
    );
    this.name = 'BodyGuardError';
    this.lines = lines;
    const first = findings[0] ?? { line: 1, column: 1 };
    this.loc = { file: absolute, line: first.line, column: first.column };
    this.id = absolute;
    // The findings say where and what; a trace into the guard helps no author.
    this.stack = `${this.name}: ${this.message}`;
  }
}

export interface GuardScope {
  /** The content folder: every `.md` and `.mdx` module in it is guarded. */
  contentPath: string;
  /**
   * Developer code (Astro's srcDir), reviewed by developers: `.mdx` there is left alone. Every
   * other `.mdx` module is guarded wherever it lives, because Vite names a module by its real
   * path: a content file that is a symbolic link to `docs/x.mdx` arrives as `docs/x.mdx`.
   */
  srcPath: string;
}

function inside(folder: string, path: string): boolean {
  return [folder, realpathOr(folder)].some((base) => {
    const rel = relative(base, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  });
}

/** The format of a module the guard checks, or undefined when it leaves the module alone. */
export function guardedFormat(id: string, scope: GuardScope): BodyFormat | undefined {
  const path = id.split('?')[0] ?? id;
  if (path.endsWith('.mdx')) {
    const trusted = inside(scope.srcPath, path) || path.split(/[\\/]/).includes('node_modules');
    return inside(scope.contentPath, path) || !trusted ? 'mdx' : undefined;
  }
  // Markdown runs no code; its modules are checked where content lives.
  if (path.endsWith('.md')) return inside(scope.contentPath, path) ? 'md' : undefined;
  return undefined;
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Checks one module's source; throws a BodyGuardError when the body is refused. */
export function guardBody(code: string, id: string, scope: GuardScope, cwd: string = process.cwd()): void {
  const format = guardedFormat(id, scope);
  if (!format) return;
  const { problems, syntaxError } = checkBodySource(code, format);
  const findings = syntaxError
    ? [{ ...syntaxError.position, message: `MDX syntax error: ${syntaxError.message}.` }]
    : problems.map((p) => ({ ...p.position, message: p.message }));
  if (findings.length === 0) return;
  const absolute = id.split('?')[0] ?? id;
  throw new BodyGuardError(relative(cwd, absolute).split(sep).join('/'), absolute, findings);
}

/**
 * The allow-list's own findings for a body's file, with line and column (rule mdx-safe, as the
 * checker and the build's guard report them); undefined when the file passes.
 */
export function bodyFindings(file: string, contentPath: string, cwd: string = process.cwd()): BodyGuardError | undefined {
  const absolute = resolve(cwd, file);
  try {
    guardBody(readFileSync(absolute, 'utf8'), absolute, { contentPath, srcPath: resolve(cwd, 'src') }, cwd);
  } catch (error) {
    if (error instanceof BodyGuardError) return error;
    throw error;
  }
  return undefined;
}

/**
 * What the dev server compiles instead of a refused MDX body: each finding as inline code (where
 * MDX reads every character literally), so the page shows them where the body would be, with
 * nothing of the refused body compiled.
 */
export function refusedBodySource(error: BodyGuardError): string {
  const literal = (text: string) => {
    const fence = '`'.repeat(Math.max(1, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    return `${fence} ${text} ${fence}`;
  };
  const items = error.lines.map((line) => `- ${literal(line)}`).join('\n');
  return `**This body is not shown: it holds what a playbook body may not (rule mdx-safe).** Fix the file and save; the page reloads.\n\n${items}\n`;
}

export function bodyGuard(scope: GuardScope): Plugin {
  let dev = false;
  return {
    name: 'playbook:body-guard',
    enforce: 'pre',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    // The MDX compiler transforms exactly the ids ending in ".mdx" (no query); this runs first
    // and sees the same source it would compile.
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        try {
          guardBody(code, id, scope);
        } catch (error) {
          // The build stops; the dev server keeps running and shows the findings on the page.
          if (!dev || !(error instanceof BodyGuardError)) throw error;
          this.warn(error.message);
          return { code: refusedBodySource(error), map: null };
        }
        return null;
      },
    },
    // Astro loads Markdown modules itself (a load hook that reads the file), so the guard reads
    // the file first. Markdown entries of a collection are rendered by Astro's content loader
    // instead; the content checker stops the build for those.
    load: {
      filter: { id: /\.md(?:$|\?)/ },
      handler(id) {
        const path = id.split('?')[0] ?? id;
        if (guardedFormat(id, scope) && existsSync(path)) guardBody(readFileSync(path, 'utf8'), path, scope);
        return null;
      },
    },
  };
}

