/** The checker's only file-system access: finds and reads the collection files. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { checkedCollections } from './collections.ts';
import type { SourceFile } from './load-content.ts';

/** Reads every collection file under `contentPath`; paths in findings are relative to `cwd`. */
export function readContentFiles(contentPath: string, cwd: string = process.cwd()): SourceFile[] {
  const files: SourceFile[] = [];
  for (const spec of checkedCollections) {
    const folder = join(contentPath, spec.folder);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) continue;
    const names = (readdirSync(folder, { recursive: true }) as string[])
      .filter((name) => spec.extensions.includes(extname(name).toLowerCase()))
      .filter((name) => !name.split(sep).some((part) => part.startsWith('.') || part.startsWith('_')))
      .sort();
    for (const name of names) {
      const absolute = join(folder, name);
      files.push({
        collection: spec.name,
        relativePath: name.split(sep).join('/'),
        file: relative(cwd, absolute).split(sep).join('/'),
        text: readFileSync(absolute, 'utf8'),
      });
    }
  }
  return files;
}
