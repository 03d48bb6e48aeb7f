/** The concept list of one language for the pickers and search's concept facet (src/lib/concept-picker.ts). */
import type { APIRoute } from 'astro';
import { conceptPickerFile } from '../../../lib/concept-picker.ts';
import { localePaths } from '../../../lib/locale.ts';
import { getSiteIndex } from '../../../lib/site-data.ts';

export const getStaticPaths = () => localePaths(() => [{ params: {} }]);

export const GET: APIRoute = async ({ locals }) => {
  const index = await getSiteIndex(locals.lang);
  const file = conceptPickerFile(index.concepts, (id) => index.otherLang('concepts', id), (id) => index.personaById.has(id));
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
