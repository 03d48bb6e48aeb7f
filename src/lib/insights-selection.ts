/**
 * Bounded insights (issue 17): a per-concept table or list of /insights/ shows at most a fixed
 * number of concepts that most need attention and as many that do best, by the measure the
 * table is about; a sentence counts the rest, and every row is in the table's CSV file
 * (src/pages/[...locale]/insights/[table].csv.ts), so one page view stays the same size however
 * many concepts the playbook holds. A playbook with at most twice the group size shows every
 * concept in its usual order. Pure.
 */
import { bounded } from './bounded.ts';
import type { ConceptHealth } from './content-health.ts';
import type { ConceptInsight, Insights, PilotComparison } from './insights.ts';
import { lowerIsBetter, type Kpi, type KpiVerdict } from './kpi.ts';
import type { PlaybookHealth } from './playbook-health.ts';

/**
 * Concepts in each of a table's two groups (those that most need attention, and the best). A
 * health row is small; a concept's card holds two charts and three tables (about 11 KB of HTML)
 * and a pilot's its scope, results and targets, so those show fewer.
 */
export const groupSizes = { health: 20, concepts: 10, pilots: 10 } as const;
/** Items of "What to fix first" on the page (they are in priority order already). */
export const todoLimit = 20;

/**
 * A measure compared element by element, the first element first; lower means "needs more
 * attention". `undefined`: nothing to rank the item by (no figures yet).
 */
export type Measure = readonly number[] | undefined;

export type BoundedRows<T> =
  | { bounded: false; rows: T[]; total: number }
  | {
      bounded: true;
      /** Lowest measure first. */
      attention: T[];
      /** Highest measure first. */
      best: T[];
      /** Items left out, and how many of those had no measure. */
      more: number;
      unranked: number;
      total: number;
    };

function compareMeasures(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * At most `size` items that most need attention and `size` that do best. Ties keep the items'
 * order; when fewer than twice `size` items can be ranked, the ranked ones are split in half
 * (the worse half needs attention). Items without a measure are only counted.
 */
export function attentionAndBest<T>(items: readonly T[], measure: (item: T) => Measure, size: number): BoundedRows<T> {
  if (items.length <= 2 * size) return { bounded: false, rows: [...items], total: items.length };
  const ranked = items
    .map((item, order) => ({ item, order, value: measure(item) }))
    .filter((entry): entry is { item: T; order: number; value: readonly number[] } => entry.value !== undefined)
    .sort((a, b) => compareMeasures(a.value, b.value) || a.order - b.order);
  const attention = ranked.slice(0, Math.min(size, Math.ceil(ranked.length / 2)));
  const best = ranked
    .slice(attention.length)
    .sort((a, b) => compareMeasures(b.value, a.value) || a.order - b.order)
    .slice(0, size);
  const shown = attention.length + best.length;
  return {
    bounded: true,
    attention: attention.map((entry) => entry.item),
    best: best.map((entry) => entry.item),
    more: items.length - shown,
    unranked: items.length - ranked.length,
    total: items.length,
  };
}

const share = (verdicts: readonly KpiVerdict[]): number | undefined => {
  const met = verdicts.filter((v) => v === 'met').length;
  const judged = verdicts.filter((v) => v !== 'no-data').length;
  return judged === 0 ? undefined : met / judged;
};

/** Health: how many criteria a live concept passes. */
export const healthMeasure = (health: ConceptHealth): Measure => [health.checks.filter((check) => check.pass).length];

/**
 * KPIs against actuals: the share of a concept's KPIs on target (of those with figures), then
 * its bottleneck's conversion against the playbook median (no bottleneck counts as the median).
 */
export function kpiMeasure(insight: ConceptInsight): Measure {
  const onTarget = share(insight.kpis.map((kpi) => kpi.verdict));
  return onTarget === undefined ? undefined : [onTarget, insight.bottleneck?.relative ?? 1];
}

/**
 * How close the actuals come to their targets on average: actual ÷ target (target ÷ actual where
 * lower is better), each capped at 2 so one runaway figure does not hide the others.
 */
function attainment(kpis: readonly { kpi: Kpi; actual: number | undefined }[]): number {
  const ratios = kpis.flatMap(({ kpi, actual }) => {
    if (actual === undefined) return [];
    const ratio = lowerIsBetter(kpi.metric) ? kpi.target / actual : actual / kpi.target;
    return [Number.isNaN(ratio) ? 1 : Math.min(2, ratio)];
  });
  return ratios.length === 0 ? 1 : ratios.reduce((sum, r) => sum + r, 0) / ratios.length;
}

/** Pilots: the share of a pilot's KPIs on target in the pilot's quarters, then how close the actuals come to the targets. */
export function pilotMeasure(pilot: PilotComparison): Measure {
  const onTarget = share(pilot.kpis.map((kpi) => kpi.verdict));
  return onTarget === undefined ? undefined : [onTarget, attainment(pilot.kpis)];
}

export type PilotedInsight = ConceptInsight & { pilot: PilotComparison };

/** What each bounded part of /insights/ shows. */
export function insightsView(data: Insights & { health: PlaybookHealth }) {
  return {
    health: attentionAndBest(data.health.health, healthMeasure, groupSizes.health),
    todos: bounded(data.health.todos, todoLimit),
    concepts: attentionAndBest(data.concepts, kpiMeasure, groupSizes.concepts),
    pilots: attentionAndBest(
      data.concepts.filter((c): c is PilotedInsight => c.pilot !== undefined),
      (c) => pilotMeasure(c.pilot),
      groupSizes.pilots,
    ),
  };
}
