import type { Concept } from '../schemas/concepts.ts';
import { allEntries, singular } from './content-walk.ts';
import { formatPath } from './field-path.ts';
import { quote } from '../lib/text.ts';
import type { Entry, FieldPath, Rule, RuleFinding } from './types.ts';

/** Concept lists whose items carry a stable id, with the noun used in messages. */
const idLists = [
  ['arguments', 'argument'],
  ['objections', 'objection'],
  ['bundles', 'bundle'],
  ['discoveryQuestions', 'discovery question'],
  ['proofPoints', 'proof point'],
] as const satisfies readonly (readonly [keyof Concept, string])[];

export const idsUnique: Rule = {
  id: 'ids-unique',
  defaultSeverity: 'error',
  fix: 'Give one of the two items (or files) its own `id`.',
  description: "Ids are unique within their list, across a concept's arguments and objections, and across the files of a collection.",
  translations: {
    nl: {
      description:
        'Elke id komt maar één keer voor: in zijn eigen lijst, in de argumenten en bezwaren van een concept samen, en in alle bestanden van een collectie.',
      fix: 'Geef een van de twee items (of bestanden) een eigen `id`.',
    },
  },
  check({ content }) {
    const findings: RuleFinding[] = [];
    const firstFile = new Map<string, Entry>();
    for (const entry of allEntries(content)) {
      const key = `${entry.collection}/${entry.id}`;
      const first = firstFile.get(key);
      if (!first) {
        firstFile.set(key, entry);
        continue;
      }
      findings.push({
        entry,
        path: [],
        message: `This file gives the ${singular[entry.collection]} id ${quote(entry.id)}, like ${first.file}. Rename one of the two files.`,
      });
    }
    for (const concept of content.concepts) {
      for (const [list, noun] of idLists) {
        const items = concept.data[list] as readonly { id: string }[];
        findings.push(...duplicates(concept, items.map((item, i) => ({ id: item.id, path: [list, i] })), noun));
      }
      findings.push(...sharedWithArguments(concept));
      const inputs = (concept.data.valueModel?.drivers ?? []).flatMap((driver, d) =>
        driver.inputs.map((input, i) => ({ id: input.id, path: ['valueModel', 'drivers', d, 'inputs', i] })),
      );
      findings.push(...duplicates(concept, inputs, 'value model input'));
    }
    return findings;
  },
};

function duplicates(entry: Entry, items: { id: string; path: FieldPath }[], noun: string): RuleFinding[] {
  const seen = new Map<string, FieldPath>();
  const findings: RuleFinding[] = [];
  for (const { id, path } of items) {
    const first = seen.get(id);
    if (!first) {
      seen.set(id, path);
      continue;
    }
    findings.push({
      entry,
      path: [...path, 'id'],
      message:
        `The ${noun} id ${quote(id)} is used twice in this file (first at ${formatPath(first)}). ` +
        `Give each ${noun} its own \`id\`: links, search and progress rely on it. ` +
        'Without an `id`, it is derived from the text, so two items with the same text clash too.',
    });
  }
  return findings;
}

/**
 * An objection with the id of an argument of the same concept: `<Quote item="…">` names either
 * kind by its id alone, so it could show only one of them.
 */
function sharedWithArguments(concept: Entry<'concepts', Concept>): RuleFinding[] {
  const argumentAt = new Map<string, number>();
  concept.data.arguments.forEach((argument, i) => {
    if (!argumentAt.has(argument.id)) argumentAt.set(argument.id, i);
  });
  return concept.data.objections.flatMap((objection, i) => {
    const at = argumentAt.get(objection.id);
    if (at === undefined) return [];
    return [
      {
        entry: concept,
        path: ['objections', i, 'id'],
        message:
          `The objection id ${quote(objection.id)} is also the id of an argument (${formatPath(['arguments', at])}). ` +
          '`<Quote item="…">` names an argument or objection by its id alone, so it could show only one of the two. ' +
          'Give the objection (or the argument) its own `id`.',
      },
    ];
  });
}
