import { z } from 'astro/zod';
import { lang } from './common.ts';

export const buyingRoles = [
  'economic-buyer',
  'evaluator',
  'user',
  'procurement',
  'influencer',
] as const;

export const objectionCategories = [
  'price',
  'timing',
  'need',
  'competition',
  'trust',
  'authority',
  'other',
] as const;

export const personaSchema = z
  .object({
    name: z.string().min(1).describe('Name of the persona, e.g. "Quality manager".'),
    role: z.string().min(1).describe('Typical job titles and where they sit in the organisation.'),
    buyingRole: z
      .enum(buyingRoles)
      .describe(
        'Their part in the buying decision: economic-buyer (signs), evaluator (tests), user, procurement or influencer.',
      ),
    measuredOn: z
      .array(z.string().min(1))
      .default([])
      .describe('The KPIs this person is judged by, in their words ("scrap rate", "OEE").'),
    caresAbout: z.array(z.string().min(1)).default([]).describe('What they care about in a purchase.'),
    typicalObjections: z
      .array(z.enum(objectionCategories))
      .default([])
      .describe('Objection categories this persona raises most often.'),
    tips: z.array(z.string().min(1)).default([]).describe('Practical tips for talking to them.'),
    lang,
  })
  .strict();

export type Persona = z.output<typeof personaSchema>;
