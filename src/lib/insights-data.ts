/**
 * The data of /insights/, built once per build and language like the site index: the metrics
 * rows of every file, the concepts' insights and the content health of the live concepts.
 */
import { getCollection } from 'astro:content';
import type { MetricRow } from '../schemas/metrics.ts';
import { buildDate } from './build-info.ts';
import type { Lang } from './i18n.ts';
import { buildInsights, type Insights } from './insights.ts';
import { defaultLocale } from './locale.ts';
import { playbookConfig } from './playbook-config.ts';
import { healthNotes, playbookHealth, type PlaybookHealth } from './playbook-health.ts';
import { getSiteIndex } from './site-data.ts';

export interface InsightsData extends Insights {
  health: PlaybookHealth;
  today: Date;
}

const pending = new Map<Lang, Promise<InsightsData>>();

async function load(lang: Lang): Promise<InsightsData> {
  const [index, originals, files, notes] = await Promise.all([
    getSiteIndex(lang),
    getSiteIndex(defaultLocale),
    getCollection('metrics'),
    getCollection('field-notes'),
  ]);
  const rows: MetricRow[] = files.flatMap((file) => file.data.rows);
  // Concepts a manager can still act on: retired ones keep their figures in content/metrics/ but leave the page.
  const insights = buildInsights(index.concepts.filter((concept) => concept.data.status !== 'retired'), rows, buildDate);
  // Health reads each concept as written (the default language), so both languages agree.
  // Field notes in every language count for the concept they are about.
  const health = playbookHealth({
    concepts: originals.concepts,
    competitors: [...originals.competitorById.values()],
    notes: healthNotes(notes),
    today: buildDate,
    goal: playbookConfig.trustScoreGoal,
    settings: { staleCompetitorDays: playbookConfig.staleCompetitorDays, vagueWords: playbookConfig.vagueWords },
    langOf: () => defaultLocale,
  });
  return { ...insights, health, today: buildDate };
}

export function getInsights(lang: Lang): Promise<InsightsData> {
  let data = pending.get(lang);
  if (!data) pending.set(lang, (data = load(lang)));
  return data;
}
