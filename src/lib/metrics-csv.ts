/**
 * Reads a metrics file (CSV with a header line) into what the metrics schema validates:
 * `{ rows: [{ concept, quarter, leads, … }] }`, with the line and column of every cell for
 * findings. Shared by the checker and Astro's loader, so both read a file the same way. Pure.
 */
import { metricColumns, type MetricColumn } from '../schemas/metrics.ts';
import { parseCsv, type CsvProblem } from './csv.ts';

export interface Position {
  line: number;
  column: number;
}

export interface ReadMetrics {
  /** `{ rows }` as written: numbers where a cell is a plain number, text otherwise; empty cells left out. */
  data: { rows: Record<string, unknown>[] };
  /** Position of a field path: `['rows', 3, 'leads']` is the cell, `['rows', 3]` its line. */
  locate: (path: readonly (string | number)[]) => Position;
  problems: CsvProblem[];
}

const textColumns: ReadonlySet<MetricColumn> = new Set(['concept', 'quarter']);

/** "Qualified leads", "qualified_leads" and "QualifiedLeads" all name `qualifiedLeads`. */
function columnKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z]/g, '');
}
const byKey = new Map(metricColumns.map((column) => [columnKey(column), column]));

/**
 * A cell as a value: a plain number (digits, optional minus, "." decimals) becomes a number.
 * One that reads like a thousands separator ("247.200", "1.500") stays text, so the schema
 * refuses it instead of counting 247.2.
 */
function cellValue(column: MetricColumn, value: string): unknown {
  if (value === '') return undefined;
  if (textColumns.has(column) || looksGrouped(value)) return value;
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

/** "247.200", "1.500.000": a point before each group of three digits, as Dutch writes thousands. */
export function looksGrouped(value: string): boolean {
  return /^-?[1-9]\d{0,2}(\.\d{3})+$/.test(value);
}

export function readMetricsCsv(text: string): ReadMetrics {
  const parsed = parseCsv(text);
  const problems = [...parsed.problems];
  const [header, ...records] = parsed.records;
  const rowPositions: { line: number; cells: Map<string, Position> }[] = [];
  const rows: Record<string, unknown>[] = [];
  const locate = (path: readonly (string | number)[]): Position => {
    if (path[0] !== 'rows' || typeof path[1] !== 'number') return header ? { line: header.line, column: 1 } : { line: 1, column: 1 };
    const row = rowPositions[path[1]];
    if (!row) return { line: 1, column: 1 };
    const cell = typeof path[2] === 'string' ? row.cells.get(path[2]) : undefined;
    return cell ?? { line: row.line, column: 1 };
  };
  if (!header) {
    problems.push({ line: 1, column: 1, message: `The file is empty. Start it with a header line naming the columns: ${metricColumns.join(',')}.` });
    return { data: { rows }, locate, problems };
  }
  const columns: (MetricColumn | undefined)[] = header.cells.map((cell) => {
    const column = byKey.get(columnKey(cell.value));
    if (!column) {
      problems.push({
        ...cell,
        message: `The column "${cell.value}" is not a metrics column, so it is ignored. The columns are ${metricColumns.join(', ')}; rename the header cell or delete the column.`,
      });
    }
    return column;
  });
  const seen = new Set<MetricColumn>();
  header.cells.forEach((cell, i) => {
    const column = columns[i];
    if (!column) return;
    if (seen.has(column)) {
      problems.push({ ...cell, message: `The column ${column} appears twice in the header; delete one of them.` });
      columns[i] = undefined;
    }
    seen.add(column);
  });
  const missing = metricColumns.filter((column) => column !== 'avgCycleDays' && !seen.has(column));
  if (missing.length > 0) {
    problems.push({
      line: header.line,
      column: 1,
      message: `The header line has no column ${missing.join(', ')}. The first line names the columns: ${metricColumns.join(',')}.`,
    });
  }
  for (const record of records) {
    const row: Record<string, unknown> = {};
    const cells = new Map<string, Position>();
    if (record.cells.length > header.cells.length) {
      const extra = record.cells[header.cells.length]!;
      problems.push({ ...extra, message: `This line has ${record.cells.length} cells but the header names ${header.cells.length} columns. Remove the extra cells (or quote a cell that holds the separator).` });
    }
    record.cells.forEach((cell, i) => {
      const column = columns[i];
      if (!column) return;
      cells.set(column, { line: cell.line, column: cell.column });
      const value = cellValue(column, cell.value);
      if (value !== undefined) row[column] = value;
    });
    rows.push(row);
    rowPositions.push({ line: record.line, cells });
  }
  return { data: { rows }, locate, problems };
}
