/**
 * The CSV files of /insights/, one per table and language (`/insights/health.csv`, …): every
 * row, also of the concepts the bounded page leaves out (src/lib/insights-selection.ts).
 */
import type { APIRoute } from 'astro';
import { csvFormat, csvText } from '../../../lib/csv-write.ts';
import { insightsCsv, insightsTables, type InsightsTable } from '../../../lib/insights-csv.ts';
import { getInsights } from '../../../lib/insights-data.ts';
import { localePaths } from '../../../lib/locale.ts';
import { playbookConfig } from '../../../lib/playbook-config.ts';
import { getSiteIndex } from '../../../lib/site-data.ts';
import { urlsFor } from '../../../lib/urls.ts';
import { absoluteUrl } from '../../../lib/whats-new.ts';

export const getStaticPaths = () => localePaths(() => insightsTables.map((table) => ({ params: { table } })));

export const GET: APIRoute = async ({ params, locals }) => {
  const { lang } = locals;
  const [index, data] = await Promise.all([getSiteIndex(lang), getInsights(lang)]);
  const urls = urlsFor(lang);
  const siteUrl = playbookConfig.siteUrl;
  const { header, rows } = insightsCsv(params.table as InsightsTable, {
    data,
    lang,
    titles: new Map(index.concepts.map((concept) => [concept.id, concept.data.title])),
    page: (id) => (siteUrl ? absoluteUrl(urls.concept(id), siteUrl) : urls.concept(id)),
  });
  return new Response(csvText(header, rows, csvFormat(lang)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
