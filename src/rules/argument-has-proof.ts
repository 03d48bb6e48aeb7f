import { hasFigureWithUnit } from '../lib/proof-figures.ts';
import { isBlank } from '../lib/text.ts';
import { languageOf } from './translation-entries.ts';
import type { Rule, RuleFinding } from './types.ts';

export { hasFigureWithUnit, rateUnits, rateWords } from '../lib/proof-figures.ts';

export const argumentHasProof: Rule = {
  id: 'argument-has-proof',
  defaultSeverity: 'error',
  fix: 'Give `proof` a measured figure with its unit, a `proofPoint` id of this concept, or a `source`.',
  description:
    'Each argument proves its claim: a figure with a unit (%, EUR, hours, days, pieces, …), an existing proof point, or a source.',
  translations: {
    nl: {
      description:
        'Elk argument maakt zijn bewering waar: met een cijfer en een eenheid (%, EUR, uur, dagen, stuks, …), een bestaande referentie of een bron.',
      fix: 'Zet in `proof` een gemeten cijfer met zijn eenheid, de `proofPoint`-id van een referentie uit dit concept, of geef een `source`.',
    },
  },
  check({ content, settings }) {
    const findings: RuleFinding[] = [];
    for (const concept of content.concepts) {
      const lang = languageOf(concept, settings);
      const proofPoints = new Set(concept.data.proofPoints.map((p) => p.id));
      concept.data.arguments.forEach((argument, i) => {
        if (argument.proof !== undefined && hasFigureWithUnit(argument.proof, lang)) return;
        if (argument.proofPoint !== undefined && proofPoints.has(argument.proofPoint)) return;
        if (!isBlank(argument.source)) return;
        const hasProofText = !isBlank(argument.proof);
        findings.push({
          entry: concept,
          path: ['arguments', i, hasProofText ? 'proof' : 'claim'],
          message:
            (hasProofText
              ? 'The proof has no figure with a unit (like "38 %", "EUR 12,000" or "4 hours"); a standard or a bare number is not proof. '
              : 'This argument has no proof. ') +
            'Give `proof` with a measured figure and its unit, a `proofPoint` id of this concept, or a `source` (study, test report, URL).',
        });
      });
    }
    return findings;
  },
};
