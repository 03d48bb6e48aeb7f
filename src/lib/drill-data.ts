/**
 * The learning data the build writes as JSON files, split so a session loads what it needs:
 * one small manifest per language (every card's key, category, personas and answer hash, for
 * filters, due counts and change detection) and one file per concept with the texts of its
 * cards and its pitch (problem, tagline, arguments, discovery questions). A drill session
 * fetches the manifest, then only the concept files of the cards in its queue. The field-note
 * form reads the same concept file for the objections to ask about and the industry and persona
 * to fill in, so its page does not carry every concept's objections. Pure.
 */
import type { DrillCard } from './drill-cards.ts';

/** A card in the manifest: [objection id, category, persona ids, answer hash]. */
export type ManifestCard = [string, string, string[], string];

export interface ManifestConcept {
  id: string;
  title: string;
  /** The language the concept's texts are in (the page's, or the default one's). */
  lang: string;
  cards: ManifestCard[];
}

export interface DrillManifest {
  /** Concepts with at least one drilled card (live and pilot), by id. */
  concepts: ManifestConcept[];
  /** Names of the personas the cards mention, by id. */
  personas: Record<string, string>;
}

/** The texts of one card, as the concept file holds them. */
export interface CardText {
  objection: string;
  concern: string;
  response: string;
  followUp: string;
  proof?: string;
}

export interface PracticeArgument {
  id: string;
  claim: string;
  proof?: string;
  benefit: string;
  personas: string[];
}

export interface PracticeQuestion {
  id: string;
  question: string;
  personas: string[];
}

export interface ConceptLearnFile {
  id: string;
  title: string;
  lang: string;
  tagline: string;
  problem: string;
  /** Card texts by objection id (live and pilot concepts only). */
  cards: Record<string, CardText>;
  arguments: PracticeArgument[];
  questions: PracticeQuestion[];
  /** Every objection of the concept, in its order (drafts in previews too): for the field-note form. */
  objections: NoteObjection[];
  /** The concept's own industry and persona ids: the field-note form fills in a single one. */
  industries: string[];
  personas: string[];
}

/** An objection as the field-note form asks about it: its id and the customer's words. */
export interface NoteObjection {
  id: string;
  objection: string;
}

/** What the manifest and files need of a concept (Astro's entries fit it). */
export interface LearnConceptInput {
  id: string;
  data: {
    title: string;
    tagline: string;
    problem: string;
    arguments: readonly { id: string; claim: string; proof?: string | undefined; benefit: string; personas: readonly { id: string }[]; proofPoint?: string | undefined; source?: string | undefined }[];
    discoveryQuestions: readonly { id: string; question: string; personas: readonly { id: string }[] }[];
    proofPoints: readonly { id: string; result: string }[];
    objections: readonly { id: string; objection: string }[];
    industries: readonly { id: string }[];
    personas: readonly { id: string }[];
  };
}

/** The manifest of a language's cards. */
export function drillManifest(cards: readonly DrillCard[], conceptLang: (id: string) => string, personaName: (id: string) => string | undefined): DrillManifest {
  const concepts = new Map<string, ManifestConcept>();
  const personas: Record<string, string> = {};
  for (const card of cards) {
    let concept = concepts.get(card.concept);
    if (!concept) concepts.set(card.concept, (concept = { id: card.concept, title: card.conceptTitle, lang: conceptLang(card.concept), cards: [] }));
    concept.cards.push([card.objectionId, card.category, card.personas, card.answerHash]);
    for (const id of card.personas) {
      const name = personaName(id);
      if (name !== undefined) personas[id] = name;
    }
  }
  return { concepts: [...concepts.values()], personas };
}

/** The manifest's cards as flat records: key, concept, category, personas, hash, language. */
export function manifestCards(manifest: DrillManifest): { key: string; concept: string; objectionId: string; category: string; personas: string[]; answerHash: string; lang: string }[] {
  return manifest.concepts.flatMap((concept) =>
    concept.cards.map(([objectionId, category, personas, answerHash]) => ({
      key: `${concept.id}/${objectionId}`,
      concept: concept.id,
      objectionId,
      category,
      personas,
      answerHash,
      lang: concept.lang,
    })),
  );
}

/** The file of one concept: its cards' texts, its pitch, and what the field-note form asks. */
export function conceptLearnFile(concept: LearnConceptInput, cards: readonly DrillCard[], lang: string): ConceptLearnFile {
  const proofPoints = new Map(concept.data.proofPoints.map((p) => [p.id, p.result]));
  return {
    id: concept.id,
    title: concept.data.title,
    lang,
    tagline: concept.data.tagline,
    problem: concept.data.problem,
    cards: Object.fromEntries(
      cards
        .filter((card) => card.concept === concept.id)
        .map((card) => [card.objectionId, { objection: card.objection, concern: card.concern, response: card.response, followUp: card.followUp, ...(card.proof ? { proof: card.proof } : {}) }]),
    ),
    arguments: concept.data.arguments.map((a) => {
      const proof = a.proof ?? (a.proofPoint ? proofPoints.get(a.proofPoint) : undefined) ?? a.source;
      return { id: a.id, claim: a.claim, ...(proof ? { proof } : {}), benefit: a.benefit, personas: a.personas.map((p) => p.id) };
    }),
    questions: concept.data.discoveryQuestions.map((q) => ({ id: q.id, question: q.question, personas: q.personas.map((p) => p.id) })),
    objections: concept.data.objections.map((o) => ({ id: o.id, objection: o.objection })),
    industries: concept.data.industries.map((i) => i.id),
    personas: concept.data.personas.map((p) => p.id),
  };
}
