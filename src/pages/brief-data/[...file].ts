import type { APIRoute, GetStaticPaths } from 'astro';
import { briefCompetitorFile, briefConceptFile, briefDataPaths, briefShards, handoutFile, isBriefConcept } from '../../lib/brief-data.ts';
import { buildDate } from '../../lib/build-info.ts';
import { locales } from '../../lib/locale.ts';
import { getSiteIndex } from '../../lib/site-data.ts';
import { urlsFor } from '../../lib/urls.ts';

/**
 * The visit brief's data files (src/lib/brief-data.ts), per language: one shard per industry,
 * one file per concept and per competitor, and the customer hand-out's customer-safe files in
 * their own folder. Written once at build time; the brief page fetches only the few it needs.
 */
export const getStaticPaths = (async () => {
  const paths: { params: { file: string }; props: { data: unknown } }[] = [];
  for (const lang of locales) {
    const index = await getSiteIndex(lang);
    const urls = urlsFor(lang);
    const products = (id: string) => index.productById.get(id)?.data;
    const add = (file: string, data: unknown) => paths.push({ params: { file }, props: { data } });
    for (const [industry, candidates] of briefShards(index.concepts)) add(briefDataPaths.industry(lang, industry), candidates);
    for (const concept of index.concepts.filter(isBriefConcept)) {
      const contentLang = index.entryLang('concepts', concept.id);
      add(briefDataPaths.concept(lang, concept.id), briefConceptFile(concept, products, urls, lang, contentLang, buildDate));
      add(briefDataPaths.handout(lang, concept.id), handoutFile(concept, products, contentLang));
    }
    for (const competitor of index.competitorById.values()) {
      add(briefDataPaths.competitor(lang, competitor.id), briefCompetitorFile(competitor, urls, index.entryLang('competitors', competitor.id)));
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { data: unknown }).data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
