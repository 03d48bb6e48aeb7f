import type { Rule, RuleFinding } from './types.ts';

const day = 24 * 60 * 60 * 1000;

/** Whether `dates-plausible` accepts a review or change date: not later than tomorrow. */
export function plausibleDate(date: Date, today: Date): boolean {
  return date.getTime() <= today.getTime() + day;
}

/** A review cannot have happened in the future: a `lastReviewed` after tomorrow is a typo. */
export const datesPlausible: Rule = {
  id: 'dates-plausible',
  defaultSeverity: 'error',
  fix: 'Correct the date: a review or change cannot lie in the future.',
  description: '`lastReviewed` and change dates are not later than tomorrow.',
  translations: {
    nl: {
      description: '`lastReviewed` en de datums van wijzigingen liggen niet na morgen.',
      fix: 'Verbeter de datum: een controle of wijziging kan niet in de toekomst liggen.',
    },
  },
  check({ content, today }) {
    const findings: RuleFinding[] = [];
    const iso = (date: Date) => date.toISOString().slice(0, 10);
    for (const concept of content.concepts) {
      const { lastReviewed, changes } = concept.data;
      if (!plausibleDate(lastReviewed, today)) {
        findings.push({
          entry: concept,
          path: ['lastReviewed'],
          message: `\`lastReviewed\` is ${iso(lastReviewed)}, later than tomorrow. Write the day the concept was last reviewed with sales (YYYY-MM-DD, year first).`,
        });
      }
      changes.forEach((change, i) => {
        if (plausibleDate(change.date, today)) return;
        findings.push({
          entry: concept,
          path: ['changes', i, 'date'],
          message: `This change is dated ${iso(change.date)}, later than tomorrow. Write the day it was made (YYYY-MM-DD, year first).`,
        });
      });
    }
    return findings;
  },
};
