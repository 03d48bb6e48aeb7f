/**
 * Small decisions the concept page makes, kept out of the template so they can be tested: the
 * persona filter over its arguments and objections (which personas it offers, which items a
 * selection shows, how the selection is kept in the URL).
 */
type PersonaRefs = readonly { id: string }[];

/** What the filter reads of a concept (its arguments and objections name their personas). */
interface FilterableConcept {
  personas: PersonaRefs;
  arguments: readonly { personas: PersonaRefs }[];
  objections: readonly { personas: PersonaRefs }[];
}

/**
 * The personas the filter offers: every persona named on an argument or an objection, once,
 * in the order of the concept's own `personas` list, then any others in the order met.
 */
export function filterPersonaIds(concept: FilterableConcept): string[] {
  const named = new Set([...concept.arguments, ...concept.objections].flatMap((item) => item.personas.map((p) => p.id)));
  const listed = concept.personas.map((p) => p.id).filter((id) => named.has(id));
  return [...new Set([...listed, ...named])];
}

/**
 * The value of `data-personas` on an argument or objection: its persona ids, or "*" for one
 * that speaks to everyone (shown under every filter).
 */
export function personaAudience(personas: PersonaRefs): string {
  return personas.length === 0 ? '*' : personas.map((p) => p.id).join(' ');
}

/**
 * Whether an item is shown for a selection of personas: every item when nothing is selected,
 * an item for everyone always, any other item when it names at least one selected persona
 * (the union: "plant manager and purchasing manager" shows what either of them cares about).
 */
export function audienceMatches(audience: string, selected: readonly string[]): boolean {
  if (selected.length === 0 || audience === '*') return true;
  const ids = audience.split(' ');
  return selected.some((id) => ids.includes(id));
}

/** The URL parameter that holds the selection. */
export const personaParam = 'persona';

/**
 * The selection a URL asks for: `?persona=a,b` or `?persona=a&persona=b` (or both), keeping
 * only personas the filter offers, once each, in the filter's order.
 */
export function selectedFromParams(params: URLSearchParams, offered: readonly string[]): string[] {
  const asked = new Set(
    params
      .getAll(personaParam)
      .flatMap((value) => value.split(','))
      .map((id) => id.trim()),
  );
  return offered.filter((id) => asked.has(id));
}

/**
 * The same parameters with the selection written in: one `persona=` per selected persona (as
 * the search page writes its filters), none when nothing is selected; other parameters stay.
 */
export function paramsWithSelection(params: URLSearchParams, selected: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(personaParam);
  for (const id of selected) next.append(personaParam, id);
  return next;
}
