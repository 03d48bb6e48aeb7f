/**
 * The state of one value-calculator field as the salesperson types: whose figure it is (the
 * customer's or marketing's typical one), how an ambiguous entry was read, or what is wrong
 * with it. Never substitutes the typical figure without saying so. Pure; the page renders the
 * initial state and the client script the live one.
 */
import { fillTemplate } from './fill-template.ts';
import { formatFieldNumber, formatNumber } from './format.ts';
import { parseNumberInput } from './number-input.ts';
import { choosePlural } from './plural.ts';

/** The words of the field notes (already translated). */
export interface FieldTexts {
  typical: string;
  customer: string;
  /** "Customer's figure, read as {value}" */
  readAs: string;
  /** "Empty: counts with the typical figure, {value}" */
  empty: string;
  invalid: string;
  negative: string;
  /** Summary lines: all typical / "1 of {count}" / "{customer} of {count}" / all customer's. */
  basisTypical: string;
  basisOne: string;
  basisMany: string;
  basisCustomer: string;
}

export interface FieldState {
  source: 'typical' | 'customer' | 'error';
  /** The number the field counts with (absent for an error). */
  value?: number;
  note: string;
}

/** The text a field starts with: the typical figure as the page's language writes it ("11,8"). */
export function initialFieldText(typical: number, lang: string): string {
  return formatFieldNumber(typical, lang);
}

/**
 * Reads a field. `initial` is the text the field started with (the typical figure, from
 * `initialFieldText`): a field still holding it, or empty, counts with the typical figure
 * itself; anything else the person typed is the customer's. Numbers in the notes are written
 * in `lang`.
 */
export function readField(raw: string, initial: string, typical: number, texts: FieldTexts, lang: string): FieldState {
  if (raw.trim() === initial.trim()) return { source: 'typical', value: typical, note: texts.typical };
  const parsed = parseNumberInput(raw);
  if (parsed.kind === 'empty') {
    return { source: 'typical', value: typical, note: fillTemplate(texts.empty, { value: formatFieldNumber(typical, lang) }) };
  }
  if (parsed.kind === 'error') {
    return { source: 'error', note: parsed.reason === 'negative' ? texts.negative : texts.invalid };
  }
  const note = parsed.ambiguous ? fillTemplate(texts.readAs, { value: formatNumber(parsed.value, lang) }) : texts.customer;
  return { source: 'customer', value: parsed.value, note };
}

/** One line saying how many of the figures are the customer's. */
export function basisText(states: readonly FieldState[], texts: FieldTexts, lang: string): string {
  const count = states.length;
  const customer = states.filter((state) => state.source === 'customer').length;
  if (customer === 0) return texts.basisTypical;
  if (customer === count) return fillTemplate(texts.basisCustomer, { count });
  return fillTemplate(choosePlural(customer, { one: texts.basisOne, other: texts.basisMany }, lang), { customer, count });
}
