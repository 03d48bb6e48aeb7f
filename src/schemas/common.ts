import { z } from 'astro/zod';

/** The collections of the content model; references name one of these. */
export const collectionNames = [
  'products',
  'personas',
  'industries',
  'competitors',
  'concepts',
  'lessons',
  'metrics',
  'field-notes',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/** What a resolved reference looks like, whichever door (Astro or the checker) parsed it. */
export interface Ref<C extends CollectionName = CollectionName> {
  id: string;
  collection: C;
}

/**
 * Builds the schema of a reference to another collection. Astro passes its `reference()`,
 * the standalone checker passes a plain id schema; both produce `{ id, collection }`.
 */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>>;

/** The reference factory used outside Astro (checker, editor schemas, unit tests). */
export const plainRef: RefFactory = <C extends CollectionName>(collection: C) =>
  z
    .string()
    .min(1)
    .transform((id): Ref<C> => ({ id, collection })) as unknown as z.ZodType<Ref<C>>;

/** A slug: lower-case ASCII letters and digits in groups joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns any text into a URL-safe slug: lower case, ASCII letters and digits, single hyphens. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut;
}

export const slug = z
  .string()
  .regex(slugPattern, {
    error: 'must be a slug: lower-case letters, digits and single hyphens, like "scrap-cost-argument"',
  });

/**
 * Adds the stable `id` to a list item: the author's `id` when given, otherwise a slug of the
 * item's main text. Links, anchors and progress use this id, so rewording keeps them stable.
 */
export function withStableId<T extends { id?: string | undefined }>(
  item: T,
  text: string,
): T & { id: string } {
  return { ...item, id: item.id ?? slugify(text) };
}

export const stableId = slug
  .optional()
  .describe(
    'Stable id (a slug) used in links and anchors. Derived from the text when omitted; set it once the entry is linked from elsewhere so rewording never breaks a link.',
  );

export const lang = z
  .string()
  .regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: 'must be a language code like "en" or "nl"' })
  .default('en')
  .describe(
    'Language of this entry ("en", "nl"). Best left out: the folder decides, so a file in content/<collection>/nl/ is Dutch and one in the collection folder itself is in the first language of `locales`. A value that disagrees with the folder is an error.',
  );

/** A calendar date; YAML dates and ISO strings are both accepted. */
export const date = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });

/** An ISO 4217 currency code as written: three capital letters. */
export const currencyPattern = /^[A-Z]{3}$/;

export const currency = z
  .string()
  .regex(currencyPattern, { error: 'must be a three-letter ISO 4217 currency code like "EUR"' })
  .default('EUR')
  .describe('ISO 4217 currency code. Defaults to EUR.');

export const pricePeriods = ['once', 'month', 'year', 'day', 'unit'] as const;

export const money = z
  .object({
    amount: z
      .number({ error: 'must be a number (no currency sign, no thousands separator)' })
      .nonnegative()
      .describe('Amount in the currency\'s major unit, excluding VAT, e.g. 4200 or 31500.50.'),
    currency,
    per: z
      .enum(pricePeriods)
      .describe(
        'What the amount is charged for: "once" (a one-off price), "month" or "year" (recurring), "day" (a service day), "unit" (each consumable).',
      ),
    label: z
      .string()
      .optional()
      .describe('Optional name of this price component, e.g. "Licence" or "Maintenance".'),
  })
  .strict()
  .describe('A price component. Prices exclude VAT.');

export type Money = z.output<typeof money>;

/** A pattern rather than a refinement, so the editor schemas (JSON Schema) check it too. */
export const url = z.string().regex(/^(\/|https?:\/\/)/, {
  error: 'must be a path under public/ starting with "/" or a full http(s) URL',
});

export const asset = z
  .object({
    title: z.string().min(1).describe('Title of the document or file as a salesperson sees it.'),
    href: url.describe('A file under public/ ("/assets/brochure.pdf") or a full URL.'),
    lang: z
      .string()
      .default('en')
      .describe('Language of the asset; one of the playbook\'s `locales` (rule asset-lang). Defaults to "en".'),
    customerSafe: z
      .boolean()
      .default(false)
      .describe('True when the asset may be handed to a customer; internal otherwise.'),
    asOf: date.optional().describe('Date the asset was last brought up to date.'),
  })
  .strict()
  .describe('A document, deck or file that belongs to the entry.');
