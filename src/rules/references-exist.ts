import { byId, refsIn, allEntries, singular } from './content-walk.ts';
import { closest, quote } from '../lib/text.ts';
import { collectionRegistry } from '../schemas/collections.ts';
import type { CollectionName } from '../schemas/common.ts';
import type { Entry, FieldPath, Rule, RuleFinding } from './types.ts';

export const referencesExist: Rule = {
  id: 'references-exist',
  defaultSeverity: 'error',
  fix: 'Fix the spelling of the id (the message suggests the closest one) or add the missing entry.',
  description:
    'Every referenced product, persona, industry, competitor, concept and proof point exists.',
  translations: {
    nl: {
      description:
        'Alles waarnaar een item verwijst, bestaat echt: elk product, elke persona, branche, concurrent, elk concept en elke referentie.',
      fix: 'Verbeter de spelling van de id (de melding noemt de id die er het dichtst bij ligt) of voeg het ontbrekende item toe.',
    },
  },
  check({ content }) {
    const findings: RuleFinding[] = [];
    // One finding per missing id, however often it is referenced: a renamed file is one
    // mistake, not one per reference.
    const missing = new Map<string, { entry: Entry; path: FieldPath; files: Set<string>; count: number; collection: CollectionName; id: string }>();
    for (const entry of allEntries(content)) {
      for (const { ref, path } of refsIn(entry.data)) {
        const known = content.ids[ref.collection];
        if (known.has(ref.id)) continue;
        const key = `${ref.collection}/${ref.id}`;
        const seen = missing.get(key);
        if (seen) {
          seen.count += 1;
          seen.files.add(entry.file);
        } else {
          missing.set(key, { entry, path, files: new Set([entry.file]), count: 1, collection: ref.collection, id: ref.id });
        }
      }
    }
    for (const { entry, path, files, count, collection, id } of missing.values()) {
      const guess = closest(id, content.ids[collection]);
      const noun = singular[collection];
      const file = `${collectionRegistry[collection].folder}/${id}${collectionRegistry[collection].extensions[0]}`;
      findings.push({
        entry,
        path,
        message:
          count === 1
            ? `There is no ${noun} ${quote(id)} (no file ${file} in the content folder). ` +
              (guess ? `Did you mean ${quote(guess)}? ` : '') +
              `Fix the id or add the ${noun}.`
            : `There is no ${noun} ${quote(id)}, but ${count} references in ${files.size === 1 ? 'this file' : `${files.size} files`} name it. Was \`${file}\` renamed or deleted? ` +
              (guess ? `The closest ${noun} is ${quote(guess)}. ` : '') +
              `Give the file its old name back, or change every reference to ${quote(id)} (search the content folder for it).`,
      });
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
