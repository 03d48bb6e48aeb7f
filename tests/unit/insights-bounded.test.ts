/**
 * Bounded /insights/ (issue 17): which concepts each table shows (those that most need attention
 * and the best, by the table's measure), that the selection stays the same size however many
 * concepts there are, and that the CSV files hold every row, readable back.
 */
import { describe, expect, it } from 'vitest';
import type { ConceptHealth, HealthCheck } from '../../src/lib/content-health.ts';
import { healthCriteria, healthTodos } from '../../src/lib/content-health.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { csvField, csvFormat, csvText } from '../../src/lib/csv-write.ts';
import type { Entry } from '../../src/lib/entries.ts';
import { insightsCsv, insightsTables } from '../../src/lib/insights-csv.ts';
import {
  attentionAndBest,
  groupSizes,
  healthMeasure,
  insightsView,
  kpiMeasure,
  pilotMeasure,
  todoLimit,
  type Measure,
} from '../../src/lib/insights-selection.ts';
import { buildInsights } from '../../src/lib/insights.ts';
import { random } from '../../tests/bench/generate.ts';
import type { Concept } from '../../src/schemas/concepts.ts';
import type { MetricRow } from '../../src/schemas/metrics.ts';

const today = new Date('2026-12-01T00:00:00Z');

/** N concepts with a win-rate KPI, a pilot, and three quarters of seeded figures. */
function playbook(n: number, seed = 3) {
  const rand = random(seed);
  const concepts = Array.from({ length: n }, (_, i) => ({
    id: `c-${i}`,
    data: {
      title: `Concept ${i}`,
      status: 'live',
      kpis: [
        { metric: 'win-rate', target: 30, period: 'quarter' },
        { metric: 'leads', target: 40, period: 'quarter' },
      ],
      pilot: { scope: ['North'], start: new Date('2026-01-05T00:00:00Z'), end: new Date('2026-06-30T00:00:00Z'), results: 'Fine', decision: 'Live' },
      bundles: [],
    },
  })) as unknown as Entry<Concept>[];
  const rows: MetricRow[] = concepts.flatMap((concept) =>
    ['2026-Q1', '2026-Q2', '2026-Q3'].map((quarter) => {
      const leads = 10 + Math.floor(rand() * 60);
      const qualifiedLeads = Math.floor(leads * (0.2 + rand() * 0.6));
      const proposals = Math.floor(qualifiedLeads * (0.2 + rand() * 0.6));
      return { concept: { id: concept.id, collection: 'concepts' }, quarter, leads, qualifiedLeads, proposals, won: Math.floor(proposals * rand()), adSpend: 1000, revenue: 0 };
    }),
  );
  const insights = buildInsights(concepts, rows, today);
  const health: ConceptHealth[] = concepts.map((concept) => {
    const checks: HealthCheck[] = healthCriteria.map((criterion) => ({ criterion, pass: rand() < 0.6, detail: {} }));
    return { conceptId: concept.id, checks, pass: checks.every((c) => c.pass) };
  });
  const score = { score: 0, goal: 80, meetsGoal: false, passing: 0, total: n };
  return { ...insights, health: { health, score, todos: healthTodos(health) } };
}

const byValue = (values: number[]) => (i: number): Measure => [values[i]!];

describe('attentionAndBest', () => {
  it('shows every item in its order while there are at most twice the group size', () => {
    const items = [3, 1, 2, 0];
    expect(attentionAndBest(items, (i) => [i], 2)).toEqual({ bounded: false, rows: [3, 1, 2, 0], total: 4 });
  });

  it('shows the lowest measures first and the highest, best first, and counts the rest', () => {
    const values = Array.from({ length: 100 }, (_, i) => (i * 37) % 100); // 0..99 shuffled
    const items = values.map((_, i) => i);
    const result = attentionAndBest(items, byValue(values), 5);
    if (!result.bounded) throw new Error('expected a bounded selection');
    expect(result.attention.map((i) => values[i])).toEqual([0, 1, 2, 3, 4]);
    expect(result.best.map((i) => values[i])).toEqual([99, 98, 97, 96, 95]);
    expect(result).toMatchObject({ more: 90, unranked: 0, total: 100 });
  });

  it('keeps the items’ order on a tie and compares later elements when the first are equal', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const measures: Record<string, number[]> = { a: [1, 5], b: [0, 2], c: [1, 1], d: [0, 2], e: [2], f: [2], g: [1, 3] };
    const result = attentionAndBest(items, (item) => measures[item], 2);
    expect(result).toMatchObject({ bounded: true, attention: ['b', 'd'], best: ['e', 'f'], more: 3 });
  });

  it('only counts items without a measure, and splits few ranked ones in half', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    const result = attentionAndBest(items, (i) => (i < 5 ? [i] : undefined), 10);
    expect(result).toEqual({ bounded: true, attention: [0, 1, 2], best: [4, 3], more: 25, unranked: 25, total: 30 });
    expect(attentionAndBest(items, () => undefined, 10)).toMatchObject({ attention: [], best: [], more: 30, unranked: 30 });
  });
});

describe('the measures', () => {
  const data = playbook(3);
  it('health: the number of criteria passed', () => {
    const h = data.health.health[0]!;
    expect(healthMeasure(h)).toEqual([h.checks.filter((c) => c.pass).length]);
  });
  it('KPIs: the share on target, then the bottleneck against the median', () => {
    const insight = data.concepts[0]!;
    const met = insight.kpis.filter((k) => k.verdict === 'met').length;
    expect(kpiMeasure(insight)).toEqual([met / 2, insight.bottleneck?.relative ?? 1]);
    expect(kpiMeasure({ ...insight, kpis: insight.kpis.map((k) => ({ ...k, verdict: 'no-data' as const })) })).toBeUndefined();
  });
  it('pilots: the share of KPIs on target in the pilot’s quarters, then how close the figures come; none without figures', () => {
    const pilot = data.concepts[0]!.pilot!;
    const kpi = (metric: 'leads' | 'cycle-days', target: number, actual: number | undefined) => ({
      kpi: { metric, target, period: 'quarter' as const },
      actual,
      verdict: actual === undefined ? ('no-data' as const) : (metric === 'cycle-days' ? actual <= target : actual >= target) ? ('met' as const) : ('missed' as const),
    });
    // Leads 20 of 40 (0.5) and a 60-day cycle against 90 days (90 ÷ 60 = 1.5): one of two on target, on average at the target.
    expect(pilotMeasure({ ...pilot, kpis: [kpi('leads', 40, 20), kpi('cycle-days', 90, 60)] })).toEqual([0.5, 1]);
    // Further off target ranks lower on the same share; a KPI without figures does not count.
    expect(pilotMeasure({ ...pilot, kpis: [kpi('leads', 40, 0), kpi('leads', 40, undefined)] })).toEqual([0, 0]);
    expect(pilotMeasure({ ...pilot, kpis: [kpi('leads', 40, 30)] })).toEqual([0, 0.75]);
    expect(pilotMeasure({ ...pilot, kpis: [kpi('leads', 40, 400)] })).toEqual([1, 2]);
    expect(pilotMeasure({ ...pilot, kpis: [kpi('leads', 40, undefined)] })).toBeUndefined();
    expect(pilotMeasure({ ...pilot, kpis: [] })).toBeUndefined();
  });
});

describe('insightsView', () => {
  const shown = (rows: ReturnType<typeof insightsView>['concepts']) => (rows.bounded ? rows.attention.length + rows.best.length : rows.rows.length);

  it('shows a small playbook whole', () => {
    const view = insightsView(playbook(6));
    expect(view.health).toMatchObject({ bounded: false, total: 6 });
    expect(view.concepts).toMatchObject({ bounded: false, total: 6 });
    expect(view.pilots).toMatchObject({ bounded: false, total: 6 });
  });

  it('shows the same number of rows at 300 and at 1,000 concepts', () => {
    for (const n of [300, 1000]) {
      const data = playbook(n);
      const view = insightsView(data);
      expect(view.health).toMatchObject({ bounded: true, total: n, more: n - 2 * groupSizes.health });
      expect(shown(view.concepts)).toBe(2 * groupSizes.concepts);
      expect(shown(view.pilots)).toBe(2 * groupSizes.pilots);
      expect(view.todos.shown).toHaveLength(todoLimit);
      expect(view.todos.shown).toEqual(data.health.todos.slice(0, todoLimit));
    }
  });

  it('the concepts shown are those furthest off target and most on target', () => {
    const data = playbook(300);
    const view = insightsView(data);
    if (!view.concepts.bounded) throw new Error('expected a bounded selection');
    const share = (c: (typeof data.concepts)[number]) => kpiMeasure(c)![0]!;
    const shownIds = new Set([...view.concepts.attention, ...view.concepts.best].map((c) => c.concept.id));
    const rest = data.concepts.filter((c) => !shownIds.has(c.concept.id)).map(share);
    expect(Math.max(...view.concepts.attention.map(share))).toBeLessThanOrEqual(Math.min(...rest));
    expect(Math.min(...view.concepts.best.map(share))).toBeGreaterThanOrEqual(Math.max(...rest));
    // The health table: those that pass the fewest criteria, and the most.
    if (!view.health.bounded) throw new Error('expected a bounded selection');
    const passes = (h: ConceptHealth) => h.checks.filter((c) => c.pass).length;
    expect(view.health.attention.map(passes)).toEqual([...view.health.attention.map(passes)].sort((a, b) => a - b));
    expect(Math.max(...view.health.attention.map(passes))).toBeLessThanOrEqual(Math.min(...view.health.best.map(passes)));
  });
});

describe('the CSV files', () => {
  const data = playbook(300);
  const input = { data, lang: 'en', titles: new Map(data.concepts.map((c) => [c.concept.id, c.concept.data.title])), page: (id: string) => `/concepts/${id}/` };
  const ids = (table: (typeof insightsTables)[number], column = 0) => new Set(insightsCsv(table, input).rows.map((row) => row[column]));

  it('hold every concept, KPI, quarter, pilot, health row and fix', () => {
    const all = new Set(data.concepts.map((c) => c.concept.id));
    expect(ids('concepts')).toEqual(all);
    expect(insightsCsv('concepts', input).rows).toHaveLength(300);
    expect(insightsCsv('kpis', input).rows).toHaveLength(600);
    expect(insightsCsv('quarters', input).rows).toHaveLength(900);
    expect(insightsCsv('pilots', input).rows).toHaveLength(600); // a row per pilot KPI
    expect(ids('pilots')).toEqual(all);
    expect(ids('health')).toEqual(all);
    expect(insightsCsv('todo', input).rows.map((row) => row[1])).toEqual(data.health.todos.map((todo) => todo.conceptId));
  });

  it('have headers in the page’s language and a row as wide as the header', () => {
    for (const table of insightsTables) {
      const { header, rows } = insightsCsv(table, input);
      for (const row of rows) expect(row).toHaveLength(header.length);
    }
    expect(insightsCsv('health', input).header.slice(0, 4)).toEqual(['Concept id', 'Concept', 'Page', 'Reviewed on time']);
    expect(insightsCsv('health', { ...input, lang: 'nl' }).header.slice(0, 4)).toEqual(['Concept-id', 'Concept', 'Pagina', 'Op tijd herzien']);
    expect(insightsCsv('kpis', { ...input, lang: 'nl' }).rows[0]).toContain('Scoringspercentage (%)');
  });

  it('read back as written: quotes, separators, line breaks, numbers in the language’s format', () => {
    const en = csvFormat('en');
    const nl = csvFormat('nl');
    expect(en).toEqual({ separator: ',', decimal: '.' });
    expect(nl).toEqual({ separator: ';', decimal: ',' });
    const text = csvText(['Name', 'Share'], [['Fill, then "measure"\nagain', 44.25], ['=HYPERLINK()', undefined]], en);
    expect(text.startsWith('\uFEFFName,Share\r\n')).toBe(true);
    const parsed = parseCsv(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.records.map((r) => r.cells.map((c) => c.value))).toEqual([
      ['Name', 'Share'],
      ['Fill, then "measure"\nagain', '44.25'],
      ["'=HYPERLINK()", ''],
    ]);
    expect(csvField(44.256, nl)).toBe('44,26');
    expect(csvField('a;b', nl)).toBe('"a;b"');
    expect(csvField('a,b', nl)).toBe('a,b');
    expect(parseCsv(csvText(['A', 'B'], [[1.5, 'x;y']], nl)).records[1]!.cells.map((c) => c.value)).toEqual(['1,5', 'x;y']);
  });
});
