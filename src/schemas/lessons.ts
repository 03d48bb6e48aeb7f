import { z } from 'astro/zod';
import { lang, slug, type RefFactory } from './common.ts';

/** One quiz question of a lesson; `answer` counts options from 1, as a marketer counts. */
export const quizQuestionSchema = z
  .object({
    id: slug.describe('Stable id of the question (a slug); progress remembers answers by it.'),
    question: z.string().min(1).describe('The question as the learner reads it.'),
    options: z
      .array(z.string().min(1))
      .describe('The answers to choose from, at least two, in the order they are shown.'),
    answer: z
      .number()
      .int()
      .describe('The number of the right option, counting from 1 (the first option is 1).'),
    explanation: z
      .string()
      .min(1)
      .describe('Why the right answer is right; shown after the learner answers.'),
  })
  .strict();

export const lessonSchema = (ref: RefFactory) =>
  z
    .object({
      title: z.string().min(1).describe('Title of the lesson, e.g. "Concepts, not boxes".'),
      path: z.string().min(1).describe('The learning path this lesson belongs to, e.g. "Concept selling".'),
      order: z.number().int().min(1).describe('Place of the lesson in its path, counting from 1.'),
      minutes: z.number().int().min(1).max(240).describe('Minutes the lesson takes to read and answer.'),
      objectives: z
        .array(z.string().min(1))
        .min(1)
        .describe('What the learner can do after the lesson, one sentence each.'),
      concepts: z
        .array(ref('concepts'))
        .default([])
        .describe('Concepts the lesson teaches from (ids of published concepts).'),
      quiz: z
        .array(quizQuestionSchema)
        .default([])
        .describe('Questions that check the lesson, each with options, the right answer and an explanation.'),
      lang,
    })
    .strict();

export type Lesson = z.output<ReturnType<typeof lessonSchema>>;
export type QuizQuestion = z.output<typeof quizQuestionSchema>;
