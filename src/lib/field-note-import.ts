/**
 * A CRM export (CSV) as field notes: every row becomes a note draft or a rejection with its line
 * and reason; nothing is half-imported. Pure: the text and what the content folder holds come
 * in, drafts and rejections go out; `npm run import -- field-notes` writes the files.
 *
 * Columns (a header row; names in any case, spaces or underscores allowed): date, author,
 * concept, industry, persona, outcome, objectionsHeard ("price-too-high=yes; no-budget=no"),
 * newObjections (one per line in the cell), worked, didNotWork. The file is read by the same CSV
 * reader as content/metrics/ (src/lib/csv.ts): comma, semicolon or tab separated, decided by the
 * header line. A quote that is never closed leaves no row boundary to trust after it, so the
 * file is refused as a whole; text after a closing quote rejects that row only.
 */
import { closest } from './text.ts';
import { parseCsv } from './csv.ts';
import { noteOutcomes, type FieldNoteDraft, type NoteOutcome } from './field-note-file.ts';

/** What the content folder holds that a row may refer to. */
export interface KnownIds {
  /** Concept id → its objection ids. */
  concepts: ReadonlyMap<string, readonly string[]>;
  industries: ReadonlySet<string>;
  personas: ReadonlySet<string>;
}

const columns = ['date', 'author', 'concept', 'industry', 'persona', 'outcome', 'objectionsHeard', 'newObjections', 'worked', 'didNotWork'] as const;
type Column = (typeof columns)[number];
const required: readonly Column[] = ['date', 'concept', 'industry', 'persona', 'outcome'];
const normal = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
const byNormal = new Map(columns.map((c) => [normal(c), c]));

export interface ImportedNote {
  line: number;
  draft: FieldNoteDraft;
}
export interface RejectedRow {
  line: number;
  reason: string;
}
export interface CsvImport {
  notes: ImportedNote[];
  rejected: RejectedRow[];
  /** A problem with the whole file (no header, a missing column): then no row is read. */
  fileProblem?: string;
}

const q = (text: string) => JSON.stringify(text);

function realDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Reads a CRM export into note drafts and rejected rows; `today` keeps future dates out. */
export function importFieldNotes(text: string, known: KnownIds, today: Date): CsvImport {
  const parsed = parseCsv(text);
  const unclosed = parsed.problems.find((p) => p.kind === 'unclosed-quote');
  if (unclosed) {
    return {
      notes: [],
      rejected: [],
      fileProblem: `Line ${unclosed.line}, column ${unclosed.column}: this cell opens a quote (") that is never closed, so every row after it would be read into this one cell. Close the quote (a quote inside a quoted cell is written twice: ""), then import the file again.`,
    };
  }
  const rowProblems = new Map<number, string>();
  const [header, ...records] = parsed.records;
  if (!header) return { notes: [], rejected: [], fileProblem: 'The file is empty: it needs a header row and one row per visit.' };
  const index = new Map<Column, number>();
  header.cells.forEach((cell, i) => {
    const column = byNormal.get(normal(cell.value));
    if (column && !index.has(column)) index.set(column, i);
  });
  const absent = required.filter((column) => !index.has(column));
  if (absent.length > 0) {
    const oneColumn = header.cells.length === 1 ? ` The header row reads as a single column ${q(header.cells[0]?.value ?? '')}: separate the columns with commas, semicolons or tabs.` : '';
    return {
      notes: [],
      rejected: [],
      fileProblem: `The header row has no column ${absent.map(q).join(', ')}.${oneColumn} Columns: ${columns.join(', ')} (author, objectionsHeard, newObjections, worked and didNotWork may be left out).`,
    };
  }
  for (const problem of parsed.problems) {
    const record = [...records].reverse().find((r) => r.line <= problem.line);
    if (record && !rowProblems.has(record.line)) rowProblems.set(record.line, `column ${problem.column}: ${problem.message[0]?.toLowerCase() ?? ''}${problem.message.slice(1)}`);
  }
  const rows = records.map((record) => ({ line: record.line, cells: record.cells.map((cell) => cell.value) }));
  const tomorrow = today.getTime() + 24 * 60 * 60 * 1000;
  const notes: ImportedNote[] = [];
  const rejected: RejectedRow[] = [];
  for (const row of rows) {
    const get = (column: Column) => {
      const at = index.get(column);
      return at === undefined ? '' : (row.cells[at] ?? '').trim();
    };
    const reject = (reason: string) => rejected.push({ line: row.line, reason });
    const syntax = rowProblems.get(row.line);
    if (syntax) {
      reject(syntax);
      continue;
    }
    const empty = required.filter((column) => get(column) === '');
    if (empty.length > 0) {
      reject(`${empty.map(q).join(', ')} ${empty.length === 1 ? 'is' : 'are'} empty.`);
      continue;
    }
    const date = get('date');
    if (!realDate(date)) {
      reject(`date ${q(date)} is not a date written as YYYY-MM-DD.`);
      continue;
    }
    if (new Date(`${date}T00:00:00Z`).getTime() > tomorrow) {
      reject(`date ${date} lies in the future.`);
      continue;
    }
    const concept = get('concept');
    const objectionIds = known.concepts.get(concept);
    if (!objectionIds) {
      reject(`there is no concept ${q(concept)}.${hint(concept, known.concepts.keys())}`);
      continue;
    }
    const industry = get('industry');
    if (!known.industries.has(industry)) {
      reject(`there is no industry ${q(industry)}.${hint(industry, known.industries)}`);
      continue;
    }
    const persona = get('persona');
    if (!known.personas.has(persona)) {
      reject(`there is no persona ${q(persona)}.${hint(persona, known.personas)}`);
      continue;
    }
    const outcome = get('outcome').toLowerCase();
    if (!(noteOutcomes as readonly string[]).includes(outcome)) {
      reject(`outcome ${q(get('outcome'))} must be won, lost or open.`);
      continue;
    }
    const heard = readHeard(get('objectionsHeard'), concept, objectionIds);
    if (typeof heard === 'string') {
      reject(heard);
      continue;
    }
    const draft: FieldNoteDraft = {
      date,
      author: get('author') || undefined,
      concept,
      industry,
      persona,
      outcome: outcome as NoteOutcome,
      objectionsHeard: heard,
      newObjections: get('newObjections').split('\n').map((s) => s.trim()).filter(Boolean),
      worked: get('worked'),
      didNotWork: get('didNotWork'),
    };
    if (draft.objectionsHeard.length === 0 && draft.newObjections.length === 0 && !draft.worked && !draft.didNotWork) {
      reject('the row says nothing about the visit: no objection heard, no new objection, nothing on what worked or did not.');
      continue;
    }
    notes.push({ line: row.line, draft });
  }
  return { notes, rejected };
}

function hint(word: string, candidates: Iterable<string>): string {
  const near = closest(word, candidates);
  return near ? ` Did you mean ${q(near)}?` : '';
}

const yes = new Set(['yes', 'y', 'true', 'handled', 'ja', 'j']);
const no = new Set(['no', 'n', 'false', 'not-handled', 'nee']);

/** "software-too-expensive=yes; vantor-gauge-is-cheaper=no" as heard objections, or the reason it is not. */
function readHeard(cell: string, concept: string, ids: readonly string[]): FieldNoteDraft['objectionsHeard'] | string {
  const heard: FieldNoteDraft['objectionsHeard'] = [];
  for (const part of cell.split(/[;\n]/).map((s) => s.trim()).filter(Boolean)) {
    const [id = '', answer = ''] = part.split('=').map((s) => s.trim());
    if (!ids.includes(id)) return `the concept ${q(concept)} has no objection ${q(id)}.${hint(id, ids)}`;
    const said = answer.toLowerCase();
    if (!yes.has(said) && !no.has(said)) return `objection ${q(id)} needs "=yes" (the answer worked) or "=no" (it did not), not ${q(part)}.`;
    if (heard.some((h) => h.objection === id)) return `objection ${q(id)} is listed twice.`;
    heard.push({ objection: id, handled: yes.has(said) });
  }
  return heard;
}

/** The report of an import, as printed: one line per rejected row, then the summary. */
export function importReport(result: CsvImport, written: readonly { line: number; path: string }[], file: string): string {
  if (result.fileProblem) return `${file}: nothing imported. ${result.fileProblem}\n`;
  const lines = [
    ...written.map((w) => ({ line: w.line, text: `${file}:${w.line}  imported  ${w.path}` })),
    ...result.rejected.map((r) => ({ line: r.line, text: `${file}:${r.line}  rejected  ${r.reason[0]?.toUpperCase() ?? ''}${r.reason.slice(1)}` })),
  ].sort((a, b) => a.line - b.line);
  const summary = `${written.length} note${written.length === 1 ? '' : 's'} written, ${result.rejected.length} row${result.rejected.length === 1 ? '' : 's'} rejected${result.rejected.length === 0 ? '' : ` (nothing written for ${result.rejected.length === 1 ? 'it' : 'them'})`}.`;
  return `${[...lines.map((l) => l.text), summary].join('\n')}\n`;
}
