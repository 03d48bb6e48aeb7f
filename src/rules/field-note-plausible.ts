import { isBlank } from '../lib/text.ts';
import type { Rule, RuleFinding } from './types.ts';

const day = 24 * 60 * 60 * 1000;

/** A field note tells of a visit that happened, and tells something. */
export const fieldNotePlausible: Rule = {
  id: 'field-note-plausible',
  defaultSeverity: 'error',
  fix: 'Write the day of the visit (YYYY-MM-DD, not later than tomorrow), and at least one objection heard, a new objection, what worked or what did not.',
  description:
    'A field note is dated no later than tomorrow and says something: an objection heard, a new objection, what worked or what did not.',
  translations: {
    nl: {
      description:
        'Een veldnotitie heeft een datum die niet na morgen ligt en zegt iets: een gehoord bezwaar, een nieuw bezwaar, wat werkte of wat niet werkte.',
      fix: 'Vul de dag van het bezoek in (JJJJ-MM-DD, niet na morgen) en minstens één gehoord bezwaar, een nieuw bezwaar, wat werkte of wat niet.',
    },
  },
  check({ content, today }) {
    const findings: RuleFinding[] = [];
    const tomorrow = today.getTime() + day;
    for (const note of content['field-notes']) {
      const { date, objectionsHeard, newObjections, worked, didNotWork } = note.data;
      if (date.getTime() > tomorrow) {
        findings.push({
          entry: note,
          path: ['date'],
          message: `This note is dated ${date.toISOString().slice(0, 10)}, later than tomorrow. Write the day of the visit (YYYY-MM-DD, year first).`,
        });
      }
      if (objectionsHeard.length === 0 && newObjections.length === 0 && isBlank(worked) && isBlank(didNotWork)) {
        findings.push({
          entry: note,
          path: [],
          message: 'This note says nothing about the visit: no objection heard, no new objection, nothing on what worked or did not. Add at least one of them, or delete the note.',
        });
      }
    }
    return findings;
  },
};
