/**
 * Small decisions the concept page makes, kept out of the template so they can be tested.
 */
import type { Concept } from '../schemas/concepts.ts';

/** The personas the argument filter offers: every persona named on an argument, once, in order. */
export function argumentPersonaIds(concept: Pick<Concept, 'arguments'>): string[] {
  return [...new Set(concept.arguments.flatMap((a) => a.personas.map((p) => p.id)))];
}

/**
 * The value of `data-personas` on an argument: its persona ids, or "*" for an argument that
 * speaks to everyone (shown under every filter).
 */
export function argumentAudience(argument: Concept['arguments'][number]): string {
  return argument.personas.length === 0 ? '*' : argument.personas.map((p) => p.id).join(' ');
}

/** Whether an argument is shown when the filter is set to `persona` (null = all). */
export function argumentMatches(audience: string, persona: string | null): boolean {
  return persona === null || audience === '*' || audience.split(' ').includes(persona);
}
