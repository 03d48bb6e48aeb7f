/**
 * Every playbook rule, in the order the rules table on /authoring/ lists them. `mdx-safe` is not
 * among them: the checker applies it to every body as it parses it (src/rules/mdx-safe.ts),
 * always as an error; the rules table lists it too.
 */
import { argumentHasProof } from './argument-has-proof.ts';
import { assetLang } from './asset-lang.ts';
import { bundleCoversConcept } from './bundle-covers-concept.ts';
import { bundlePriceSane } from './bundle-price-sane.ts';
import { championFromPilot } from './champion-from-pilot.ts';
import { competitorClaimsSourced } from './competitor-claims-sourced.ts';
import { competitorStale } from './competitor-stale.ts';
import { conceptComplete } from './concept-complete.ts';
import { customerSafeNames } from './customer-safe-names.ts';
import { idsUnique } from './ids-unique.ts';
import { linksExist } from './links-exist.ts';
import { liveNeedsPilotResults } from './live-needs-pilot-results.ts';
import { noPaybackPromise } from './no-payback-promise.ts';
import { noPlaceholders } from './no-placeholders.ts';
import { noVagueClaims } from './no-vague-claims.ts';
import { publishedLinksDraft } from './published-links-draft.ts';
import { referencesExist } from './references-exist.ts';
import { reviewOverdue } from './review-overdue.ts';
import { translationIds } from './translation-ids.ts';
import { translationHasOriginal } from './translation-has-original.ts';
import { translationLanguage } from './translation-language.ts';
import { translationParity } from './translation-parity.ts';
import { translationStale } from './translation-stale.ts';
import { datesPlausible } from './dates-plausible.ts';
import { replacedByValid } from './replaced-by-valid.ts';
import { statusChangeLogged } from './status-change-logged.ts';
import { lessonConceptsPublished } from './lesson-concepts-published.ts';
import { lessonQuotesExist } from './lesson-quotes-exist.ts';
import { quizValid } from './quiz-valid.ts';
import { metricsFunnelOrder, metricsValid } from './metrics-valid.ts';
import { contentHealth } from './content-health.ts';
import { fieldNoteObjections } from './field-note-objections.ts';
import { fieldNotePlausible } from './field-note-plausible.ts';
import type { Rule } from './types.ts';

export const allRules: readonly Rule[] = [
  referencesExist,
  linksExist,
  idsUnique,
  conceptComplete,
  argumentHasProof,
  noVagueClaims,
  bundleCoversConcept,
  bundlePriceSane,
  championFromPilot,
  liveNeedsPilotResults,
  customerSafeNames,
  noPaybackPromise,
  reviewOverdue,
  competitorClaimsSourced,
  competitorStale,
  publishedLinksDraft,
  noPlaceholders,
  translationLanguage,
  translationHasOriginal,
  translationIds,
  translationParity,
  translationStale,
  replacedByValid,
  statusChangeLogged,
  datesPlausible,
  assetLang,
  quizValid,
  lessonConceptsPublished,
  lessonQuotesExist,
  metricsValid,
  metricsFunnelOrder,
  contentHealth,
  fieldNoteObjections,
  fieldNotePlausible,
];

export { runRules } from './engine.ts';
export type * from './types.ts';
