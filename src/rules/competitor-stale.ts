import { isoDate } from '../lib/format.ts';
import { daysBetween, isStale } from '../lib/review.ts';
import type { Rule, RuleFinding } from './types.ts';

export const competitorStale: Rule = {
  id: 'competitor-stale',
  defaultSeverity: 'warning',
  fix: 'Check the battlecard against the market and update `asOf`.',
  description: 'A battlecard was checked against the market within `staleCompetitorDays` (90 by default).',
  translations: {
    nl: {
      description: 'Een battlecard is in de laatste `staleCompetitorDays` dagen (standaard 90) tegen de markt gecheckt.',
      fix: 'Check de battlecard tegen de markt en werk `asOf` bij.',
    },
  },
  check({ content, today, settings }) {
    const findings: RuleFinding[] = [];
    for (const competitor of content.competitors) {
      const { asOf } = competitor.data;
      if (!isStale(asOf, settings.staleCompetitorDays, today)) continue;
      findings.push({
        entry: competitor,
        path: ['asOf'],
        message:
          `This battlecard was last checked on ${isoDate(asOf)}, ${daysBetween(asOf, today)} days ago (the limit is ${settings.staleCompetitorDays}). ` +
          'Check prices, claims and landmines against the market, then update `asOf`.',
      });
    }
    return findings;
  },
};
