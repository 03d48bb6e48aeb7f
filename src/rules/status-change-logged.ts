import { isTranslation } from '../lib/translations.ts';
import { localesOf } from './translation-entries.ts';
import { quote } from '../lib/text.ts';
import type { Rule, RuleFinding } from './types.ts';

/** How a change summary may name each status (English and Dutch). */
const statusWords: Record<string, RegExp> = {
  pilot: /\bpilot/i,
  live: /\blive\b/i,
  retired: /\b(retire|withdrawn|ingetrokken|uitgefaseerd|gestopt|stopgezet)/i,
};

/**
 * Each status step is logged: a concept past draft has a `changes[]` entry of kind `status`,
 * and the newest one names the status it is in now (the guide promises it; the "what changed"
 * list and later reports rely on it). Translations follow their original and are skipped.
 */
export const statusChangeLogged: Rule = {
  id: 'status-change-logged',
  defaultSeverity: 'error',
  fix: 'Add a `changes` entry of kind `status` that names the step to the current status, with its date.',
  description: 'A concept past draft logs its status step: the newest `changes[]` entry of kind `status` names the current status.',
  translations: {
    nl: {
      description:
        'Een concept voorbij de conceptversie legt elke statusstap vast: de nieuwste regel in `changes[]` van soort `status` noemt de huidige status.',
      fix: 'Voeg aan `changes` een regel van soort `status` toe die de stap naar de huidige status noemt, met de datum.',
    },
  },
  check({ content, settings }) {
    const findings: RuleFinding[] = [];
    for (const concept of content.concepts) {
      // A translation follows its original's status; the step is logged in the original.
      if (isTranslation(concept, localesOf(settings))) continue;
      const { status, changes } = concept.data;
      const word = statusWords[status];
      if (!word) continue;
      const index = changes.findIndex((change) => change.kind === 'status');
      if (index < 0) {
        findings.push({
          entry: concept,
          path: ['status'],
          message: `The concept is ${status}, but \`changes\` has no entry of kind \`status\`. Add one at the top of \`changes\` that says when and why it became ${status} (\`kind: status\`, e.g. "Draft to ${status} after …").`,
        });
        continue;
      }
      const newest = changes[index]!;
      if (!word.test(newest.summary)) {
        findings.push({
          entry: concept,
          path: ['changes', index, 'summary'],
          message: `The concept is ${status}, but the newest status change says ${quote(newest.summary)}. Add a new entry at the top of \`changes\` (\`kind: status\`) for the step to ${status}.`,
        });
      }
    }
    return findings;
  },
};
