import type { HealthCheck, HealthCriterion } from '../lib/content-health.ts';
import { healthNotes, playbookHealth } from '../lib/playbook-health.ts';
import { formatPercent } from '../lib/format.ts';
import { isTranslation } from '../lib/translations.ts';
import { andList } from '../lib/text.ts';
import { languageOf, localesOf } from './translation-entries.ts';
import type { PlaybookContent, Rule, RuleFinding } from './types.ts';

type NoteEntry = Parameters<typeof healthNotes>[0][number];

/**
 * The field notes of the playbook: the `field-notes` collection of the registry once it exists
 * (issue 15), otherwise none, so the two criteria that need notes do not pass.
 */
function fieldNoteEntries(content: PlaybookContent): readonly NoteEntry[] {
  const notes = (content as unknown as Record<string, readonly NoteEntry[] | undefined>)['field-notes'];
  return notes ?? [];
}

/** What a failing criterion means, in a message. */
const failing: Record<HealthCriterion, (check: HealthCheck) => string> = {
  'reviewed-on-time': (c) => `its review is ${c.detail.daysOverdue} days overdue`,
  'arguments-proven': (c) => `${c.detail.unproven} of ${c.detail.arguments} arguments have no proof`,
  'no-vague-claims': (c) => `the tagline or a claim says ${c.detail.words} without a figure`,
  'battlecards-fresh': (c) => `the battlecard of ${c.detail.stale} is stale`,
  'pilot-results': () => 'the pilot has no results or no decision',
  'recent-field-note': (c) => `no field note in the last ${c.detail.days} days`,
  'objections-handled': (c) =>
    c.detail.heard === 0 ? 'no field note says how its objections went' : `only ${c.detail.handled} of ${c.detail.heard} objections heard in the field were handled`,
};

/**
 * Content health of live concepts (src/lib/content-health.ts): each failing live concept is
 * one warning, with the trust score of the playbook.
 */
export const contentHealth: Rule = {
  id: 'content-health',
  defaultSeverity: 'warning',
  fix: 'Work through the to-do list on /insights/: review the concept, prove each argument, refresh battlecards, record pilot results, and collect field notes.',
  description:
    'A live concept is reviewed on time, proves every argument, has no vague claim, fresh battlecards, pilot results, a field note in the last 90 days, and most of its objections handled in the field.',
  translations: {
    nl: {
      description:
        'Een live concept is op tijd doorgenomen, onderbouwt elk argument, heeft geen vage beweringen, actuele battlecards, pilotresultaten, een veldnotitie uit de laatste 90 dagen, en de meeste bezwaren zijn in het veld goed beantwoord.',
      fix: 'Werk de takenlijst op de pagina Inzichten (/insights/) af: neem het concept door, onderbouw elk argument, werk battlecards bij, leg pilotresultaten vast en verzamel veldnotities.',
    },
  },
  check({ content, today, settings }) {
    const locales = localesOf(settings);
    const concepts = content.concepts.filter((concept) => !isTranslation(concept, locales));
    const notes = healthNotes(fieldNoteEntries(content));
    const { health, score } = playbookHealth({
      concepts,
      competitors: content.competitors,
      notes,
      today,
      goal: settings.trustScoreGoal ?? 80,
      settings: { staleCompetitorDays: settings.staleCompetitorDays, vagueWords: settings.vagueWords },
      langOf: (concept) => languageOf(concepts.find((c) => c.id === concept.id)!, settings),
    });
    const findings: RuleFinding[] = [];
    const scoreText =
      score.score === undefined ? '' : ` The trust score is ${formatPercent(Math.round(score.score), 'en')} of live concepts (goal ${formatPercent(score.goal, 'en')}).`;
    for (const result of health) {
      if (result.pass) continue;
      const entry = concepts.find((c) => c.id === result.conceptId)!;
      const reasons = result.checks.filter((c) => !c.pass).map((c) => failing[c.criterion](c));
      findings.push({
        entry,
        path: ['status'],
        message: `This live concept fails ${reasons.length} of ${result.checks.length} health criteria: ${andList(reasons)}.${scoreText}`,
      });
    }
    return findings;
  },
};
