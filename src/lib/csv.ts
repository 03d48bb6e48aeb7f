/**
 * A small CSV reader for files pasted from spreadsheets and CRM exports: comma, semicolon or
 * tab separated (decided by the header line), cells in double quotes may hold separators,
 * line breaks and doubled quotes (""), CRLF line ends. Every cell keeps its line and column,
 * so a finding can point at it. Pure; never throws.
 */

export interface CsvCell {
  value: string;
  line: number;
  column: number;
}

export interface CsvRecord {
  line: number;
  cells: CsvCell[];
}

export interface CsvProblem {
  line: number;
  column: number;
  message: string;
  /** Set on the reader's own syntax problems: after an unclosed quote no row boundary can be trusted. */
  kind?: 'unclosed-quote' | 'text-after-quote';
}

export interface ParsedCsv {
  /** Lines with at least one non-empty cell, the header first. */
  records: CsvRecord[];
  separator: string;
  problems: CsvProblem[];
}

const separators = [',', ';', '\t'];

/** The separator of the header line: the candidate that occurs most outside quotes (comma on a tie). */
function detectSeparator(firstLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const candidate of separators) {
    const n = firstLine.split(candidate).length - 1;
    if (n > bestCount) {
      best = candidate;
      bestCount = n;
    }
  }
  return best;
}

export function parseCsv(text: string): ParsedCsv {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator = detectSeparator(firstLine);
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let column = 1;
  let cells: CsvCell[] = [];
  let recordLine = 1;
  let value = '';
  let cellLine = 1;
  let cellColumn = 1;
  let quoted = false;
  let inQuotes = false;
  let i = 0;
  const endCell = () => {
    cells.push({ value: quoted ? value : value.trim(), line: cellLine, column: cellColumn });
    value = '';
    quoted = false;
  };
  const endRecord = () => {
    endCell();
    if (cells.some((cell) => cell.value !== '')) records.push({ line: recordLine, cells });
    cells = [];
  };
  const startCell = () => {
    cellLine = line;
    cellColumn = column;
  };
  startCell();
  while (i < source.length) {
    const char = source[i]!;
    if (inQuotes) {
      if (char === '"' && source[i + 1] === '"') {
        value += '"';
        i += 2;
        column += 2;
        continue;
      }
      if (char === '"') {
        inQuotes = false;
        i += 1;
        column += 1;
        continue;
      }
      if (char === '\n') {
        value += '\n';
        line += 1;
        column = 1;
        i += 1;
        continue;
      }
      if (char !== '\r') value += char;
      i += 1;
      column += 1;
      continue;
    }
    if (char === '"' && value.trim() === '' && !quoted) {
      inQuotes = true;
      quoted = true;
      value = '';
      i += 1;
      column += 1;
      continue;
    }
    if (char === separator) {
      endCell();
      i += 1;
      column += 1;
      startCell();
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && source[i + 1] === '\n' ? 2 : 1;
      line += 1;
      column = 1;
      recordLine = line;
      startCell();
      continue;
    }
    if (quoted) {
      if (char.trim() !== '') {
        problems.push({ line, column, kind: 'text-after-quote', message: 'There is text after the closing quote of this cell. Put the whole cell in quotes, or remove the quotes.' });
        quoted = false;
      }
    } else {
      value += char;
    }
    i += 1;
    column += 1;
  }
  if (inQuotes) {
    problems.push({ line: cellLine, column: cellColumn, kind: 'unclosed-quote', message: 'This cell opens a quote (") that is never closed, so the rest of the file is read as one cell. Close the quote.' });
  }
  endRecord();
  return { records, separator, problems };
}
