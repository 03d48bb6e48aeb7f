import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFieldNotes, importReport, type CsvImport, type KnownIds } from '../../src/lib/field-note-import.ts';

const known: KnownIds = {
  concepts: new Map([
    ['scrap-to-savings', ['software-too-expensive', 'just-the-gauges-for-now', 'vantor-gauge-is-cheaper']],
    ['fill-to-the-line', ['short-weight-risk']],
  ]),
  industries: new Set(['automotive-suppliers', 'food-and-beverage']),
  personas: new Set(['plant-manager', 'purchasing-manager']),
};
const today = new Date('2026-11-27T00:00:00Z');

describe('CSV import of field notes', () => {
  it('imports good rows and reports every bad row with its line and reason', () => {
    const csv = [
      'Date,Author,Concept,Industry,Persona,Outcome,Objections heard,New objections,Worked,Did not work',
      '2026-11-20,Jonas Weber,scrap-to-savings,automotive-suppliers,plant-manager,Won,software-too-expensive=yes; just-the-gauges-for-now=no,,Payback from their own scrap figure,',
      '2026-11-21,,scrap-to-savings,automotive-suppliers,plant-manager,maybe,,,Demo,',
      '2026-11-22,,scrap-to-savngs,automotive-suppliers,plant-manager,open,,,Demo,',
      '2026-02-30,,scrap-to-savings,automotive-suppliers,plant-manager,open,,,Demo,',
      '2026-11-23,,fill-to-the-line,food-and-beverage,purchasing-manager,lost,short-weight-risk=no,"The checkweigher vendor gives the statistics away.',
      'And we already pay them for service.",,Inkoop only wanted a price per line',
      '2026-11-24,,fill-to-the-line,food-and-beverage,purchasing-manager,lost,short-weight-risc=no,,,',
      '2026-11-25,,scrap-to-savings,,plant-manager,open,,,Demo,',
      '2026-11-26,,scrap-to-savings,automotive-suppliers,plant-manager,open,software-too-expensive=perhaps,,,',
      '2026-12-05,,scrap-to-savings,automotive-suppliers,plant-manager,open,,,Demo,',
      '2026-11-26,,scrap-to-savings,automotive-suppliers,plant-manager,open,,,,',
    ].join('\n');
    const result = importFieldNotes(csv, known, today);
    expect(result.notes.map((n) => [n.line, n.draft.outcome, n.draft.objectionsHeard, n.draft.newObjections])).toEqual([
      [2, 'won', [{ objection: 'software-too-expensive', handled: true }, { objection: 'just-the-gauges-for-now', handled: false }], []],
      [6, 'lost', [{ objection: 'short-weight-risk', handled: false }], ['The checkweigher vendor gives the statistics away.', 'And we already pay them for service.']],
    ]);
    const written = result.notes.map((n) => ({ line: n.line, path: `content/field-notes/note-${n.line}.md` }));
    expect(importReport(result, written, 'crm.csv')).toMatchInlineSnapshot(`
      "crm.csv:2  imported  content/field-notes/note-2.md
      crm.csv:3  rejected  Outcome "maybe" must be won, lost or open.
      crm.csv:4  rejected  There is no concept "scrap-to-savngs". Did you mean "scrap-to-savings"?
      crm.csv:5  rejected  Date "2026-02-30" is not a date written as YYYY-MM-DD.
      crm.csv:6  imported  content/field-notes/note-6.md
      crm.csv:8  rejected  The concept "fill-to-the-line" has no objection "short-weight-risc". Did you mean "short-weight-risk"?
      crm.csv:9  rejected  "industry" is empty.
      crm.csv:10  rejected  Objection "software-too-expensive" needs "=yes" (the answer worked) or "=no" (it did not), not "software-too-expensive=perhaps".
      crm.csv:11  rejected  Date 2026-12-05 lies in the future.
      crm.csv:12  rejected  The row says nothing about the visit: no objection heard, no new objection, nothing on what worked or did not.
      2 notes written, 8 rows rejected (nothing written for them).
      "
    `);
  });

  it('refuses a file without the columns it needs, and reads nothing of it', () => {
    const result = importFieldNotes('when,what\n2026-11-20,visit\n', known, today);
    expect(result.notes).toEqual([]);
    expect(importReport(result, [], 'crm.csv')).toBe(
      'crm.csv: nothing imported. The header row has no column "date", "concept", "industry", "persona", "outcome". Columns: date, author, concept, industry, persona, outcome, objectionsHeard, newObjections, worked, didNotWork (author, objectionsHeard, newObjections, worked and didNotWork may be left out).\n',
    );
  });

  it('reads quoted cells with separators, doubled quotes and line breaks, a BOM, CRLF and semicolons', () => {
    const result = importFieldNotes(
      '\uFEFFdate;concept;industry;persona;outcome;worked\r\n2026-11-20;scrap-to-savings;automotive-suppliers;plant-manager;open;"Said ""no""; then\r\nasked for a pilot"\r\n\r\n',
      known,
      today,
    );
    expect(result.rejected).toEqual([]);
    expect(result.notes.map((n) => [n.line, n.draft.worked])).toEqual([[2, 'Said "no"; then\nasked for a pilot']]);
  });
});

/** Real CRM exports gone wrong, in tests/fixtures/crm-exports/. */
const importFile = (name: string): { result: CsvImport; report: string } => {
  const file = `tests/fixtures/crm-exports/${name}`;
  const result = importFieldNotes(readFileSync(file, 'utf8'), known, today);
  const written = result.notes.map((n) => ({ line: n.line, path: `content/field-notes/note-${n.line}.md` }));
  return { result, report: importReport(result, written, file) };
};

describe('CSV import of field notes: the same CSV reader as the metrics', () => {
  it('refuses the whole file at a quote that is never closed, instead of merging the next rows into the cell', () => {
    const { result, report } = importFile('unclosed-quote.csv');
    expect(result.notes).toEqual([]);
    expect(report).toBe(
      'tests/fixtures/crm-exports/unclosed-quote.csv: nothing imported. Line 3, column 83: this cell opens a quote (") that is never closed, so every row after it would be read into this one cell. Close the quote (a quote inside a quoted cell is written twice: ""), then import the file again.\n',
    );
  });

  it('rejects only the row with text after a closing quote', () => {
    const { result, report } = importFile('text-after-quote.csv');
    expect(result.notes.map((n) => n.line)).toEqual([3]);
    expect(report).toBe(
      [
        'tests/fixtures/crm-exports/text-after-quote.csv:2  rejected  Column 107: there is text after the closing quote of this cell. Put the whole cell in quotes, or remove the quotes.',
        'tests/fixtures/crm-exports/text-after-quote.csv:3  imported  content/field-notes/note-3.md',
        '1 note written, 1 row rejected (nothing written for it).\n',
      ].join('\n'),
    );
  });

  it('reads a tab-separated export', () => {
    const { result } = importFile('tab-separated.csv');
    expect(result.fileProblem).toBeUndefined();
    expect(result.notes.map((n) => [n.line, n.draft.worked, n.draft.objectionsHeard])).toEqual([
      [2, 'Payback, from their own scrap figure', [{ objection: 'software-too-expensive', handled: true }, { objection: 'just-the-gauges-for-now', handled: false }]],
    ]);
  });

  it('reads a semicolon-separated export as a Dutch Excel saves it (BOM, CRLF, a quoted semicolon)', () => {
    const { result } = importFile('semicolon-excel-nl.csv');
    expect(result.rejected).toEqual([]);
    expect(result.notes.map((n) => [n.line, n.draft.author, n.draft.newObjections, n.draft.objectionsHeard])).toEqual([
      [2, 'Sanne de Vries', ['De leverancier van de controleweger geeft de statistiek gratis; zegt de inkoper.'], [{ objection: 'short-weight-risk', handled: false }]],
    ]);
  });

  it('names the separators it reads when the header is one column', () => {
    expect(importFile('pipe-separated.csv').report).toBe(
      'tests/fixtures/crm-exports/pipe-separated.csv: nothing imported. The header row has no column "date", "concept", "industry", "persona", "outcome". The header row reads as a single column "date|concept|industry|persona|outcome|worked": separate the columns with commas, semicolons or tabs. Columns: date, author, concept, industry, persona, outcome, objectionsHeard, newObjections, worked, didNotWork (author, objectionsHeard, newObjections, worked and didNotWork may be left out).\n',
    );
  });
});
