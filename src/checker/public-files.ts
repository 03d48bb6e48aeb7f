/**
 * Files under public/ are published as they are, on the site's own address and without the
 * pages' security policy: a `.html` page or a scripted `.svg` there could run anything as the
 * playbook. Only the listed document and image types may be there, and SVG images only with
 * drawing elements (an allow-list), no event attributes and no links out of the image.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { andList } from '../lib/text.ts';
import type { Finding, Position } from '../rules/types.ts';

export const publicFilesRuleId = 'public-files';

/** File types public/ may hold: the documents and images a playbook links to. */
export const allowedPublicExtensions = ['.pdf', '.png', '.jpg', '.jpeg', '.webp', '.csv', '.docx', '.pptx', '.xlsx', '.svg'] as const;

const allowedText = andList(allowedPublicExtensions.map((ext) => ext.slice(1)));

/** Elements an SVG image may use: shapes, text, paint and structure. No script, no foreignObject. */
const svgElements = new Set(
  [
    'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'metadata',
    'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath',
    'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'filter',
    'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feFlood', 'feGaussianBlur',
    'feMerge', 'feMergeNode', 'feOffset', 'feFuncA', 'feFuncR', 'feFuncG', 'feFuncB', 'feDropShadow',
  ].map((name) => name.toLowerCase()),
);

export interface PublicFileProblem extends Position {
  message: string;
}

function lineAt(text: string, index: number): Position {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Problems inside an SVG image, with their lines. */
export function svgProblems(text: string): PublicFileProblem[] {
  const problems: PublicFileProblem[] = [];
  const report = (index: number, message: string) => problems.push({ ...lineAt(text, index), message });
  if (text.includes('\u0000')) {
    return [{ line: 1, column: 1, message: 'This SVG is not plain UTF-8 text. Save it again as a UTF-8 SVG.' }];
  }
  // Comments hold nothing that runs; blank them (keeping positions) so they are not read as tags.
  // Tags are read quote-aware: a ">" inside an attribute value does not end the tag.
  const source = text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
  for (const match of source.matchAll(/<(!\[CDATA\[|![A-Za-z]+|\?[\w-]*|\/?)([^\s/>"']*)((?:[^>"']|"[^"]*"|'[^']*')*)>?/g)) {
    const [, lead = '', rawName = '', rest = ''] = match;
    const index = match.index;
    if (lead.startsWith('?')) {
      if (lead !== '?xml') report(index, `Remove <${lead}…>: an SVG may start with <?xml …?> only.`);
      continue;
    }
    if (lead.startsWith('!')) {
      report(index, `Remove <${lead}…>: an SVG image needs no ${lead === '![CDATA[' ? 'CDATA sections' : 'DOCTYPE or entity declarations'}.`);
      continue;
    }
    if (!match[0].endsWith('>')) {
      report(index, `This tag is not closed with ">" (an unclosed quote?). Save the SVG again from a drawing program.`);
      continue;
    }
    const name = rawName.replace(/^[\w.-]+:/, '');
    if (lead === '/') continue;
    if (!svgElements.has(name.toLowerCase())) {
      report(index, `Remove <${rawName}>: an SVG image may hold only drawing elements (no scripts, no <foreignObject>, no embedded pages).`);
    }
    for (const attr of rest.matchAll(/([^\s=/"']+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const attrName = (attr[1] ?? '').toLowerCase();
      const value = (attr[2] ?? '').replace(/^["']|["']$/g, '').trim();
      const local = attrName.replace(/^[\w.-]+:/, '');
      if (/^on/.test(local)) {
        report(index, `Remove \`${attr[1]}\` on <${rawName}>: event attributes run code.`);
      } else if ((local === 'href' || local === 'src') && !value.startsWith('#')) {
        report(index, `Remove \`${attr[1]}="${value}"\` on <${rawName}>: an SVG image may refer only to its own parts (href="#id").`);
      }
    }
  }
  return problems;
}

/** Problems with one file under public/ (path relative to public/, with "/"). */
export function publicFileProblems(path: string, read: () => Buffer): PublicFileProblem[] {
  const name = path.split('/').at(-1) ?? path;
  const ext = extname(name).toLowerCase();
  const at = (message: string): PublicFileProblem[] => [{ line: 1, column: 1, message }];
  if (name === '_headers' || name === '_redirects') {
    return at(`Remove this file: a host reads \`${name}\` as its own settings, which could change the site's security headers or send readers to another site. Hosting is set up in the repository, not under public/.`);
  }
  if (['.html', '.htm', '.xhtml', '.shtml', '.js', '.mjs', '.cjs'].includes(ext)) {
    return at(`Remove this file: a ${ext} file under public/ is published as it is and would run on the site's address without its security policy. Write a page as content instead; files under public/ may be ${allowedText}.`);
  }
  if (!(allowedPublicExtensions as readonly string[]).includes(ext)) {
    const what = ext ? `a ${ext} file` : 'a file without a type (no extension)';
    return at(`Remove this file or convert it: it is ${what}, and files under public/ may be ${allowedText} only.`);
  }
  if (ext === '.svg') return svgProblems(read().toString('utf8'));
  return [];
}

/** Every name under the public folder (folders too), relative to it and sorted; none without a folder. */
export function publicNames(publicPath: string): string[] {
  try {
    return (readdirSync(publicPath, { recursive: true }) as string[]).sort();
  } catch {
    return []; // no public folder: nothing is published from it
  }
}

/** The files the site publishes from the public folder, as site paths ("/assets/one-pager.pdf"). */
export function publicSitePaths(publicPath: string, names: readonly string[] = publicNames(publicPath)): string[] {
  return names
    .filter((name) => {
      try {
        return lstatSync(join(publicPath, name)).isFile();
      } catch {
        return false;
      }
    })
    .map((name) => `/${name.split(sep).join('/')}`);
}

/** Checks every file under the public folder; paths in findings are relative to `cwd`. */
export function checkPublicFolder(publicPath: string, cwd: string = process.cwd(), names: readonly string[] = publicNames(publicPath)): Finding[] {
  const findings: Finding[] = [];
  for (const name of names) {
    const absolute = join(publicPath, name);
    const file = relative(cwd, absolute).split(sep).join('/');
    const stat = lstatSync(absolute);
    if (stat.isDirectory()) continue;
    const problems: PublicFileProblem[] = stat.isSymbolicLink()
      ? [{ line: 1, column: 1, message: 'Replace this link with the file itself: a symbolic link under public/ would publish whatever it points to.' }]
      : publicFileProblems(name.split(sep).join('/'), () => readFileSync(absolute));
    for (const problem of problems) {
      findings.push({ ruleId: publicFilesRuleId, severity: 'error', file, line: problem.line, column: problem.column, path: '', message: problem.message });
    }
  }
  return findings;
}
