/**
 * Values that mean one thing, checked on the text as written (the YAML source), not on what a
 * parser made of it: `01-12-2026` is not a date, `4.000` is not four thousand, `"4000"` is text.
 * Astro's schemas may accept the parsed value; the checker, which runs first, does not.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import type { FieldPath, Position } from '../rules/types.ts';
import type { CollectionName } from '../schemas/common.ts';
import { closest } from '../lib/text.ts';

export interface ValueProblem {
  path: FieldPath;
  position: Position;
  message: string;
}

/** Fields that hold a calendar date. */
const dateFields = new Set(['lastReviewed', 'validUntil', 'asOf', 'date', 'start', 'end']);
/** Fields that hold an amount of money. */
const moneyFields = new Set(['amount', 'floorPrice']);
/** Fields that hold a number. */
const numberFields = new Set([
  'amount', 'floorPrice', 'quantity', 'termMonths', 'reviewEveryDays', 'target', 'baseline', 'default',
  'maxDiscountWithoutApproval',
]);

/** The largest amount the pricing math counts exactly (in cents, within 2^53). */
export const maxAmount = 1_000_000_000_000;
/** The largest number any field may hold, so products and sums stay exact. */
export const maxNumber = 1_000_000_000_000;

let isoCurrencies: ReadonlySet<string> | undefined;
/** ISO 4217 codes the platform knows. */
export function currencies(): ReadonlySet<string> {
  isoCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return isoCurrencies;
}

/** Every value problem of a parsed YAML document (a YAML file or a concept's frontmatter). */
export function checkValues(doc: Document, _collection: CollectionName, at: (offset: number) => Position): ValueProblem[] {
  const problems: ValueProblem[] = [];
  walk(doc.contents as Node | null, [], (key, node, path) => {
    if (!isScalar(node)) return;
    const position = at(node.range?.[0] ?? 0);
    const message = checkScalar(key, node, path);
    if (message) problems.push({ path, position, message: `\`${fieldName(path)}\` ${message}` });
  });
  problems.push(...valueModelOverflow(doc, at));
  return problems;
}

function walk(node: Node | null, path: (string | number)[], visit: (key: string | undefined, node: Node, path: FieldPath) => void): void {
  if (!node) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined || !pair.value) continue;
      const value = pair.value as Node;
      visit(key, value, [...path, key]);
      walk(value, [...path, key], visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      if (!item) return;
      const parentKey = path.at(-1);
      visit(typeof parentKey === 'string' ? `${parentKey}[]` : undefined, item as Node, [...path, i]);
      walk(item as Node, [...path, i], visit);
    });
  }
}

function fieldName(path: FieldPath): string {
  let start = path.length - 1;
  while (start > 0 && typeof path[start] === 'number') start -= 1;
  return path
    .slice(Math.max(start, 0))
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${key}`))
    .join('');
}

function written(node: Scalar): string {
  return node.source ?? String(node.value);
}

function quoted(node: Scalar): boolean {
  return node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
}

function checkScalar(key: string | undefined, node: Scalar, path: FieldPath): string | undefined {
  if (node.value === null) return undefined; // empty: the schema says what is missing
  const text = written(node).trim();
  if (key && dateFields.has(key)) return checkDate(text);
  if (key === 'currency') return checkCurrency(text);
  if (key && numberFields.has(key)) {
    if (quoted(node) && /^-?[\d.,\s]+$/.test(text) && /\d/.test(text)) {
      const separator = moneyFields.has(key) && /[.,]\d{3}(?!\d)/.test(text) && (text.includes(',') || /\.\d{3}$/.test(text));
      const plain = separator ? text.replace(/[.,\s]/g, '') : text;
      return `is a number, but it is written in quotes, which makes it text. Remove the quotes${separator ? ' and the thousands separator' : ''}: \`${key}: ${plain}\`.`;
    }
    if (quoted(node)) return undefined; // text where a number belongs: the schema says so
    if (typeof node.value === 'number' && !/^-?\d+(\.\d+)?$/.test(text)) {
      return `is written as ${text}, which YAML reads as ${writtenOut(node.value)}. Write a number as plain digits, with a point before decimals: \`${key}: ${writtenOut(node.value)}\`.`;
    }
    if (moneyFields.has(key)) return checkAmount(text);
    if (typeof node.value === 'number') return checkGrouping(text);
  }
  if (typeof node.value === 'number' && (!Number.isFinite(node.value) || Math.abs(node.value) > maxNumber)) {
    return `is too large to count with (${text}); numbers may be at most ${maxNumber.toLocaleString('en')}.`;
  }
  void path;
  return undefined;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A real calendar date written YYYY-MM-DD, or what is wrong with it. */
export function checkDate(text: string): string | undefined {
  const how = 'Write dates as YYYY-MM-DD, like 2026-03-01 for 1 March 2026';
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (month < 1 || month > 12) return `has no month ${month} (${JSON.stringify(text)}). ${how}.`;
    if (day < 1 || day > daysIn(year, month)) {
      return `is not a day in the calendar: ${monthNames[month - 1]} ${year} has ${daysIn(year, month)} days; got ${JSON.stringify(text)}. ${how}.`;
    }
    return undefined;
  }
  const dayFirst = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  if (dayFirst) {
    const [a, b, year] = [Number(dayFirst[1]), Number(dayFirst[2]), dayFirst[3]];
    const pad = (n: number) => String(n).padStart(2, '0');
    const guess = b <= 12 ? ` (write ${year}-${pad(b)}-${pad(a)} if you mean ${a} ${monthNames[b - 1]} ${year})` : '';
    return `must be a date written as YYYY-MM-DD, year first; got ${JSON.stringify(text)}${guess}.`;
  }
  if (/^\d{5,}-\d{1,2}-\d{1,2}$/.test(text)) return `has a year with more than four digits; got ${JSON.stringify(text)}. ${how}.`;
  return `must be a date written as YYYY-MM-DD; got ${JSON.stringify(text)}. ${how}.`;
}

/** A number as plain digits: 10000 for 1e4. */
function writtenOut(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en', { useGrouping: false, maximumFractionDigits: 20 }) : String(value);
}

/**
 * A number written with a point before three digits ("9.400", "1.200"), as Dutch writes
 * thousands: YAML reads 9.4. Refused, saying both ways to write what was meant.
 */
export function checkGrouping(text: string): string | undefined {
  const grouped = /^(-?[1-9]\d{0,2})\.(\d{3})$/.exec(text);
  if (!grouped) return undefined;
  const [, whole = '', fraction = ''] = grouped;
  const decimals = fraction.replace(/0+$/, '');
  const asDecimal = decimals === '' ? whole : `${whole}.${decimals}`;
  const keepDecimal = decimals.length === 3 ? `${text}0` : asDecimal;
  const reads = asDecimal === text ? `reads as ${text}` : `reads as ${asDecimal} (${text})`;
  return `${reads}: a point is always the decimal point here, never a thousands separator. If you mean ${Number(whole + fraction).toLocaleString('en')}, write ${whole}${fraction}; if you mean ${asDecimal}, write ${keepDecimal}.`;
}

/** An amount as written: a plain number ≥ 0 with at most two decimals. */
export function checkAmount(text: string): string | undefined {
  if (/^-/.test(text)) return `must be 0 or more; got ${text}. Write the amount without a minus sign.`;
  const thousands = /^(\d{1,3})(?:[.,](\d{3}))+$/.exec(text);
  if (thousands && /^\d{1,3}([.,]\d{3})+$/.test(text) && (text.includes(',') || /\.\d{3}$/.test(text))) {
    const plain = text.replace(/[.,]/g, '');
    return `has ${text.includes(',') ? 'a thousands separator' : 'three decimals'} (${text}); amounts have at most two decimals and no thousands separator. If you mean ${Number(plain).toLocaleString('en')}, write ${plain}.`;
  }
  const number = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!number) return undefined; // not a number at all: the schema says so
  if ((number[2]?.length ?? 0) > 2) return `has more than two decimals (${text}); write the amount in the currency's units with at most two decimals, like 4150.50.`;
  if (Number(text) > maxAmount) return `is too large to count with (${text}); amounts may be at most ${maxAmount.toLocaleString('en')}.`;
  return undefined;
}

export function checkCurrency(text: string): string | undefined {
  if (currencies().has(text)) return undefined;
  const upper = text.toUpperCase();
  if (currencies().has(upper)) return `must be written in capitals: \`currency: ${upper}\`.`;
  const guess = closest(upper, ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'DKK', 'NOK', 'PLN', 'CZK', 'JPY', 'CNY']);
  return `must be an ISO 4217 currency code like EUR, USD or GBP; got ${JSON.stringify(text)}${guess ? ` (did you mean ${guess}?)` : ''}.`;
}

/** A value model whose drivers multiply to a number too large to count with. */
function valueModelOverflow(doc: Document, at: (offset: number) => Position): ValueProblem[] {
  const model = doc.get('valueModel', true);
  if (!isMap(model)) return [];
  const drivers = model.get('drivers', true);
  if (!isSeq(drivers)) return [];
  const problems: ValueProblem[] = [];
  drivers.items.forEach((driver, d) => {
    if (!isMap(driver)) return;
    const inputs = driver.get('inputs', true);
    if (!isSeq(inputs)) return;
    let product = 1;
    for (const input of inputs.items) {
      const value = isMap(input) ? input.get('default') : undefined;
      if (typeof value === 'number') product *= value;
    }
    if (!Number.isFinite(product) || Math.abs(product) > maxNumber) {
      problems.push({
        path: ['valueModel', 'drivers', d, 'inputs'],
        position: at((inputs as Node).range?.[0] ?? 0),
        message: `\`valueModel.drivers[${d}].inputs\` multiply to a yearly benefit too large to count with (more than ${maxNumber.toLocaleString('en')}). Check the defaults for a number with too many digits.`,
      });
    }
  });
  return problems;
}
