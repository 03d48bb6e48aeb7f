/**
 * Content health of a whole playbook: the live concepts' health, the trust score and the to-do
 * list, from the entries as loaded (Astro's or the checker's; both fit `Entry`). The rule
 * `content-health` and /insights/ both call this, so the checker and the page agree. Pure.
 */
import type { Competitor } from '../schemas/competitors.ts';
import type { Concept } from '../schemas/concepts.ts';
import type { Entry } from './entries.ts';
import {
  conceptHealth,
  healthTodos,
  trustScore,
  type ConceptHealth,
  type HealthFieldNote,
  type HealthSettings,
  type HealthTodo,
  type TrustScore,
} from './content-health.ts';

export interface PlaybookHealth {
  health: ConceptHealth[];
  score: TrustScore;
  todos: HealthTodo[];
}

export interface PlaybookHealthInput {
  /** The concepts in their own language (originals); only live ones are scored. */
  concepts: readonly Entry<Concept>[];
  competitors: readonly Entry<Pick<Competitor, 'asOf'>>[];
  notes: readonly HealthFieldNote[];
  today: Date;
  goal: number;
  settings: Partial<HealthSettings>;
  /** The language a concept is written in. */
  langOf: (concept: Entry<Concept>) => string;
}

export function playbookHealth(input: PlaybookHealthInput): PlaybookHealth {
  const competitorAsOf = new Map(input.competitors.map((c) => [c.id, c.data.asOf]));
  const health = input.concepts
    .filter((concept) => concept.data.status === 'live')
    .map((concept) =>
      conceptHealth({ concept, lang: input.langOf(concept), competitorAsOf, notes: input.notes, today: input.today, settings: input.settings }),
    );
  return { health, score: trustScore(health, input.goal), todos: healthTodos(health) };
}

/**
 * The field notes as health reads them, from entries shaped like the field-notes collection
 * (`concept` a reference, `objectionsHeard[]` with `objection` and `handled`).
 */
export function healthNotes(
  entries: readonly { data: { concept: { id: string }; date: Date; objectionsHeard?: readonly { objection: string; handled: boolean }[] } }[],
): HealthFieldNote[] {
  return entries.map(({ data }) => ({ concept: data.concept.id, date: data.date, objectionsHeard: data.objectionsHeard ?? [] }));
}
