/**
 * One round of pitch practice for a concept and a persona: the arguments aimed at that persona
 * (an argument without personas speaks to everyone) and a choice of discovery questions, one
 * meant for that persona and up to two meant for others. Pure and deterministic, so a round
 * looks the same on every load.
 */
import { contentHash } from './content-hash.ts';
import type { ConceptLearnFile, PracticeArgument } from './drill-data.ts';

export interface QuestionChoice {
  id: string;
  question: string;
  right: boolean;
}

export interface PracticeRound {
  arguments: PracticeArgument[];
  choices: QuestionChoice[];
}

const aimedAt = (personas: readonly string[], persona: string) => personas.length === 0 || personas.includes(persona);

export function practiceRound(concept: Pick<ConceptLearnFile, 'arguments' | 'questions'>, persona: string): PracticeRound {
  const args = concept.arguments.filter((a) => aimedAt(a.personas, persona));
  const right = concept.questions.find((q) => q.personas.includes(persona)) ?? concept.questions.find((q) => q.personas.length === 0);
  const wrong = concept.questions.filter((q) => q.personas.length > 0 && !q.personas.includes(persona)).slice(0, 2);
  const choices = [...(right ? [{ id: right.id, question: right.question, right: true }] : []), ...wrong.map((q) => ({ id: q.id, question: q.question, right: false }))];
  // A stable shuffle: the right question is not always first.
  const order = (c: QuestionChoice) => contentHash(`${persona}\u241e${c.id}`);
  choices.sort((a, b) => order(a).localeCompare(order(b)));
  return { arguments: args, choices };
}
