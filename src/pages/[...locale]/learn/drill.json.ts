/** The drill's manifest of one language: every card's key, category, personas and answer hash. */
import type { APIRoute } from 'astro';
import { drillManifest } from '../../../lib/drill-data.ts';
import { getLearnData } from '../../../lib/learn-data.ts';
import { localePaths } from '../../../lib/locale.ts';

export const getStaticPaths = () => localePaths(() => [{ params: {} }]);

export const GET: APIRoute = async ({ locals }) => {
  const { index, cards } = await getLearnData(locals.lang);
  const manifest = drillManifest(cards, (id) => index.entryLang('concepts', id), (id) => index.personaById.get(id)?.data.name);
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};
