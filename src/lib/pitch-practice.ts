/**
 * One round of pitch practice for a concept and a persona: the arguments aimed at that persona
 * (an argument without personas speaks to everyone) and a choice of discovery questions, one
 * meant for that persona and up to two meant for others; and the personas a round can be won
 * for. Pure and deterministic, so a round looks the same on every load.
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

/** The question that is right for a persona: one meant for them, else one meant for everyone. */
const rightQuestion = <Q extends { personas: readonly string[] }>(questions: readonly Q[], persona: string): Q | undefined =>
  questions.find((q) => q.personas.includes(persona)) ?? questions.find((q) => q.personas.length === 0);

/**
 * The personas, of those given and in their order, that a round can be won for: a discovery
 * question is meant for them (or for everyone). Practice offers only these, so a new hire is
 * never asked to pick among questions that are all meant for someone else.
 */
export function practicePersonas(personas: readonly string[], questions: readonly { personas: readonly string[] }[]): string[] {
  return personas.filter((persona) => rightQuestion(questions, persona) !== undefined);
}

/** A round; with no question right for the persona, `choices` is empty (the page says so). */
export function practiceRound(concept: Pick<ConceptLearnFile, 'arguments' | 'questions'>, persona: string): PracticeRound {
  const args = concept.arguments.filter((a) => aimedAt(a.personas, persona));
  const right = rightQuestion(concept.questions, persona);
  if (!right) return { arguments: args, choices: [] };
  const wrong = concept.questions.filter((q) => q.personas.length > 0 && !q.personas.includes(persona)).slice(0, 2);
  const choices = [{ id: right.id, question: right.question, right: true }, ...wrong.map((q) => ({ id: q.id, question: q.question, right: false }))];
  // A stable shuffle: the right question is not always first.
  const order = (c: QuestionChoice) => contentHash(`${persona}\u241e${c.id}`);
  choices.sort((a, b) => order(a).localeCompare(order(b)));
  return { arguments: args, choices };
}
