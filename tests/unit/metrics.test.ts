/**
 * Metrics files as a marketer pastes them from a CRM export: read with the line and column of
 * every cell, each mistake one finding naming the file, line and column.
 */
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/checker/check.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { readMetricsCsv } from '../../src/lib/metrics-csv.ts';
import { defaultOptions, goodPlaybookWith, lines } from './checker/check-helpers.ts';

const header = 'concept,quarter,leads,qualifiedLeads,proposals,won,adSpend,revenue,avgCycleDays';
const good = 'gauge-and-insight,2026-Q3,58,27,8,4,14500,247200,94';

/** The check of the good playbook with one metrics file, its findings as printed lines. */
function check(text: string, extra: Record<string, string> = {}): string[] {
  const files = goodPlaybookWith({
    'metrics/2026.csv': () => text,
    ...Object.fromEntries(Object.entries(extra).map(([key, value]) => [key, () => value])),
  });
  return lines(checkSources(files, defaultOptions));
}

describe('reading CSV', () => {
  it('keeps line and column of every cell, with quotes, CRLF, a BOM and blank lines', () => {
    const parsed = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n1,2\r\n');
    expect(parsed.records.map((r) => [r.line, r.cells.map((c) => [c.value, c.column])])).toEqual([
      [1, [['a', 1], ['b', 3]]],
      [2, [['x, y', 1], ['say "hi"', 8]]],
      [4, [['1', 1], ['2', 3]]],
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('takes the separator from the header line (semicolons from a Dutch Excel)', () => {
    const parsed = parseCsv('a;b\n1,5;2\n');
    expect(parsed.separator).toBe(';');
    expect(parsed.records[1]?.cells.map((c) => c.value)).toEqual(['1,5', '2']);
  });

  it('reports a quote that is never closed', () => {
    expect(parseCsv('a,b\n"open,1\n').problems).toMatchObject([{ line: 2, column: 1 }]);
  });

  it('reads header names loosely ("Qualified leads") and numbers strictly', () => {
    const read = readMetricsCsv('Concept,Quarter,Leads,Qualified leads,Proposals,Won,Ad spend,Revenue,Avg cycle days\nx,2026-Q1,3,2,1,1,100.50,"4,000",\n');
    expect(read.problems).toEqual([]);
    expect(read.data.rows).toEqual([{ concept: 'x', quarter: '2026-Q1', leads: 3, qualifiedLeads: 2, proposals: 1, won: 1, adSpend: 100.5, revenue: '4,000' }]);
    expect(read.locate(['rows', 0, 'revenue'])).toEqual({ line: 2, column: 26 });
  });
});

describe('metrics findings', () => {
  it('a good file gives none', () => {
    expect(check(`${header}\n${good}\n`)).toEqual([]);
  });

  it('a negative number is an error at its cell', () => {
    expect(check(`${header}\ngauge-and-insight,2026-Q3,-5,27,8,4,14500,247200,94\n`)).toEqual([
      'metrics/2026.csv:2:27  error  schema  rows[0].leads  `leads` must not be negative: a count is 0 or more; got -5',
    ]);
  });

  it('a malformed quarter is an error at its cell', () => {
    expect(check(`${header}\n${good}\ngauge-and-insight,Q4 2026,5,2,1,0,10,0,\n`)).toEqual([
      'metrics/2026.csv:3:19  error  schema  rows[1].quarter  `quarter` must be a quarter written as YYYY-Qn, like 2026-Q3; got "Q4 2026"',
    ]);
  });

  it('a figure with a thousands separator is an error, not a misread number', () => {
    expect(check(`${header}\ngauge-and-insight,2026-Q3,58,27,8,4,"14,500",247200,94\n`)).toEqual([
      'metrics/2026.csv:2:37  error  schema  rows[0].adSpend  `adSpend` must be a plain amount like 12500 or 12500.50 (no currency sign, no thousands separator); got "14,500"',
    ]);
  });

  it('a point before three digits is a thousands separator, an error, not 247.2 or 1.5', () => {
    expect(check(`${header}\ngauge-and-insight,2026-Q3,58,27,8,4,14500,247.200,94\n`)).toEqual([
      'metrics/2026.csv:2:43  error  schema  rows[0].revenue  `revenue` must be a plain amount like 12500 or 12500.50 (no currency sign, no thousands separator); got "247.200"',
    ]);
    expect(check(`${header}\ngauge-and-insight,2026-Q3,1.500,27,8,4,14500,247200,94\n`)).toEqual([
      'metrics/2026.csv:2:27  error  schema  rows[0].leads  `leads` must be a whole number like 42 (no thousands separator, no text); got "1.500"',
    ]);
  });

  it('an unknown concept is an error with a guess', () => {
    expect(check(`${header}\ngauge-and-insigth,2026-Q3,58,27,8,4,14500,247200,94\n`)).toEqual([
      'metrics/2026.csv:2:1  error  references-exist  rows[0].concept  There is no concept "gauge-and-insigth" (no file concepts/gauge-and-insigth.mdx in the content folder). Did you mean "gauge-and-insight"? Fix the id or add the concept.',
    ]);
  });

  it('a duplicate concept and quarter is an error, also across files', () => {
    expect(check(`${header}\n${good}\n${good}\n`, { 'metrics/2025.csv': `${header}\n${good}\n` })).toEqual([
      'metrics/2025.csv:2:19  error  metrics-valid  rows[0].quarter  gauge-and-insight already has figures for 2026-Q3 (metrics/2026.csv line 2), so this line would count twice. Keep one line per concept and quarter: add these figures to the other line and delete this one.',
      'metrics/2026.csv:3:19  error  metrics-valid  rows[1].quarter  gauge-and-insight already has figures for 2026-Q3 (line 2), so this line would count twice. Keep one line per concept and quarter: add these figures to the other line and delete this one.',
    ]);
  });

  it('a step larger than the one before it warns (deals cross quarters)', () => {
    expect(check(`${header}\ngauge-and-insight,2026-Q3,20,27,8,9,14500,247200,94\n`)).toEqual([
      'metrics/2026.csv:2:30  warning  metrics-funnel-order  rows[0].qualifiedLeads  qualifiedLeads is 27, more than leads (20) for gauge-and-insight in 2026-Q3. That happens when deals started in an earlier quarter; otherwise the export mixed up columns or filters. Check it in the CRM.',
      'metrics/2026.csv:2:35  warning  metrics-funnel-order  rows[0].won  won is 9, more than proposals (8) for gauge-and-insight in 2026-Q3. That happens when deals started in an earlier quarter; otherwise the export mixed up columns or filters. Check it in the CRM.',
    ]);
  });

  it('header mistakes and extra cells are csv-syntax errors at the cell', () => {
    expect(check(`concept,quarter,leads,qualified,proposals,won,adSpend,revenue\n${good}\n`)).toEqual([
      'metrics/2026.csv:1:1  error  csv-syntax  -  The header line has no column qualifiedLeads. The first line names the columns: concept,quarter,leads,qualifiedLeads,proposals,won,adSpend,revenue,avgCycleDays.',
      'metrics/2026.csv:1:23  error  csv-syntax  -  The column "qualified" is not a metrics column, so it is ignored. The columns are concept, quarter, leads, qualifiedLeads, proposals, won, adSpend, revenue, avgCycleDays; rename the header cell or delete the column.',
      'metrics/2026.csv:2:1  error  schema  rows[0].qualifiedLeads  `qualifiedLeads` is missing; add it: Leads that sales accepted as qualified in the quarter.',
      'metrics/2026.csv:2:50  error  csv-syntax  -  This line has 9 cells but the header names 8 columns. Remove the extra cells (or quote a cell that holds the separator).',
    ]);
  });

  it('a wrong line leaves out that line only: the others are still checked', () => {
    const found = check(`${header}\ngauge-and-insight,2026-Q3,-1,27,8,4,14500,247200,94\ngauge-and-insight,2026-Q2,20,27,8,4,14500,247200,94\n`);
    expect(found.map((line) => line.split('  ').slice(0, 3).join(' '))).toEqual([
      'metrics/2026.csv:2:27 error schema',
      'metrics/2026.csv:3:30 warning metrics-funnel-order',
    ]);
  });
});
