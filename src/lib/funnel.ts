/**
 * The sales funnel of a concept — leads → qualified → proposals → won — with the conversion and
 * the loss at each step, and the bottleneck: the step that converts worst compared with the
 * playbook's median for that step. Pure.
 */
import type { Figures } from './kpi.ts';

export const funnelStages = ['leads', 'qualifiedLeads', 'proposals', 'won'] as const;
export type FunnelStage = (typeof funnelStages)[number];

/** The steps between stages: leads → qualified, qualified → proposals, proposals → won. */
export const funnelSteps = funnelStages.slice(1).map((to, i) => ({ from: funnelStages[i]!, to })) as readonly {
  from: FunnelStage;
  to: FunnelStage;
}[];

export interface FunnelStep {
  from: FunnelStage;
  to: FunnelStage;
  /** How many entered the step and how many came out of it. */
  entered: number;
  passed: number;
  /** passed ÷ entered, as a fraction; undefined when nothing entered (no leads: no conversion, not 0 %). */
  conversion: number | undefined;
  /** How many were lost at the step (never negative: deals cross quarters, so a later stage can be larger). */
  lost: number;
}

export interface Funnel {
  stages: { stage: FunnelStage; count: number }[];
  steps: FunnelStep[];
}

export function funnelOf(figures: Pick<Figures, FunnelStage>): Funnel {
  return {
    stages: funnelStages.map((stage) => ({ stage, count: figures[stage] })),
    steps: funnelSteps.map(({ from, to }) => {
      const entered = figures[from];
      const passed = figures[to];
      return { from, to, entered, passed, conversion: entered === 0 ? undefined : passed / entered, lost: Math.max(0, entered - passed) };
    }),
  };
}

/** The median of a list of numbers; undefined for an empty list. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The playbook's median conversion per step, over the funnels that have a conversion there. */
export function medianConversions(funnels: readonly Funnel[]): (number | undefined)[] {
  return funnelSteps.map((_, i) =>
    median(funnels.map((funnel) => funnel.steps[i]?.conversion).filter((c): c is number => c !== undefined)),
  );
}

export interface Bottleneck {
  /** Index of the step in `funnelSteps`. */
  step: number;
  conversion: number;
  median: number;
  /** conversion ÷ median: below 1 the step converts worse than the playbook's median. */
  relative: number;
}

/**
 * The bottleneck: the step whose conversion is lowest relative to the playbook's median for
 * that step (the earliest on a tie). Steps nothing entered, and steps whose median is 0, are
 * not compared; a funnel with no comparable step has no bottleneck.
 */
export function bottleneck(funnel: Funnel, medians: readonly (number | undefined)[]): Bottleneck | undefined {
  let worst: Bottleneck | undefined;
  funnel.steps.forEach((step, i) => {
    const med = medians[i];
    if (step.conversion === undefined || med === undefined || med === 0) return;
    const relative = step.conversion / med;
    if (!worst || relative < worst.relative) worst = { step: i, conversion: step.conversion, median: med, relative };
  });
  return worst;
}
