/**
 * `npm run new -- <concept|product|persona|industry|competitor> "Title"`
 * Writes a new entry with every field present into the content folder; never overwrites.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { resolvePlaybookConfig } from '../lib/playbook-config.ts';
import { closest } from '../lib/text.ts';
import { noteTargets } from './known-content.ts';
import { fieldNoteTemplate, scaffold, scaffoldKinds, type Scaffold, type ScaffoldKind } from './scaffold.ts';

const usage = `Usage: npm run new -- <${scaffoldKinds.filter((k) => k !== 'field-note').join('|')}> "Title"
       npm run new -- field-note <concept-id> [--lang <locale>]
Example: npm run new -- concept "Scrap to savings"`;

/**
 * A field note for one concept of the content folder, dated today, listing the concept's
 * industries, personas and objections to pick from; `-2`, `-3` … when today's name is taken.
 */
function fieldNote(args: string[], today: Date): Scaffold {
  const config = resolvePlaybookConfig();
  const langAt = args.indexOf('--lang');
  const lang = langAt >= 0 ? args[langAt + 1] ?? '' : config.locales[0] ?? 'en';
  const conceptId = (langAt >= 0 ? args.filter((_, i) => i !== langAt && i !== langAt + 1) : args).join(' ').trim();
  if (!config.locales.includes(lang as never)) throw new Error(`--lang ${lang} is not one of the playbook's locales (${config.locales.join(', ')}).`);
  const { concepts } = noteTargets(config.contentPath, config.locales);
  const concept = concepts.get(conceptId);
  if (!concept) {
    const near = closest(conceptId, concepts.keys());
    throw new Error(
      `There is no concept "${conceptId}" in ${relative(process.cwd(), config.contentPath) || '.'}/concepts/.` +
        (near ? ` Did you mean "${near}"?` : '') +
        ` Concepts: ${[...concepts.keys()].join(', ')}.`,
    );
  }
  const day = today.toISOString().slice(0, 10);
  const folder = lang === config.locales[0] ? 'field-notes' : `field-notes/${lang}`;
  let path = `${folder}/${day}-${concept.id}.md`;
  for (let n = 2; existsSync(join(config.contentPath, path)); n++) path = `${folder}/${day}-${concept.id}-${n}.md`;
  return { path, text: fieldNoteTemplate(concept, day) };
}

/** Why a command line with a kind is refused: a kind that does not exist (with a guess), or no title. */
function problemWith(kind: string): string {
  if ((scaffoldKinds as readonly string[]).includes(kind)) {
    return kind === 'field-note' ? 'Name the concept the note is about.' : `Give the ${kind} a title, in quotes after "${kind}".`;
  }
  const near = closest(kind, scaffoldKinds);
  return `"${kind}" is not a kind of entry${near ? `; did you mean ${near}?` : '.'} The kinds are ${scaffoldKinds.join(', ')}.`;
}

export function main(argv: string[]): number {
  const [kind, ...words] = argv;
  const title = words.join(' ').trim();
  if (!kind || !(scaffoldKinds as readonly string[]).includes(kind) || !title) {
    process.stderr.write(`${kind ? `${problemWith(kind)}\n\n` : ''}${usage}\n`);
    return 2;
  }
  let file;
  try {
    file = kind === 'field-note' ? fieldNote(words, new Date()) : scaffold(kind as ScaffoldKind, title, new Date());
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
  // A metrics file is only its header line: nothing to fill in, lines to add.
  const next = file.text.includes('TODO')
    ? 'Fill in every TODO'
    : 'Add one line per concept and quarter under the header line (or paste the rows of a CRM export with these columns)';
  process.stdout.write(
    `Created ${shown}\n${next}, then run \`npm run check:content\`.` +
      (kind === 'concept' ? ' It stays a draft until you set `status: pilot`.\n' : kind === 'field-note' ? ' Or use the form on the site: /field-notes/new/.\n' : '\n'),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
