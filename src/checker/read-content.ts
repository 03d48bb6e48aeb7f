/**
 * The checker's only file-system access: finds and reads the collection files. Every file
 * Astro's loaders could pick up is either read or reported: upper-case extensions, `.md` where
 * `.mdx` is expected, misspelt collection folders, links to files outside the content folder
 * and files that are not UTF-8 become findings instead of being skipped in silence.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { closest } from '../lib/text.ts';
import { checkedCollections, type CollectionSpec } from './collections.ts';
import { decodeContent } from './file-guard.ts';
import type { SourceFile } from './load-content.ts';

/** Rule id of findings about the files themselves (names, folders, encoding, links). */
export const fileRuleId = 'content-files';

const contentExtensions = ['.mdx', '.md', '.yaml', '.yml', '.markdown', '.json', '.csv', '.tsv'];

/** Reads every collection file under `contentPath`; paths in findings are relative to `cwd`. */
export function readContentFiles(contentPath: string, cwd: string = process.cwd()): SourceFile[] {
  const files: SourceFile[] = [];
  const shown = (absolute: string) => relative(cwd, absolute).split(sep).join('/');
  let root: string;
  try {
    root = realpathSync(contentPath);
  } catch {
    return files;
  }
  const folders = new Set(checkedCollections.map((spec) => spec.folder));
  for (const name of safeReaddir(contentPath).sort()) {
    if (hidden(name)) continue;
    const absolute = join(contentPath, name);
    const stats = safeStat(absolute);
    if (!stats?.isDirectory() || folders.has(name)) continue;
    const guess = closest(name, folders);
    files.push(
      problem(shown(absolute), null, name, 'error',
        `The folder \`${name}/\` is not a collection, so its files are neither checked nor published. ` +
          (guess ? `Did you mean \`${guess}/\`? ` : '') +
          `Collection folders are ${[...folders].map((f) => `\`${f}/\``).join(', ')}.`),
    );
  }
  for (const spec of checkedCollections) {
    const folder = join(contentPath, spec.folder);
    if (!safeStat(folder)?.isDirectory()) continue;
    for (const name of walk(folder, root)) {
      const absolute = join(folder, name.path);
      const relativePath = name.path.split(sep).join('/');
      const file = shown(absolute);
      if (name.outside) {
        files.push(
          problem(file, spec.name, relativePath, 'error',
            'This is a link to a file outside the content folder; it is never read or published. Copy the file into the content folder instead of linking it.'),
        );
        continue;
      }
      const verdict = judgeName(relativePath, spec);
      if (verdict) {
        files.push(problem(file, spec.name, relativePath, verdict.severity, verdict.message));
        continue;
      }
      if (!spec.extensions.includes(extname(relativePath))) continue;
      let bytes: Buffer;
      try {
        bytes = readFileSync(absolute);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
        files.push(problem(file, spec.name, relativePath, 'error', `The file cannot be opened (${code}). Check that it exists and that you may read it.`));
        continue;
      }
      const decoded = decodeContent(bytes);
      if (!decoded.ok) {
        files.push(problem(file, spec.name, relativePath, 'error', decoded.message));
        continue;
      }
      files.push({ collection: spec.name, relativePath, file, text: decoded.text });
    }
  }
  return files;
}

function problem(
  file: string,
  collection: SourceFile['collection'] | null,
  relativePath: string,
  severity: 'error' | 'warning',
  message: string,
): SourceFile {
  return { collection: collection as SourceFile['collection'], relativePath, file, text: '', problem: { severity, message } };
}

/** What is wrong with a file name in a collection folder, if anything. */
function judgeName(path: string, spec: CollectionSpec): { severity: 'error' | 'warning'; message: string } | undefined {
  const ext = extname(path);
  if (spec.extensions.includes(ext)) return undefined;
  const stem = path.slice(0, path.length - ext.length);
  const expected = spec.extensions[0]!;
  if (spec.extensions.includes(ext.toLowerCase())) {
    return {
      severity: 'error',
      message: `The extension is in capitals, so the site would not publish this file. Rename it to \`${stem.split('/').pop()}${ext.toLowerCase()}\`.`,
    };
  }
  if (contentExtensions.includes(ext.toLowerCase())) {
    return {
      severity: 'error',
      message: `Files in \`${spec.folder}/\` end in ${spec.extensions.map((e) => `\`${e}\``).join(' or ')}, so this one would not be published. Rename it to \`${stem.split('/').pop()}${expected}\` (and check it is written like the other ${spec.folder}).`,
    };
  }
  return {
    severity: 'warning',
    message: `This file is not content (${spec.folder} are ${spec.extensions.map((e) => `\`${e}\``).join(' or ')} files) and is neither checked nor published. Put documents and images under public/assets/ and link them as assets.`,
  };
}

interface Walked {
  path: string;
  outside: boolean;
}

/**
 * Every file under `folder` (relative paths, sorted), following links only when they stay
 * inside the content folder `root`. Names starting with "." or "_" are skipped, like Astro does.
 */
function walk(folder: string, root: string, prefix = '', seen = new Set<string>()): Walked[] {
  const found: Walked[] = [];
  for (const name of safeReaddir(join(folder, prefix)).sort()) {
    if (hidden(name)) continue;
    const path = prefix ? join(prefix, name) : name;
    const absolute = join(folder, path);
    let stats: Stats;
    try {
      stats = lstatSync(absolute);
    } catch {
      continue;
    }
    if (stats.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(absolute);
      } catch {
        found.push({ path, outside: true });
        continue;
      }
      if (target !== root && !target.startsWith(root + sep)) {
        found.push({ path, outside: true });
        continue;
      }
      stats = statSync(absolute);
    }
    if (stats.isDirectory()) {
      const real = realpathSync(absolute);
      if (seen.has(real)) continue;
      seen.add(real);
      found.push(...walk(folder, root, path, seen));
    } else if (stats.isFile()) {
      found.push({ path, outside: false });
    }
  }
  return found;
}

function hidden(name: string): boolean {
  return name.startsWith('.') || name.startsWith('_');
}

function safeReaddir(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

function safeStat(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
