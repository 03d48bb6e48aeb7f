import type { Rule, RuleFinding } from './types.ts';

const minimum = 3;
const lists = [
  ['arguments', 'selling argument', 'claim, proof and benefit'],
  ['objections', 'objection', 'objection, concern, response and follow-up question'],
  ['discoveryQuestions', 'discovery question', 'an open question to ask the customer'],
] as const;

export const conceptComplete: Rule = {
  id: 'concept-complete',
  defaultSeverity: 'error',
  fix: 'Add arguments, objections or discovery questions until there are 3 of each.',
  description: `A concept has at least ${minimum} arguments, ${minimum} objections and ${minimum} discovery questions (a warning for drafts).`,
  translations: {
    nl: {
      description:
        `Een concept heeft minstens ${minimum} argumenten, ${minimum} bezwaren en ${minimum} behoeftevragen (bij een conceptversie alleen een waarschuwing).`,
      fix: 'Vul argumenten, bezwaren of behoeftevragen aan tot je er van elk 3 hebt.',
    },
  },
  check({ content }) {
    const findings: RuleFinding[] = [];
    for (const concept of content.concepts) {
      const draft = concept.data.status === 'draft';
      for (const [list, noun, shape] of lists) {
        const count = concept.data[list].length;
        if (count >= minimum) continue;
        findings.push({
          entry: concept,
          path: [list],
          lenient: draft,
          message:
            `Has ${count} ${noun}${count === 1 ? '' : 's'}; a concept needs at least ${minimum} (${shape}) ` +
            (draft ? 'before it leaves draft.' : 'to be published. Add them, or set `status: draft`.'),
        });
      }
    }
    return findings;
  },
};
