import { byId } from './content-walk.ts';
import { quote } from '../lib/text.ts';
import type { Rule, RuleFinding } from './types.ts';

/**
 * A retired concept names the concept to sell instead: an existing one (references-exist
 * reports missing ids), never itself, and never a chain that comes back to it.
 */
export const replacedByValid: Rule = {
  id: 'replaced-by-valid',
  defaultSeverity: 'error',
  fix: 'Set `replacedBy` on the retired concept to the id of the concept that replaces it, never to itself or to one that points back.',
  description: 'Retired concepts set `replacedBy` to another concept; no concept replaces itself, directly or in a circle.',
  translations: {
    nl: {
      description:
        'Een vervallen concept wijst met `replacedBy` naar een ander concept; geen concept vervangt zichzelf, direct of via een rondje.',
      fix: 'Zet `replacedBy` van het vervallen concept op de id van het concept dat ervoor in de plaats komt, nooit op zichzelf of op een concept dat terugverwijst.',
    },
  },
  check({ content }) {
    const findings: RuleFinding[] = [];
    const concepts = byId(content, 'concepts');
    for (const concept of content.concepts) {
      const { status, replacedBy } = concept.data;
      if (!replacedBy) {
        if (status === 'retired') {
          findings.push({
            entry: concept,
            path: ['status'],
            message: 'A retired concept needs `replacedBy`: the id of the concept salespeople should sell instead (add `replacedBy: other-concept-id`).',
          });
        }
        continue;
      }
      if (replacedBy.id === concept.id) {
        findings.push({ entry: concept, path: ['replacedBy'], message: 'A concept cannot replace itself. Set `replacedBy` to the id of the concept to sell instead.' });
        continue;
      }
      const seen = [concept.id];
      let next = concepts.get(replacedBy.id);
      while (next?.data.replacedBy && !seen.includes(next.id)) {
        seen.push(next.id);
        if (next.data.replacedBy.id === concept.id) {
          findings.push({
            entry: concept,
            path: ['replacedBy'],
            message: `\`replacedBy\` goes round in a circle: ${[...seen, concept.id].map(quote).join(' → ')}. The last concept of the chain must be one that is still sold; remove \`replacedBy\` from it.`,
          });
          break;
        }
        next = concepts.get(next.data.replacedBy.id);
      }
    }
    return findings;
  },
};
