import { z } from 'astro/zod';
import { date, lang } from './common.ts';

export const claimKinds = ['fact', 'inference'] as const;

export const competitorSchema = z
  .object({
    name: z.string().min(1).describe('Competitor name.'),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe('Other names, product names and abbreviations people use for them.'),
    asOf: date.describe('Date this battlecard was last checked against the market.'),
    weWinWhen: z.array(z.string().min(1)).default([]).describe('Situations where we usually win.'),
    theyWinWhen: z
      .array(z.string().min(1))
      .default([])
      .describe('Situations where they usually win; be honest.'),
    landmines: z
      .array(z.string().min(1))
      .default([])
      .describe('Questions to ask the customer that expose their weak spots.'),
    claims: z
      .array(
        z
          .object({
            claim: z.string().min(1).describe('What we say about them.'),
            source: z
              .string()
              .optional()
              .describe('Where it comes from: a URL, a data sheet, a lost-deal review. Required by the rules.'),
            kind: z
              .enum(claimKinds)
              .describe('"fact" when the source states it, "inference" when we conclude it.'),
          })
          .strict(),
      )
      .default([])
      .describe('Claims about the competitor, each with a source.'),
    lang,
  })
  .strict();

export type Competitor = z.output<typeof competitorSchema>;
