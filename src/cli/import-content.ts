/**
 * `npm run import -- field-notes <file.csv> [--lang nl]`
 * Turns a CRM export into field-note files (content/field-notes/, or content/field-notes/<lang>/).
 * Every rejected row is reported with its line and reason, and nothing is written for it; a
 * file that already exists is never overwritten. Exits 1 when a row was rejected.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { composeFieldNote, fieldNotePath } from '../lib/field-note-file.ts';
import { importFieldNotes, importReport } from '../lib/field-note-import.ts';
import { resolvePlaybookConfig } from '../lib/playbook-config.ts';
import { noteTargets } from './known-content.ts';

const usage = `Usage: npm run import -- field-notes <file.csv> [--lang <locale>]
Columns: date, author, concept, industry, persona, outcome, objectionsHeard ("id=yes; id=no"), newObjections, worked, didNotWork`;

export function main(argv: string[], today = new Date()): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { lang: { type: 'string' } } });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    return 2;
  }
  const [kind, file] = parsed.positionals;
  if (kind !== 'field-notes' || !file) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const config = resolvePlaybookConfig();
  const lang = parsed.values.lang ?? config.locales[0] ?? 'en';
  if (!config.locales.includes(lang as never)) {
    process.stderr.write(`--lang ${lang} is not one of the playbook's locales (${config.locales.join(', ')}).\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown'}).\n`);
    return 2;
  }
  const { known } = noteTargets(config.contentPath, config.locales);
  const result = importFieldNotes(text, known, today);
  const written: { line: number; path: string }[] = [];
  for (const { line, draft } of result.notes) {
    const note = composeFieldNote(draft);
    const target = join(config.contentPath, fieldNotePath(draft, note, lang, config.locales[0] ?? 'en'));
    const shown = relative(process.cwd(), target);
    // The same row imported twice gives the same file name (the name holds a hash of the note).
    if (existsSync(target)) {
      result.rejected.push({ line, reason: `already imported as ${shown}; nothing written.` });
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, note, { flag: 'wx' });
    written.push({ line, path: shown });
  }
  const report = importReport(result, written, file);
  process.stdout.write(report);
  if (written.length > 0) process.stdout.write('Check the new notes with `npm run check:content`.\n');
  return result.fileProblem || result.rejected.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
