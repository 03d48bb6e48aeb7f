/**
 * How a KPI figure reads: deal size is money (in the concept's currency), the others are
 * counts, percentages or days as plain numbers.
 */
import type { Concept } from '../schemas/concepts.ts';
import { formatNumber } from './format.ts';
import { formatMoney, toMinor } from './money.ts';

/** The currency a concept is sold in: its value model's, else its first offer's, else EUR. */
export function conceptCurrency(concept: Pick<Concept, 'valueModel' | 'bundles'>): string {
  return concept.valueModel?.currency ?? concept.bundles[0]?.price[0]?.currency ?? 'EUR';
}

/** A KPI target or baseline as display text: "€24,000" for deal size, "120" for leads. */
export function formatKpiValue(metric: Concept['kpis'][number]['metric'], value: number, currency: string, lang: string): string {
  return metric === 'deal-size' ? formatMoney(toMinor(value, currency), currency, lang) : formatNumber(value, lang);
}
