import { z } from 'astro/zod';
import { lang } from './common.ts';

export const industrySchema = z
  .object({
    name: z.string().min(1).describe('Name of the industry, e.g. "Automotive suppliers".'),
    description: z.string().min(1).describe('Who these customers are and how they make money.'),
    pains: z.array(z.string().min(1)).default([]).describe('Problems this industry has that we solve.'),
    regulations: z
      .array(z.string().min(1))
      .default([])
      .describe('Standards and regulations that shape buying, e.g. "IATF 16949", "BRCGS".'),
    vocabulary: z
      .array(z.string().min(1))
      .default([])
      .describe('Words the customer uses; use them in the conversation ("PPAP", "batch record").'),
    lang,
  })
  .strict();

export type Industry = z.output<typeof industrySchema>;
