/**
 * The CSV files of /insights/ (issue 17): one per table of the page, each with a row for every
 * concept the page leaves out as well, so the page can stay bounded and nothing is out of reach.
 * Headers and words (verdicts, labels) are in the page's language; numbers are plain (percent
 * to one decimal, money in the concept's currency without a symbol), dates ISO. Pure.
 */
import type { Insights } from './insights.ts';
import type { PlaybookHealth } from './playbook-health.ts';
import { healthCriteria } from './content-health.ts';
import type { CsvValue } from './csv-write.ts';
import { isoDate } from './format.ts';
import { funnelStages, funnelSteps, type FunnelStage } from './funnel.ts';
import { healthFixText } from './health-text.ts';
import { t, tf, type UiKey } from './i18n.ts';
import { conceptCurrency } from './kpi-format.ts';
import type { KpiVerdict } from './kpi.ts';
import { kpiLabel, periodLabel, statusLabel } from './labels.ts';
import { insightsTables } from './site-paths.ts';

/** The tables (defined with the page paths, which links-exist checks). */
export { insightsTables };
export type InsightsTable = (typeof insightsTables)[number];

export interface CsvTable {
  header: string[];
  rows: CsvValue[][];
}

export interface InsightsCsvInput {
  data: Insights & { health: PlaybookHealth };
  lang: string;
  /** Concept titles by id, in the page's language. */
  titles: ReadonlyMap<string, string>;
  /** The address of a concept's page. */
  page: (id: string) => string;
}

const percent = (fraction: number | undefined) => (fraction === undefined ? undefined : Math.round(fraction * 1000) / 10);

export function insightsCsv(table: InsightsTable, { data, lang, titles, page }: InsightsCsvInput): CsvTable {
  const w = (key: UiKey) => t(key, lang);
  const stage = (s: FunnelStage) => w(`insights.stage.${s}` as UiKey);
  const stepName = (i: number) => `${stage(funnelSteps[i]!.from)} → ${stage(funnelSteps[i]!.to)}`;
  const verdict = (v: KpiVerdict) => w(`insights.verdict.${v}` as UiKey);
  const passText = (pass: boolean) => w(pass ? 'insights.pass' : 'insights.fail');
  const title = (id: string) => titles.get(id) ?? id;
  const who = [w('insights.csv.id'), w('insights.health.concept'), w('insights.csv.page')];
  const whoOf = (id: string): CsvValue[] => [id, title(id), page(id)];

  switch (table) {
    case 'concepts':
      return {
        header: [
          ...who,
          w('insights.csv.status'),
          w('insights.csv.quarters'),
          ...funnelStages.map(stage),
          ...funnelSteps.map((_, i) => tf('insights.csv.conversion', { step: stepName(i) }, lang)),
          w('insights.bottleneck'),
          w('insights.csv.relative'),
          w('insights.csv.kpisMet'),
          w('insights.csv.kpisMissed'),
          w('insights.csv.kpisNoData'),
        ],
        rows: data.concepts.map((c) => {
          const count = (v: KpiVerdict) => c.kpis.filter((kpi) => kpi.verdict === v).length;
          return [
            ...whoOf(c.concept.id),
            statusLabel(c.concept.data.status, lang),
            c.window.join(' '),
            ...funnelStages.map((s) => (c.rows.length === 0 ? undefined : c.figures[s])),
            ...c.funnel.steps.map((step) => percent(step.conversion)),
            c.bottleneck ? stepName(c.bottleneck.step) : undefined,
            percent(c.bottleneck?.relative),
            count('met'),
            count('missed'),
            count('no-data'),
          ];
        }),
      };
    case 'kpis':
      return {
        header: [...who, w('insights.kpi.metric'), w('insights.csv.period'), w('insights.kpi.target'), w('insights.kpi.baseline'), w('insights.kpi.actual'), w('insights.csv.window'), w('insights.csv.currency'), w('insights.csv.verdict')],
        rows: data.concepts.flatMap((c) =>
          c.kpis.map(({ kpi, actual, window, verdict: v }) => [
            ...whoOf(c.concept.id),
            kpiLabel(kpi.metric, lang),
            periodLabel(kpi.period, lang),
            kpi.target,
            kpi.baseline,
            actual,
            window && kpi.period === 'year' ? tf('insights.kpi.yearToDate', { year: window }, lang) : window,
            kpi.metric === 'deal-size' ? conceptCurrency(c.concept.data) : undefined,
            verdict(v),
          ]),
        ),
      };
    case 'quarters':
      return {
        header: [...who, w('insights.quarter'), ...funnelStages.map(stage)],
        rows: data.concepts.flatMap((c) => c.rows.map((row) => [...whoOf(c.concept.id), row.quarter, ...funnelStages.map((s) => row[s])])),
      };
    case 'pilots':
      return {
        header: [
          ...who,
          w('insights.pilot.scope'),
          w('insights.csv.start'),
          w('insights.csv.end'),
          w('insights.csv.state'),
          w('insights.csv.measured'),
          w('insights.kpi.metric'),
          w('insights.csv.period'),
          w('insights.kpi.target'),
          w('insights.pilot.inPilot'),
          w('insights.csv.verdict'),
          w('insights.pilot.results'),
          w('insights.pilot.decision'),
        ],
        rows: data.concepts.flatMap((c) => {
          const p = c.pilot;
          if (!p) return [];
          const pilot = (kpi: CsvValue[]): CsvValue[] => [
            ...whoOf(c.concept.id),
            p.pilot.scope.join('; '),
            isoDate(p.pilot.start),
            p.pilot.end ? isoDate(p.pilot.end) : undefined,
            w(p.running ? 'insights.pilot.running' : 'insights.pilot.ended'),
            p.measured.join(' '),
            ...kpi,
            p.pilot.results?.trim(),
            p.pilot.decision?.trim(),
          ];
          if (p.kpis.length === 0) return [pilot([undefined, undefined, undefined, undefined, undefined])];
          return p.kpis.map(({ kpi, actual, verdict: v }) => pilot([kpiLabel(kpi.metric, lang), periodLabel(kpi.period, lang), kpi.target, actual, verdict(v)]));
        }),
      };
    case 'health':
      return {
        header: [...who, ...healthCriteria.map((criterion) => w(`insights.criterion.${criterion}` as UiKey)), w('insights.csv.passed'), w('insights.csv.all')],
        rows: data.health.health.map((h) => [
          ...whoOf(h.conceptId),
          ...h.checks.map((check) => passText(check.pass)),
          h.checks.filter((check) => check.pass).length,
          passText(h.pass),
        ]),
      };
    case 'todo':
      return {
        header: [w('insights.csv.order'), ...who, w('insights.csv.criterion'), w('insights.csv.fix')],
        rows: data.health.todos.map(({ conceptId, check }, i) => [
          i + 1,
          ...whoOf(conceptId),
          w(`insights.criterion.${check.criterion}` as UiKey),
          healthFixText(check, lang),
        ]),
      };
  }
}
