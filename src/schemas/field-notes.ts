import { z } from 'astro/zod';
import { date, lang, slug, type RefFactory } from './common.ts';

/** How the deal stood when the note was written. */
export const fieldNoteOutcomes = ['won', 'lost', 'open'] as const;
export type FieldNoteOutcome = (typeof fieldNoteOutcomes)[number];

const text = z.string().trim().min(1, { error: 'must not be empty' });

/** One objection of the concept that the customer raised, and whether the playbook's answer worked. */
export const heardObjectionSchema = z
  .object({
    objection: slug.describe(
      'The id of one of the concept\'s own objections (as in its `objections[].id`, e.g. "software-too-expensive").',
    ),
    handled: z
      .boolean({ error: 'must be true (the answer worked) or false (it did not)' })
      .describe('true when the playbook\'s response settled the objection on this visit, false when it did not.'),
  })
  .strict();

/**
 * A field note: what a salesperson saw on one visit. Written through the form on the site
 * (/field-notes/new/) by people without a repository account, or with `npm run new -- field-note`.
 * Notes are counted per objection and per concept, never ranked by person.
 */
export const fieldNoteSchema = (ref: RefFactory) =>
  z
    .object({
      date: date.describe('Day of the visit (YYYY-MM-DD).'),
      author: z
        .string()
        .trim()
        .min(1)
        .optional()
        .describe('Who wrote the note, optional. Notes are never ranked or counted by person.'),
      concept: ref('concepts').describe('The concept that was sold or pitched (id of a file in content/concepts/).'),
      industry: ref('industries').describe('The customer\'s industry (id of a file in content/industries/).'),
      persona: ref('personas').describe('The person the salesperson spoke to most (id of a file in content/personas/).'),
      outcome: z
        .enum(fieldNoteOutcomes)
        .describe('"won" (the customer ordered), "lost" (they will not buy) or "open" (still undecided).'),
      objectionsHeard: z
        .array(heardObjectionSchema)
        .default([])
        .describe('Objections of the concept the customer raised, each with whether the playbook\'s answer worked.'),
      newObjections: z
        .array(text)
        .default([])
        .describe('What the customer said that the playbook has no answer for yet, in the customer\'s own words.'),
      worked: z.string().trim().default('').describe('What worked on this visit: an argument, a figure, a question.'),
      didNotWork: z.string().trim().default('').describe('What did not work, so marketing can revise it.'),
      lang,
    })
    .strict();

export type FieldNote = z.output<ReturnType<typeof fieldNoteSchema>>;
export type HeardObjection = FieldNote['objectionsHeard'][number];
