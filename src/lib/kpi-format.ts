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

/**
 * A KPI figure worked out from the metrics (an actual, a pilot's average per quarter), rounded as
 * targets are written: rates, ad ROI, days and deal size whole ("1,704", not "1,704.3"); leads,
 * which a pilot averages over its quarters, to one decimal ("27.5").
 */
export function formatKpiFigure(metric: Concept['kpis'][number]['metric'], value: number, currency: string, lang: string): string {
  const counted = metric === 'leads' || metric === 'qualified-leads';
  return formatKpiValue(metric, counted ? Math.round(value * 10) / 10 : Math.round(value), currency, lang);
}
