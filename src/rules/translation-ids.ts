import { entryPairs } from './translation-entries.ts';
import type { Entry, Rule, RuleFinding } from './types.ts';

/** The concept lists whose ids link a translation's items to the original's. */
export const translatedLists = [
  ['arguments', 'argument'],
  ['objections', 'objection'],
  ['bundles', 'bundle'],
  ['discoveryQuestions', 'discovery question'],
  ['proofPoints', 'proof point'],
] as const;

/**
 * Ids derived from text differ between languages, so in a concept that has a translation both
 * versions write every item's `id`: anchors, objection cards, brief URLs and drill progress
 * then carry over from one language to the other.
 */
export const translationIds: Rule = {
  id: 'translation-ids',
  defaultSeverity: 'error',
  fix: 'Write the `id` of every argument, objection, bundle, discovery question and proof point, in the original and its translation.',
  description:
    'In a concept that has a translation, original and translation give every argument, objection, bundle, discovery question and proof point an explicit `id`.',
  translations: {
    nl: {
      description:
        'In een vertaald concept geven origineel en vertaling alle argumenten, bezwaren, aanbiedingen, behoeftevragen en referenties een uitgeschreven `id`.',
      fix: 'Schrijf de `id` uit van alle argumenten, bezwaren, aanbiedingen, behoeftevragen en referenties, in het origineel én in de vertaling.',
    },
  },
  check({ content, settings }) {
    const findings: RuleFinding[] = [];
    const seen = new Set<Entry>();
    for (const { original, translation } of entryPairs(content, settings)) {
      if (original.collection !== 'concepts') continue;
      for (const [entry, other] of [[original, translation], [translation, original]] as const) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        const raw = (entry.raw ?? {}) as Record<string, unknown>;
        for (const [list, noun] of translatedLists) {
          const items = raw[list];
          if (!Array.isArray(items)) continue;
          items.forEach((item: unknown, i) => {
            const id = (item as { id?: unknown } | null)?.id;
            if (typeof id === 'string' && id.trim() !== '') return;
            const derived = ((entry.data as Record<string, { id: string }[]>)[list] ?? [])[i]?.id ?? '';
            findings.push({
              entry,
              path: [list, i],
              message:
                `This ${noun} has no \`id\`, and this concept has a translation (${other.file}). ` +
                `An id derived from the text differs per language; write \`id: ${derived}\` here and the same id on the matching ${noun} of the other language.`,
            });
          });
        }
      }
    }
    return findings;
  },
};
