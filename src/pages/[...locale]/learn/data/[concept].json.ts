/** One concept's learning file: the texts of its drill cards and its pitch, for drill and pitch practice. */
import type { APIRoute } from 'astro';
import { conceptLearnFile } from '../../../../lib/drill-data.ts';
import { getLearnData } from '../../../../lib/learn-data.ts';
import { localePaths } from '../../../../lib/locale.ts';
import { isActiveConcept } from '../../../../lib/site-index.ts';

export const getStaticPaths = () =>
  localePaths(async (lang) => {
    const { index } = await getLearnData(lang);
    return index.concepts.filter(isActiveConcept).map((concept) => ({ params: { concept: concept.id } }));
  });

export const GET: APIRoute = async ({ locals, params }) => {
  const { index, cardsByConcept } = await getLearnData(locals.lang);
  const concept = index.conceptById.get(params.concept ?? '');
  if (!concept) return new Response('Not found', { status: 404 });
  const file = conceptLearnFile(concept, cardsByConcept.get(concept.id) ?? [], index.entryLang('concepts', concept.id));
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
