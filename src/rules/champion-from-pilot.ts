import { isBlank } from '../lib/text.ts';
import type { Rule, RuleFinding } from './types.ts';

export const championFromPilot: Rule = {
  id: 'champion-from-pilot',
  defaultSeverity: 'error',
  fix: 'Name the `salesChampion`, the salesperson who carries the concept.',
  description: 'Pilot and live concepts name a sales champion.',
  translations: {
    nl: {
      description: 'Concepten in pilot of live hebben een sales champion.',
      fix: 'Vul `salesChampion` in: de verkoper die het concept trekt.',
    },
  },
  check({ content }) {
    const findings: RuleFinding[] = [];
    for (const concept of content.concepts) {
      const { status, salesChampion } = concept.data;
      if ((status !== 'pilot' && status !== 'live') || !isBlank(salesChampion)) continue;
      findings.push({
        entry: concept,
        path: ['salesChampion'],
        message: `A ${status} concept needs a \`salesChampion\`: the salesperson who tests it in the field and speaks for it in sales.`,
      });
    }
    return findings;
  },
};
