import { isBlank } from '../lib/text.ts';
import type { Rule, RuleFinding } from './types.ts';

export const competitorClaimsSourced: Rule = {
  id: 'competitor-claims-sourced',
  defaultSeverity: 'error',
  fix: 'Give every claim about the competitor a `source`.',
  description: 'Every claim about a competitor has a source.',
  translations: {
    nl: {
      description: 'Elke bewering over een concurrent heeft een bron.',
      fix: 'Geef elke bewering over de concurrent een `source`.',
    },
  },
  check({ content }) {
    const findings: RuleFinding[] = [];
    for (const competitor of content.competitors) {
      competitor.data.claims.forEach((claim, i) => {
        if (!isBlank(claim.source)) return;
        findings.push({
          entry: competitor,
          path: ['claims', i, claim.source === undefined ? 'claim' : 'source'],
          message:
            'This claim about a competitor has no `source`. Add where it comes from (their data sheet, a URL, a lost-deal review), or remove the claim: an unsourced claim in front of a customer costs trust.',
        });
      });
    }
    return findings;
  },
};
