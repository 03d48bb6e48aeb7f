/**
 * What /insights/ shows per concept, from its KPIs and the metrics rows: the funnel over the
 * last four quarters with its bottleneck against the playbook's median, the KPIs against the
 * latest actuals with their trend, and the pilot against the targets. Pure.
 */
import type { Concept } from '../schemas/concepts.ts';
import type { MetricRow } from '../schemas/metrics.ts';
import type { Entry } from './entries.ts';
import { bottleneck, funnelOf, medianConversions, type Bottleneck, type Funnel } from './funnel.ts';
import { byQuarter, compareKpis, kpiValue, quartersBetween, sumFigures, verdict, type Figures, type Kpi, type KpiComparison, type KpiVerdict } from './kpi.ts';

/** How many of a concept's latest quarters its funnel covers (deals cross quarters). */
export const funnelQuarters = 4;

export interface PilotComparison {
  pilot: NonNullable<Concept['pilot']>;
  /** The quarters the pilot touches, and those of them that have figures. */
  quarters: string[];
  measured: string[];
  running: boolean;
  hasResults: boolean;
  /** Each KPI over the pilot's quarters: counts per quarter on average for quarterly targets, summed for yearly ones. */
  kpis: { kpi: Kpi; actual: number | undefined; verdict: KpiVerdict }[];
}

export interface ConceptInsight {
  concept: Entry<Concept>;
  /** Every metrics row of the concept, oldest first. */
  rows: MetricRow[];
  /** The quarters the funnel covers. */
  window: string[];
  figures: Figures;
  funnel: Funnel;
  bottleneck: Bottleneck | undefined;
  kpis: KpiComparison[];
  pilot: PilotComparison | undefined;
}

export interface Insights {
  concepts: ConceptInsight[];
  /** The playbook's median conversion per funnel step. */
  medians: (number | undefined)[];
}

export function comparePilot(concept: Entry<Concept>, rows: readonly MetricRow[], today: Date): PilotComparison | undefined {
  const pilot = concept.data.pilot;
  if (!pilot) return undefined;
  const end = pilot.end ?? today;
  const quarters = end < pilot.start ? [] : quartersBetween(pilot.start, end);
  const inPilot = rows.filter((row) => quarters.includes(row.quarter));
  const figures = sumFigures(inPilot);
  return {
    pilot,
    quarters,
    measured: inPilot.map((row) => row.quarter),
    running: pilot.end === undefined || pilot.end > today,
    hasResults: !!pilot.results?.trim(),
    kpis: concept.data.kpis.map((kpi) => {
      const actual = inPilot.length === 0 ? undefined : kpiValue(kpi.metric, figures, kpi.period === 'quarter' ? 'per-quarter' : 'sum');
      return { kpi, actual, verdict: verdict(kpi.metric, actual, kpi.target) };
    }),
  };
}

/** The insights of the given concepts (in display order) from all metrics rows. */
export function buildInsights(concepts: readonly Entry<Concept>[], rows: readonly MetricRow[], today: Date): Insights {
  const rowsOf = new Map<string, MetricRow[]>();
  for (const row of rows) rowsOf.set(row.concept.id, [...(rowsOf.get(row.concept.id) ?? []), row]);
  const partial = concepts
    .filter((concept) => concept.data.kpis.length > 0 || rowsOf.has(concept.id))
    .map((concept) => {
      const own = byQuarter(rowsOf.get(concept.id) ?? []);
      const windowRows = own.slice(-funnelQuarters);
      const figures = sumFigures(windowRows);
      return { concept, rows: own, window: windowRows.map((r) => r.quarter), figures, funnel: funnelOf(figures) };
    });
  const medians = medianConversions(partial.filter((p) => p.rows.length > 0).map((p) => p.funnel));
  return {
    medians,
    concepts: partial.map((p) => ({
      ...p,
      bottleneck: bottleneck(p.funnel, medians),
      kpis: compareKpis(p.concept.data.kpis, p.rows),
      pilot: comparePilot(p.concept, p.rows, today),
    })),
  };
}
