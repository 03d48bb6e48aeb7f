import { describe, expect, it } from 'vitest';
import { importFieldNotes, importReport, parseCsv, type KnownIds } from '../../src/lib/field-note-csv.ts';

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
  it('reads quoted cells with delimiters, doubled quotes and line breaks, a BOM, CRLF and semicolons', () => {
    expect(parseCsv('\uFEFFa;b\r\n"x;1";"say ""no"""\r\n"two\r\nlines";\r\n\r\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x;1', 'say "no"'] },
      { line: 3, cells: ['two\nlines', ''] },
    ]);
  });

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
});
