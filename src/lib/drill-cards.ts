/**
 * The cards of the objection drill, built from the concepts the field uses: one card per
 * objection of every live and pilot concept, keyed by concept and objection id (stable across
 * rewording and languages). Each card carries a hash of its answer (concern, response and
 * follow-up) in its language, so progress can tell when marketing changed what it learned.
 */
import type { ConceptStatus } from '../schemas/concepts.ts';
import { contentHash } from './content-hash.ts';

/** The statuses whose objections are drilled. */
export const drilledStatuses: readonly ConceptStatus[] = ['live', 'pilot'];

/** What card building needs of a concept (Astro's and the checker's entries fit it). */
export interface DrillConceptInput {
  /** The concept id without a language folder ("scrap-to-savings"). */
  id: string;
  data: {
    title: string;
    status: ConceptStatus;
    personas?: readonly { id: string }[];
    objections: readonly {
      id: string;
      objection: string;
      category: string;
      concern: string;
      response: string;
      followUp: string;
      proof?: string | undefined;
      personas?: readonly { id: string }[];
    }[];
  };
}

export interface DrillCard {
  /** `<concept id>/<objection id>`: what progress is keyed by. */
  key: string;
  concept: string;
  conceptTitle: string;
  objectionId: string;
  lang: string;
  /** The objection as the customer says it: the front of the card. */
  objection: string;
  category: string;
  personas: string[];
  concern: string;
  response: string;
  followUp: string;
  proof?: string;
  /** Hash of the answer (concern, response, follow-up) in this language. */
  answerHash: string;
}

/** The key of a card: concept id and objection id. */
export function cardKey(conceptId: string, objectionId: string): string {
  return `${conceptId}/${objectionId}`;
}

/** The hash of an objection's answer, as a card stores it. */
export function answerHash(objection: { concern: string; response: string; followUp: string }): string {
  return contentHash([objection.concern, objection.response, objection.followUp].map((t) => t.trim()).join('\u241e'));
}

/** The drill cards of the concepts of one language, in concept and objection order. */
export function buildDrillCards(concepts: readonly DrillConceptInput[], lang: string): DrillCard[] {
  const cards: DrillCard[] = [];
  for (const concept of [...concepts].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!drilledStatuses.includes(concept.data.status)) continue;
    for (const objection of concept.data.objections) {
      cards.push({
        key: cardKey(concept.id, objection.id),
        concept: concept.id,
        conceptTitle: concept.data.title,
        objectionId: objection.id,
        lang,
        objection: objection.objection,
        category: objection.category,
        personas: (objection.personas ?? []).map((p) => p.id),
        concern: objection.concern,
        response: objection.response,
        followUp: objection.followUp,
        ...(objection.proof ? { proof: objection.proof } : {}),
        answerHash: answerHash(objection),
      });
    }
  }
  return cards;
}
