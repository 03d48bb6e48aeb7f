import { isBlank } from '../lib/text.ts';
import type { Rule, RuleFinding } from './types.ts';

export const liveNeedsPilotResults: Rule = {
  id: 'live-needs-pilot-results',
  defaultSeverity: 'error',
  fix: 'Fill in `pilot.results` and `pilot.decision`, or keep the status at `pilot`.',
  description: 'A live concept has a pilot with results and a decision.',
  translations: {
    nl: {
      description: 'Een live concept heeft een pilot met resultaten en een besluit.',
      fix: 'Vul `pilot.results` en `pilot.decision` in, of laat de status op `pilot` staan.',
    },
  },
  check({ content }) {
    const findings: RuleFinding[] = [];
    for (const concept of content.concepts) {
      if (concept.data.status !== 'live') continue;
      const { pilot } = concept.data;
      if (!pilot) {
        findings.push({
          entry: concept,
          path: ['status'],
          message:
            'A live concept needs a `pilot` with its `scope`, `start`, `results` and `decision`. Run the pilot with sales first, or set `status: pilot`.',
        });
        continue;
      }
      if (isBlank(pilot.results)) {
        findings.push({
          entry: concept,
          path: ['pilot'],
          message: 'A live concept needs `pilot.results`: what the pilot showed, with figures (win rate, deals, deal size).',
        });
      }
      if (isBlank(pilot.decision)) {
        findings.push({
          entry: concept,
          path: ['pilot'],
          message: 'A live concept needs `pilot.decision`: what marketing and sales decided after the pilot.',
        });
      }
    }
    return findings;
  },
};
