/**
 * Every KPI formula of the playbook, in one place: how the figures of a metrics row (or of
 * several quarters together) become the metrics a concept's `kpis[]` name, and how an actual
 * is compared with its target. Pure.
 *
 * - win rate = won ÷ proposals
 * - ad ROI = (revenue − ad spend) ÷ ad spend
 * - deal size = revenue ÷ won
 * - cycle days = the average of `avgCycleDays`, weighted by the deals won
 *
 * Rates are returned in percent (35 means 35 %), like KPI targets are written.
 *
 * Several quarters together (a yearly target, a pilot): counts and amounts are SUMMED, and
 * rates, deal size and cycle days are computed from the summed figures (never an average of
 * quarterly percentages). A yearly target is compared with the sum of the year's quarters so
 * far (leads, qualified leads) or with the rate over them (win rate, ad ROI, deal size, cycle
 * days). A quarterly target over several quarters (a pilot) is compared with the average per
 * quarter for counts, and with the rate over the summed figures for the others.
 */
import type { Concept } from '../schemas/concepts.ts';
import { quarterPattern, type MetricRow } from '../schemas/metrics.ts';

export type KpiMetric = Concept['kpis'][number]['metric'];
export type Kpi = Concept['kpis'][number];

/** The figures of one or more quarters of one concept, summed. */
export interface Figures {
  leads: number;
  qualifiedLeads: number;
  proposals: number;
  won: number;
  adSpend: number;
  revenue: number;
  /** Sum of avgCycleDays × won over the rows that give it, and the deals it covers. */
  cycleDaysWeighted: number;
  cycleDeals: number;
  /** How many quarters were summed. */
  quarters: number;
}

/** A ratio, or `undefined` when the denominator is zero (nothing to divide by: no figure, not 0 %). */
export function ratio(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : part / whole;
}

const percent = (value: number | undefined) => (value === undefined ? undefined : value * 100);

/** Win rate in percent: won ÷ proposals. */
export const winRate = (f: Pick<Figures, 'won' | 'proposals'>) => percent(ratio(f.won, f.proposals));
/** Ad ROI in percent: (revenue − ad spend) ÷ ad spend. */
export const adRoi = (f: Pick<Figures, 'revenue' | 'adSpend'>) => percent(ratio(f.revenue - f.adSpend, f.adSpend));
/** Deal size in money: revenue ÷ won. */
export const dealSize = (f: Pick<Figures, 'revenue' | 'won'>) => ratio(f.revenue, f.won);
/** Average sales cycle in days, weighted by deals won. */
export const cycleDays = (f: Pick<Figures, 'cycleDaysWeighted' | 'cycleDeals'>) => ratio(f.cycleDaysWeighted, f.cycleDeals);

/** The quarters' figures summed (see the module comment). */
export function sumFigures(rows: readonly MetricRow[]): Figures {
  const total: Figures = { leads: 0, qualifiedLeads: 0, proposals: 0, won: 0, adSpend: 0, revenue: 0, cycleDaysWeighted: 0, cycleDeals: 0, quarters: rows.length };
  for (const row of rows) {
    total.leads += row.leads;
    total.qualifiedLeads += row.qualifiedLeads;
    total.proposals += row.proposals;
    total.won += row.won;
    total.adSpend += row.adSpend;
    total.revenue += row.revenue;
    if (row.avgCycleDays !== undefined && row.won > 0) {
      total.cycleDaysWeighted += row.avgCycleDays * row.won;
      total.cycleDeals += row.won;
    }
  }
  return total;
}

/** How counts over several quarters compare with a target: their sum, or their average per quarter. */
export type CountMode = 'sum' | 'per-quarter';

/** The value of one KPI metric over summed figures, or undefined when it cannot be computed. */
export function kpiValue(metric: KpiMetric, figures: Figures, counts: CountMode = 'sum'): number | undefined {
  const count = (n: number) => (counts === 'sum' ? n : figures.quarters === 0 ? undefined : n / figures.quarters);
  switch (metric) {
    case 'leads':
      return figures.quarters === 0 ? undefined : count(figures.leads);
    case 'qualified-leads':
      return figures.quarters === 0 ? undefined : count(figures.qualifiedLeads);
    case 'win-rate':
      return winRate(figures);
    case 'ad-roi':
      return adRoi(figures);
    case 'deal-size':
      return dealSize(figures);
    case 'cycle-days':
      return cycleDays(figures);
  }
}

/** Metrics where a lower figure is better (a shorter sales cycle). */
export function lowerIsBetter(metric: KpiMetric): boolean {
  return metric === 'cycle-days';
}

export type KpiVerdict = 'met' | 'missed' | 'no-data';

/** Whether an actual meets its target (at or above it; at or below it for cycle days). */
export function verdict(metric: KpiMetric, actual: number | undefined, target: number): KpiVerdict {
  if (actual === undefined) return 'no-data';
  return (lowerIsBetter(metric) ? actual <= target : actual >= target) ? 'met' : 'missed';
}

/** A quarter ("2026-Q3") as a sortable number: year × 4 + quarter − 1. */
export function quarterIndex(quarter: string): number {
  const match = quarterPattern.exec(quarter);
  if (!match) return Number.NaN;
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

/** The quarter a calendar date falls in ("2026-Q3"). */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** Rows ordered by quarter, oldest first. */
export function byQuarter<R extends { quarter: string }>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => quarterIndex(a.quarter) - quarterIndex(b.quarter));
}

export interface KpiComparison {
  kpi: Kpi;
  /** The quarter (period quarter) or year (period year) the actual covers. */
  window: string;
  actual: number | undefined;
  verdict: KpiVerdict;
  /** The value per quarter, oldest first, for the trend. */
  trend: { quarter: string; value: number | undefined }[];
}

/**
 * A concept's KPIs against its latest actuals: a quarterly target against the latest quarter,
 * a yearly target against the quarters of the latest quarter's year (counts summed).
 */
export function compareKpis(kpis: readonly Kpi[], rows: readonly MetricRow[]): KpiComparison[] {
  const ordered = byQuarter(rows);
  const latest = ordered.at(-1);
  return kpis.map((kpi) => {
    const trend = ordered.map((row) => ({ quarter: row.quarter, value: kpiValue(kpi.metric, sumFigures([row])) }));
    if (!latest) return { kpi, window: '', actual: undefined, verdict: 'no-data', trend };
    const year = latest.quarter.slice(0, 4);
    const windowRows = kpi.period === 'year' ? ordered.filter((row) => row.quarter.startsWith(`${year}-`)) : [latest];
    const actual = kpiValue(kpi.metric, sumFigures(windowRows), 'sum');
    return { kpi, window: kpi.period === 'year' ? year : latest.quarter, actual, verdict: verdict(kpi.metric, actual, kpi.target), trend };
  });
}

/**
 * The quarters a date range touches: a pilot from 2026-03-02 to 2026-06-30 covers 2026-Q1 and
 * 2026-Q2. Without an end, up to `today`.
 */
export function quartersBetween(start: Date, end: Date): string[] {
  const from = quarterIndex(quarterOf(start));
  const to = quarterIndex(quarterOf(end));
  const quarters: string[] = [];
  for (let i = from; i <= to; i++) quarters.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return quarters;
}
