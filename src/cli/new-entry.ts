/**
 * `npm run new -- <concept|product|persona|industry|competitor> "Title"`
 * Writes a new entry with every field present into the content folder; never overwrites.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { resolvePlaybookConfig } from '../lib/playbook-config.ts';
import { scaffold, scaffoldKinds, type ScaffoldKind } from './scaffold.ts';

const usage = `Usage: npm run new -- <${scaffoldKinds.join('|')}> "Title"
Example: npm run new -- concept "Scrap to savings"`;

export function main(argv: string[]): number {
  const [kind, ...words] = argv;
  const title = words.join(' ').trim();
  if (!kind || !(scaffoldKinds as readonly string[]).includes(kind) || !title) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  let file;
  try {
    file = scaffold(kind as ScaffoldKind, title, new Date());
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const target = join(resolvePlaybookConfig().contentPath, file.path);
  const shown = relative(process.cwd(), target);
  if (existsSync(target)) {
    process.stderr.write(`${shown} already exists; nothing written. Choose another title or edit that file.\n`);
    return 1;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.text, { flag: 'wx' });
  process.stdout.write(
    `Created ${shown}\nFill in every TODO, then run \`npm run check:content\`. ` +
      (kind === 'concept' ? 'It stays a draft until you set `status: pilot`.\n' : '\n'),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
