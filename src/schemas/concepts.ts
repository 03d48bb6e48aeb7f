import { z } from 'astro/zod';
import {
  asset,
  currency,
  date,
  lang,
  money,
  slugPattern,
  stableId,
  withStableId,
  type RefFactory,
} from './common.ts';
import { objectionCategories } from './personas.ts';

export const conceptStatuses = ['draft', 'pilot', 'live', 'retired'] as const;
export const changeKinds = ['added', 'revised', 'status'] as const;
export const kpiMetrics = [
  'leads',
  'qualified-leads',
  'win-rate',
  'ad-roi',
  'deal-size',
  'cycle-days',
] as const;
export const kpiPeriods = ['quarter', 'year'] as const;
export const bundlePartials = ['refill', 'spare-parts'] as const;

const text = z.string().trim().min(1, { error: 'must not be empty' });

function argumentSchema(ref: RefFactory) {
  return z
    .object({
      id: stableId,
      claim: text.describe('What we claim, in one sentence the customer understands.'),
      proof: z
        .string()
        .optional()
        .describe(
          'Evidence for the claim: a figure with a unit ("scrap down 38 % in 6 months"). Give this, a proofPoint or a source.',
        ),
      benefit: text.describe('What the customer gains, in their terms (money, time, risk).'),
      personas: z
        .array(ref('personas'))
        .default([])
        .describe('Personas this argument speaks to most; empty means everyone.'),
      proofPoint: z.string().optional().describe('Id of a proof point of this concept that backs the claim.'),
      source: z.string().optional().describe('Where the evidence comes from: a study, test report or URL.'),
    })
    .strict()
    .transform((a) => withStableId(a, a.claim))
    .describe('A selling argument: claim, proof and customer benefit.');
}

function objectionSchema(ref: RefFactory) {
  return z
    .object({
      id: stableId,
      objection: text.describe('The objection as the customer says it, in their words.'),
      aliases: z
        .array(z.string().min(1))
        .default([])
        .describe('Other ways customers say it ("costs too much", "no budget"); search finds these.'),
      category: z.enum(objectionCategories).describe('Kind of objection, used for the library and drills.'),
      concern: text.describe('What really worries them behind the words.'),
      response: text.describe('How to answer: acknowledge, reframe, prove.'),
      opening: text
        .optional()
        .describe(
          'The one line to say first ("Say this"), shown above the full response on the objection card. Leave it out to use the first sentence of the response.',
        ),
      proof: z.string().optional().describe('A figure or proof point that supports the response.'),
      followUp: text.describe('The question to ask back, to keep the conversation going.'),
      personas: z.array(ref('personas')).default([]).describe('Personas who raise it most.'),
      competitor: ref('competitors').optional().describe('The competitor this objection is about, if any.'),
    })
    .strict()
    .transform((o) => withStableId(o, o.objection))
    .describe('An objection with the concern behind it, our response and a follow-up question.');
}

function bundleSchema(ref: RefFactory) {
  return z
    .object({
      id: stableId,
      name: text.describe('Name of the offer as the customer sees it.'),
      items: z
        .array(
          z
            .object({
              product: ref('products').describe('Id of a product in content/products.'),
              quantity: z.number().int().positive().default(1).describe('How many of this product.'),
            })
            .strict(),
        )
        .min(1, { error: 'needs at least one item' })
        .describe('The products in the bundle.'),
      price: z
        .array(money)
        .min(1, { error: 'needs at least one price component' })
        .describe('The bundle price as one offer, in components like a product\'s prices.'),
      termMonths: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('Contract term in months; required when any part of the price recurs.'),
      pitch: text.describe('Why this is one offer and not a device with extras.'),
      validUntil: date.optional().describe('Last day the offer is valid.'),
      forOwnersOf: z
        .array(ref('products'))
        .optional()
        .describe(
          'Ids of products the customers of this offer already own; the offer completes the concept for them (rule bundle-covers-concept counts these products as present).',
        ),
      partial: z
        .enum(bundlePartials)
        .optional()
        .describe(
          'Marks an offer that is not meant to sell the whole concept: "refill" (consumables for a running installation) or "spare-parts".',
        ),
      negotiation: z
        .object({
          maxDiscountWithoutApproval: z
            .number()
            .min(0)
            .max(100)
            .describe('Largest discount in percent a salesperson may give without approval.'),
          approver: text.describe('Who approves a larger discount (role or name).'),
          floorPrice: z
            .number()
            .nonnegative()
            .optional()
            .describe('Lowest total over the term, in the bundle\'s currency, that may ever be agreed.'),
          trades: z
            .array(
              z
                .object({
                  give: text.describe('What we may give.'),
                  get: text.describe('What we ask in return.'),
                })
                .strict(),
            )
            .default([])
            .describe('Trades instead of discounts: give something, get something.'),
        })
        .strict()
        .optional()
        .describe('Internal negotiation guardrails. Never shown to customers.'),
    })
    .strict()
    .transform((b) => withStableId(b, b.name))
    .describe('A bundle offer that sells the whole concept at one price.');
}

const valueInput = z
  .object({
    id: z.string().regex(slugPattern, { error: 'must be a slug like "scrap-parts"' }).describe('Id of the input, used in brief URLs.'),
    label: text.describe('What the number is, e.g. "Scrapped parts per year".'),
    unit: text.describe(
      'Unit of the number: "parts", "EUR", "hours" … With "%" the number counts as a percentage (25 means 0.25).',
    ),
    default: z.number().describe('A typical value, used until the customer gives theirs.'),
    question: z.string().optional().describe('The discovery question that yields this number.'),
  })
  .strict();

const valueModel = z
  .object({
    currency: currency.describe('Currency of the yearly benefit.'),
    drivers: z
      .array(
        z
          .object({
            label: text.describe('Name of the saving, e.g. "Less scrap".'),
            inputs: z
              .array(valueInput)
              .min(1)
              .describe('Numbers whose product is this driver\'s yearly benefit.'),
          })
          .strict(),
      )
      .min(1)
      .describe('Value drivers; the yearly benefit is the sum of the drivers.'),
  })
  .strict()
  .describe('Optional value model for the payback calculator: no formulas, only products and sums.');

function discoveryQuestionSchema(ref: RefFactory) {
  return z
    .object({
      id: stableId,
      question: text.describe('An open question to ask the customer.'),
      purpose: z.string().optional().describe('What the answer tells us.'),
      personas: z.array(ref('personas')).default([]).describe('Whom to ask.'),
    })
    .strict()
    .transform((q) => withStableId(q, q.question));
}

function proofPointSchema(ref: RefFactory) {
  return z
    .object({
      id: stableId,
      customer: text.describe('Customer name (internal unless public is true).'),
      industry: ref('industries').describe('Id of the customer\'s industry.'),
      result: text.describe('The measured result, with a figure.'),
      quote: z.string().optional().describe('A quote from the customer.'),
      public: z
        .boolean()
        .default(false)
        .describe('True only when the customer agreed to be named to other customers.'),
    })
    .strict()
    .transform((p) => withStableId(p, p.customer));
}

export function conceptSchema(ref: RefFactory) {
  return z
    .object({
      title: text.describe('Name of the concept.'),
      tagline: text.describe('One line that sells the concept.'),
      summary: text.describe('Two or three sentences: what we sell and why it matters.'),
      problem: text.describe('The problem in the customer\'s own words.'),
      outcome: text.describe('The after-picture: what is better once they bought.'),
      status: z
        .enum(conceptStatuses)
        .describe('Lifecycle: draft (not published), pilot (tested with sales), live, retired.'),
      owner: text.describe('Marketing owner of the concept.'),
      salesChampion: z
        .string()
        .optional()
        .describe('Salesperson who champions the concept; required from pilot on.'),
      lastReviewed: date.describe('Date the concept was last reviewed with sales.'),
      reviewEveryDays: z
        .number()
        .int()
        .positive()
        .default(180)
        .describe('Review interval in days; the concept is flagged overdue after it.'),
      changes: z
        .array(
          z
            .object({
              date: date.describe('When it changed.'),
              kind: z.enum(changeKinds).describe('added, revised or status.'),
              summary: text.describe('What changed, in one line.'),
            })
            .strict(),
        )
        .default([])
        .describe('Change log, newest first.'),
      replacedBy: ref('concepts').optional().describe('For retired concepts: the concept to sell instead.'),
      industries: z.array(ref('industries')).default([]).describe('Industries this concept is for.'),
      personas: z.array(ref('personas')).default([]).describe('Personas involved in the sale.'),
      products: z.array(ref('products')).default([]).describe('Products the concept sells.'),
      competitors: z.array(ref('competitors')).default([]).describe('Competitors met in these deals.'),
      arguments: z.array(argumentSchema(ref)).default([]).describe('Selling arguments.'),
      objections: z.array(objectionSchema(ref)).default([]).describe('Objections and how to handle them.'),
      bundles: z.array(bundleSchema(ref)).default([]).describe('Bundle offers that sell the concept as one.'),
      valueModel: valueModel.optional(),
      discoveryQuestions: z
        .array(discoveryQuestionSchema(ref))
        .default([])
        .describe('Questions that uncover the need and the numbers.'),
      proofPoints: z
        .array(proofPointSchema(ref))
        .default([])
        .describe('Customer results that prove the concept.'),
      pilot: z
        .object({
          scope: z.array(z.string().min(1)).min(1).describe('Teams or regions in the pilot.'),
          start: date.describe('First day of the pilot.'),
          end: date.optional().describe('Last day of the pilot.'),
          results: z.string().optional().describe('What the pilot showed, with figures.'),
          decision: z.string().optional().describe('What was decided after the pilot.'),
        })
        .strict()
        .optional()
        .describe('The pilot with sales; a live concept needs results and a decision.'),
      kpis: z
        .array(
          z
            .object({
              metric: z.enum(kpiMetrics).describe('The metric marketing and sales agreed on.'),
              target: z.number().describe('Target value per period (win-rate and ad-roi in percent).'),
              period: z.enum(kpiPeriods).describe('quarter or year.'),
              baseline: z.number().optional().describe('Value before the concept, for comparison.'),
            })
            .strict(),
        )
        .default([])
        .describe('KPI checkpoints agreed by marketing and sales.'),
      assets: z.array(asset).default([]).describe('Decks, case studies and calculators.'),
      lang,
    })
    .strict();
}

export type ConceptStatus = (typeof conceptStatuses)[number];
export type Concept = z.output<ReturnType<typeof conceptSchema>>;
export type Argument = Concept['arguments'][number];
export type Objection = Concept['objections'][number];
export type Bundle = Concept['bundles'][number];
export type ProofPoint = Concept['proofPoints'][number];
export type DiscoveryQuestion = Concept['discoveryQuestions'][number];
export type ValueModel = NonNullable<Concept['valueModel']>;
