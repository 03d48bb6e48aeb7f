import { z } from 'astro/zod';
import type { RefFactory } from './common.ts';

/**
 * The columns of a metrics file, in the order a CRM export is easiest to map to: one row per
 * concept per quarter. The header names the columns (any order; case, spaces and underscores
 * are ignored, so "Qualified leads" is `qualifiedLeads`).
 */
export const metricColumns = [
  'concept',
  'quarter',
  'leads',
  'qualifiedLeads',
  'proposals',
  'won',
  'adSpend',
  'revenue',
  'avgCycleDays',
] as const;
export type MetricColumn = (typeof metricColumns)[number];

/** A calendar quarter as written in a metrics file: "2026-Q3". */
export const quarterPattern = /^(\d{4})-Q([1-4])$/;

const count = (what: string) =>
  z
    .number({ error: 'must be a whole number like 42 (no thousands separator, no text)' })
    .int({ error: 'must be a whole number: a count has no decimals' })
    .nonnegative({ error: 'must not be negative: a count is 0 or more' })
    .describe(what);

const amount = (what: string) =>
  z
    .number({ error: 'must be a plain amount like 12500 or 12500.50 (no currency sign, no thousands separator)' })
    .nonnegative({ error: 'must not be negative: an amount is 0 or more' })
    .refine((value) => Math.round(value * 100) === value * 100, { error: 'has more than two decimals' })
    .describe(what);

export function metricRowSchema(ref: RefFactory) {
  return z
    .object({
      concept: ref('concepts').describe('Id of the concept the deals were sold as (its file name in content/concepts/).'),
      quarter: z
        .string({ error: 'must be a quarter written as 2026-Q3' })
        .regex(quarterPattern, { error: 'must be a quarter written as YYYY-Qn, like 2026-Q3' })
        .describe('Calendar quarter the figures belong to, written as 2026-Q3.'),
      leads: count('New leads for the concept in the quarter.'),
      qualifiedLeads: count('Leads that sales accepted as qualified in the quarter.'),
      proposals: count('Proposals (quotes) sent in the quarter.'),
      won: count('Deals won in the quarter.'),
      adSpend: amount('Advertising spent on the concept in the quarter, in the concept\'s currency, excluding VAT.'),
      revenue: amount('Revenue of the deals won in the quarter, in the concept\'s currency, excluding VAT.'),
      avgCycleDays: z
        .number({ error: 'must be a number of days like 92' })
        .nonnegative({ error: 'must not be negative' })
        .optional()
        .describe('Average days from first contact to signature of the deals won; leave the cell empty when none was won.'),
    })
    .strict();
}

/**
 * A metrics file (`content/metrics/*.csv`): a header line naming the columns, then one row per
 * concept per quarter. The rows of all files together may hold each concept and quarter once.
 */
export function metricsSchema(ref: RefFactory) {
  return z
    .object({
      rows: z
        .array(metricRowSchema(ref))
        .describe('One line per concept per quarter, below a header line that names the columns.'),
    })
    .strict();
}

export type MetricRow = z.output<ReturnType<typeof metricRowSchema>>;
export type MetricsFile = z.output<ReturnType<typeof metricsSchema>>;
