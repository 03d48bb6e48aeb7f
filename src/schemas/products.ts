import { z } from 'astro/zod';
import { asset, lang, money } from './common.ts';

export const productKinds = ['device', 'software', 'service', 'consumable'] as const;

export const productSchema = z
  .object({
    name: z.string().min(1).describe('Product name as it appears on price lists.'),
    kind: z
      .enum(productKinds)
      .describe(
        'What kind of product this is: device, software, service or consumable. Bundles must cover every kind a concept spans.',
      ),
    sku: z.string().min(1).describe('Article number (SKU) as used in the ERP and on quotes.'),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe('Nicknames and old names people search for, e.g. "the blue box".'),
    prices: z
      .array(money)
      .min(1, { error: 'needs at least one price component' })
      .describe(
        'List prices, one entry per component (a software licence "once" plus maintenance "year"; a service per "day"; consumables per "unit").',
      ),
    summary: z.string().min(1).describe('One or two sentences on what it is and does.'),
    keyFacts: z
      .array(z.string().min(1))
      .default([])
      .describe('Short facts with figures (range, accuracy, battery life).'),
    assets: z.array(asset).default([]).describe('Data sheets, manuals and decks.'),
    lang,
  })
  .strict();

export type Product = z.output<typeof productSchema>;
