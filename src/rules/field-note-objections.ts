import { byId } from './content-walk.ts';
import { closest, quote } from '../lib/text.ts';
import type { Rule, RuleFinding } from './types.ts';

/**
 * A field note's heard objections are the concept's own: the counts on objection cards and the
 * ranking add up per objection id, so an id the concept does not have would count for nothing.
 */
export const fieldNoteObjections: Rule = {
  id: 'field-note-objections',
  defaultSeverity: 'error',
  fix: 'Use the `id` of one of the concept\'s objections (listed on its objection cards), once per note; put what the customer said in other words under `newObjections`.',
  description:
    'Every objection a field note lists under `objectionsHeard` is an objection of the note\'s concept, and none is listed twice.',
  translations: {
    nl: {
      description:
        'Elk bezwaar dat een veldnotitie onder `objectionsHeard` noemt, hoort bij het concept van die notitie, en geen bezwaar staat er twee keer.',
      fix: 'Gebruik de `id` van een van de bezwaren van het concept (die staat op de bezwaarkaarten), één keer per notitie; wat de klant in andere woorden zei, komt onder `newObjections`.',
    },
  },
  check({ content }) {
    const concepts = byId(content, 'concepts');
    const findings: RuleFinding[] = [];
    for (const note of content['field-notes']) {
      const concept = concepts.get(note.data.concept.id);
      // A missing concept is references-exist's finding; one mistake, one message.
      if (!concept) continue;
      const ids = concept.data.objections.map((objection) => objection.id);
      const seen = new Set<string>();
      note.data.objectionsHeard.forEach((heard, i) => {
        const path = ['objectionsHeard', i, 'objection'];
        if (seen.has(heard.objection)) {
          findings.push({ entry: note, path, message: `The objection ${quote(heard.objection)} is listed twice in this note. Keep one line for it, with \`handled: true\` if the answer worked in the end.` });
          return;
        }
        seen.add(heard.objection);
        if (ids.includes(heard.objection)) return;
        const near = closest(heard.objection, ids);
        findings.push({
          entry: note,
          path,
          // The concept's objections failed their schema there: that is the one message.
          about: [{ entry: concept, path: ['objections'] }],
          message:
            `The concept ${quote(concept.id)} has no objection ${quote(heard.objection)}.` +
            (near ? ` Did you mean ${quote(near)}?` : '') +
            ` Its objections are ${ids.map(quote).join(', ')}. If the customer said something the playbook has no answer for, write it under \`newObjections\` instead.`,
        });
      });
    }
    return findings;
  },
};
