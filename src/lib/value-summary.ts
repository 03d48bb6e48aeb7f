/**
 * What a value calculator announces to a screen reader: one sentence with the yearly benefit and
 * each offer's payback, instead of every figure on its own. Pure; the calculators' scripts set it
 * into one polite live region once typing pauses (announce-later.ts).
 */
export interface SummaryInput {
  /** "Yearly benefit, all drivers". */
  totalLabel: string;
  total: string;
  /** Each offer's name and payback text, in the order shown. */
  paybacks: { name: string; payback: string }[];
  /** Set when a field is wrong: what to do instead of the figures ("Fix the marked figure…"). */
  invalid?: string | undefined;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

export function valueSummary({ totalLabel, total, paybacks, invalid }: SummaryInput): string {
  if (invalid) return invalid;
  return [sentence(`${totalLabel}: ${total}`), ...paybacks.filter((p) => p.payback).map((p) => sentence(`${p.name}: ${p.payback}`))].join(' ');
}
