/** The KPI formulas, how several quarters compare with a target, the funnel and its bottleneck. */
import { describe, expect, it } from 'vitest';
import { bottleneck, funnelOf, median, medianConversions } from '../../src/lib/funnel.ts';
import {
  adRoi,
  compareKpis,
  cycleDays,
  dealSize,
  kpiValue,
  quarterOf,
  quartersBetween,
  sumFigures,
  verdict,
  winRate,
} from '../../src/lib/kpi.ts';
import type { MetricRow } from '../../src/schemas/metrics.ts';

const row = (quarter: string, leads: number, qualifiedLeads: number, proposals: number, won: number, adSpend = 1000, revenue = 0, avgCycleDays?: number): MetricRow => ({
  concept: { id: 'c', collection: 'concepts' },
  quarter,
  leads,
  qualifiedLeads,
  proposals,
  won,
  adSpend,
  revenue,
  ...(avgCycleDays === undefined ? {} : { avgCycleDays }),
});

describe('KPI formulas', () => {
  const f = sumFigures([row('2026-Q1', 50, 20, 10, 4, 10_000, 250_000, 90)]);
  it('win rate = won ÷ proposals', () => expect(winRate(f)).toBe(40));
  it('ad ROI = (revenue − ad spend) ÷ ad spend', () => expect(adRoi(f)).toBe(2400));
  it('deal size = revenue ÷ won', () => expect(dealSize(f)).toBe(62_500));
  it('cycle days = average weighted by deals won', () => {
    const two = sumFigures([row('2026-Q1', 1, 1, 1, 1, 0, 0, 100), row('2026-Q2', 3, 3, 3, 3, 0, 0, 60)]);
    expect(cycleDays(two)).toBe(70);
  });
  it('gives no figure (not 0 %) when there is nothing to divide by', () => {
    const none = sumFigures([row('2026-Q1', 0, 0, 0, 0, 0, 0)]);
    expect([winRate(none), adRoi(none), dealSize(none), cycleDays(none)]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('several quarters against a target', () => {
  const year = [row('2026-Q1', 10, 4, 4, 1, 1000, 20_000), row('2026-Q2', 30, 12, 6, 4, 1000, 80_000)];
  it('sums counts for a yearly target and rates over the summed figures', () => {
    const f = sumFigures(year);
    expect(kpiValue('leads', f)).toBe(40);
    expect(kpiValue('win-rate', f)).toBe(50); // 5 of 10, not the average of 25 % and 66.7 %
    expect(kpiValue('deal-size', f)).toBe(20_000);
  });
  it('averages counts per quarter for a quarterly target over a pilot', () => {
    expect(kpiValue('leads', sumFigures(year), 'per-quarter')).toBe(20);
  });
  it('compares a quarterly target with the latest quarter, a yearly one with the year so far', () => {
    const rows = [row('2025-Q4', 99, 1, 1, 1), ...year];
    const [quarterly, yearly] = compareKpis(
      [
        { metric: 'leads', target: 25, period: 'quarter' },
        { metric: 'leads', target: 100, period: 'year' },
      ],
      rows,
    );
    expect(quarterly).toMatchObject({ window: '2026-Q2', actual: 30, verdict: 'met' });
    expect(yearly).toMatchObject({ window: '2026', actual: 40, verdict: 'missed' });
    expect(quarterly?.trend.map((p) => p.quarter)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
  });
  it('a shorter cycle meets a cycle-days target; no figures is no verdict', () => {
    expect(verdict('cycle-days', 80, 90)).toBe('met');
    expect(verdict('win-rate', 30, 35)).toBe('missed');
    expect(verdict('leads', undefined, 10)).toBe('no-data');
    expect(compareKpis([{ metric: 'leads', target: 1, period: 'quarter' }], [])[0]?.verdict).toBe('no-data');
  });
  it('knows the quarters of a date range', () => {
    expect(quarterOf(new Date('2026-03-31T00:00:00Z'))).toBe('2026-Q1');
    expect(quartersBetween(new Date('2025-11-02T00:00:00Z'), new Date('2026-04-01T00:00:00Z'))).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
  });
});

describe('funnel', () => {
  it('gives conversion and loss per step', () => {
    const funnel = funnelOf({ leads: 100, qualifiedLeads: 40, proposals: 10, won: 5 });
    expect(funnel.steps.map((s) => [s.from, s.to, s.conversion, s.lost])).toEqual([
      ['leads', 'qualifiedLeads', 0.4, 60],
      ['qualifiedLeads', 'proposals', 0.25, 30],
      ['proposals', 'won', 0.5, 5],
    ]);
  });
  it('zero leads: no conversion (not 0 %), nothing lost, and no bottleneck', () => {
    const funnel = funnelOf({ leads: 0, qualifiedLeads: 0, proposals: 0, won: 0 });
    expect(funnel.steps.map((s) => s.conversion)).toEqual([undefined, undefined, undefined]);
    expect(funnel.steps.map((s) => s.lost)).toEqual([0, 0, 0]);
    expect(bottleneck(funnel, [0.5, 0.5, 0.5])).toBeUndefined();
  });
  it('a later stage larger than the one before loses nothing (deals cross quarters)', () => {
    expect(funnelOf({ leads: 10, qualifiedLeads: 12, proposals: 3, won: 1 }).steps[0]).toMatchObject({ conversion: 1.2, lost: 0 });
  });
  it('median of odd and even lists, and of nothing', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
  it('the playbook median per step skips funnels without a conversion there', () => {
    const funnels = [funnelOf({ leads: 10, qualifiedLeads: 5, proposals: 1, won: 1 }), funnelOf({ leads: 0, qualifiedLeads: 0, proposals: 0, won: 0 }), funnelOf({ leads: 10, qualifiedLeads: 3, proposals: 3, won: 0 })];
    expect(medianConversions(funnels)).toEqual([0.4, 0.6, 0.5]);
  });
  it('the bottleneck is the step weakest against the median, not the lowest conversion', () => {
    // Proposals → won converts least (30 %), but the playbook wins 25 % there; qualified → proposals
    // converts 40 % against a median of 80 %: that is where this funnel leaks.
    const funnel = funnelOf({ leads: 100, qualifiedLeads: 50, proposals: 20, won: 6 });
    expect(bottleneck(funnel, [0.5, 0.8, 0.25])).toEqual({ step: 1, conversion: 0.4, median: 0.8, relative: 0.5 });
  });
  it('skips a step with a median of 0 and takes the earliest step on a tie', () => {
    const funnel = funnelOf({ leads: 10, qualifiedLeads: 5, proposals: 1, won: 0 });
    expect(bottleneck(funnel, [1, 0.4, 0])?.step).toBe(0);
  });
});
