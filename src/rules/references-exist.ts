import { byId, refsIn, allEntries, singular } from './content-walk.ts';
import { closest, quote } from './text.ts';
import type { Rule, RuleFinding } from './types.ts';

export const referencesExist: Rule = {
  id: 'references-exist',
  defaultSeverity: 'error',
  fix: 'Fix the spelling of the id (the message suggests the closest one) or add the missing entry.',
  description:
    'Every referenced product, persona, industry, competitor, concept and proof point exists.',
  check({ content }) {
    const findings: RuleFinding[] = [];
    for (const entry of allEntries(content)) {
      for (const { ref, path } of refsIn(entry.data)) {
        const known = content.ids[ref.collection];
        if (known.has(ref.id)) continue;
        const guess = closest(ref.id, known);
        const noun = singular[ref.collection];
        findings.push({
          entry,
          path,
          message:
            `There is no ${noun} ${quote(ref.id)} (no file ${ref.collection}/${ref.id}.${ref.collection === 'concepts' ? 'mdx' : 'yaml'} in the content folder). ` +
            (guess ? `Did you mean ${quote(guess)}? ` : '') +
            `Fix the id or add the ${noun}.`,
        });
      }
    }
    for (const concept of byId(content, 'concepts').values()) {
      const proofPoints = new Set(concept.data.proofPoints.map((p) => p.id));
      concept.data.arguments.forEach((argument, i) => {
        if (argument.proofPoint === undefined || proofPoints.has(argument.proofPoint)) return;
        const guess = closest(argument.proofPoint, proofPoints);
        findings.push({
          entry: concept,
          path: ['arguments', i, 'proofPoint'],
          message:
            `This concept has no proof point ${quote(argument.proofPoint)}. ` +
            (guess ? `Did you mean ${quote(guess)}? ` : '') +
            'Use the id of one of its `proofPoints`, or add that proof point.',
        });
      });
    }
    return findings;
  },
};
