import { isoDate } from '../lib/format.ts';
import { reviewState } from '../lib/review.ts';
import type { Rule, RuleFinding } from './types.ts';

export const reviewOverdue: Rule = {
  id: 'review-overdue',
  defaultSeverity: 'warning',
  fix: 'Review the concept with sales, then set `lastReviewed` to the review date.',
  description: 'A concept is reviewed with sales every `reviewEveryDays` days (retired concepts excepted).',
  translations: {
    nl: {
      description: 'Een concept wordt elke `reviewEveryDays` dagen met sales doorgenomen (vervallen concepten niet).',
      fix: 'Neem het concept door met sales en zet `lastReviewed` daarna op de datum van dat overleg.',
    },
  },
  check({ content, today }) {
    const findings: RuleFinding[] = [];
    for (const concept of content.concepts) {
      const { status, lastReviewed, reviewEveryDays } = concept.data;
      if (status === 'retired') continue;
      const state = reviewState(lastReviewed, reviewEveryDays, today);
      if (!state.overdue) continue;
      findings.push({
        entry: concept,
        path: ['lastReviewed'],
        message:
          `The review was due on ${isoDate(state.due)} (every ${reviewEveryDays} days since ${isoDate(lastReviewed)}), ${state.daysOverdue} days ago. ` +
          'Review the concept with sales, then set `lastReviewed` to the review date.',
      });
    }
    return findings;
  },
};
