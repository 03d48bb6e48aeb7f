/**
 * Content health and the trust score, computed from evidence rather than from clicks: per live
 * concept, seven criteria that look at what the content and the field show. The trust score is
 * the share of live concepts that pass all of them. Pure: "today", the content and the field
 * notes are passed in.
 */
import type { Concept } from '../schemas/concepts.ts';
import { hasFigureWithUnit } from './proof-figures.ts';
import { daysBetween, isStale, reviewState } from './review.ts';
import { vagueWordMatcher, vagueWordsIn } from './vague-words.ts';

export const healthCriteria = [
  'reviewed-on-time',
  'arguments-proven',
  'no-vague-claims',
  'battlecards-fresh',
  'pilot-results',
  'recent-field-note',
  'objections-handled',
] as const;
export type HealthCriterion = (typeof healthCriteria)[number];

/** What health needs of a field note (the field-notes collection gives more). */
export interface HealthFieldNote {
  /** Id of the concept the note is about. */
  concept: string;
  date: Date;
  objectionsHeard: readonly { objection: string; handled: boolean }[];
}

export interface HealthSettings {
  /** Age in days after which a battlecard is stale (playbook.config.ts `staleCompetitorDays`). */
  staleCompetitorDays: number;
  /** Extra buzzwords per language (`vagueWords`). */
  vagueWords: Readonly<Record<string, readonly string[]>>;
  /** A field note must be at most this many days old. */
  fieldNoteDays: number;
  /** Share of heard objections (0–1) that must have been handled: more than this passes. */
  handledShare: number;
}

export const defaultHealthSettings: HealthSettings = {
  staleCompetitorDays: 90,
  vagueWords: {},
  fieldNoteDays: 90,
  handledShare: 0.5,
};

export interface HealthCheck {
  criterion: HealthCriterion;
  pass: boolean;
  /** What the check found, for the to-do list: counts and ids, never prose (pages word it). */
  detail: Record<string, string | number>;
}

export interface ConceptHealth {
  conceptId: string;
  checks: HealthCheck[];
  pass: boolean;
}

export interface HealthInput {
  concept: { id: string; data: Pick<Concept, 'lastReviewed' | 'reviewEveryDays' | 'arguments' | 'proofPoints' | 'tagline' | 'competitors' | 'pilot'> };
  /** The language the concept is written in (proof figures and buzzwords are read in it). */
  lang: string;
  /** `asOf` of each battlecard by competitor id. */
  competitorAsOf: ReadonlyMap<string, Date>;
  /** Every field note (the function picks the concept's own). */
  notes: readonly HealthFieldNote[];
  today: Date;
  settings?: Partial<HealthSettings>;
}

/** Reviewed on time: lastReviewed + reviewEveryDays has not passed. */
export function reviewedOnTime({ concept, today }: HealthInput): HealthCheck {
  const state = reviewState(concept.data.lastReviewed, concept.data.reviewEveryDays, today);
  return { criterion: 'reviewed-on-time', pass: !state.overdue, detail: { daysOverdue: state.daysOverdue } };
}

/** Every argument proven: a figure with a unit, one of the concept's proof points, or a source. */
export function argumentsProven({ concept, lang }: HealthInput): HealthCheck {
  const proofPoints = new Set(concept.data.proofPoints.map((p) => p.id));
  const unproven = concept.data.arguments.filter(
    (a) =>
      !(a.proof !== undefined && hasFigureWithUnit(a.proof, lang)) &&
      !(a.proofPoint !== undefined && proofPoints.has(a.proofPoint)) &&
      !(a.source !== undefined && a.source.trim() !== ''),
  );
  return {
    criterion: 'arguments-proven',
    pass: concept.data.arguments.length > 0 && unproven.length === 0,
    detail: { unproven: unproven.length, arguments: concept.data.arguments.length },
  };
}

/** No vague claim: the tagline and the claims use no buzzword without a figure. */
export function noVagueClaims({ concept, lang, settings }: HealthInput): HealthCheck {
  const matcher = vagueWordMatcher(settings?.vagueWords ?? {}, lang);
  const words = [concept.data.tagline, ...concept.data.arguments.map((a) => a.claim)].flatMap((text) => vagueWordsIn(text, matcher, lang));
  return { criterion: 'no-vague-claims', pass: words.length === 0, detail: { words: [...new Set(words)].join(', '), count: words.length } };
}

/** Its competitors' battlecards fresh: each checked within `staleCompetitorDays`. */
export function battlecardsFresh({ concept, competitorAsOf, today, settings }: HealthInput): HealthCheck {
  const maxAge = settings?.staleCompetitorDays ?? defaultHealthSettings.staleCompetitorDays;
  const stale = concept.data.competitors
    .map((ref) => ref.id)
    .filter((id) => {
      const asOf = competitorAsOf.get(id);
      return asOf !== undefined && isStale(asOf, maxAge, today);
    });
  return { criterion: 'battlecards-fresh', pass: stale.length === 0, detail: { stale: stale.join(', '), count: stale.length } };
}

/** Pilot results present: the pilot has results and a decision. */
export function pilotResults({ concept }: HealthInput): HealthCheck {
  const pilot = concept.data.pilot;
  const pass = !!pilot?.results?.trim() && !!pilot.decision?.trim();
  return { criterion: 'pilot-results', pass, detail: {} };
}

const notesOf = (input: HealthInput) => input.notes.filter((note) => note.concept === input.concept.id);

/** A field note in the last `fieldNoteDays` days (90 by default). */
export function recentFieldNote(input: HealthInput): HealthCheck {
  const maxAge = input.settings?.fieldNoteDays ?? defaultHealthSettings.fieldNoteDays;
  const ages = notesOf(input)
    .map((note) => daysBetween(note.date, input.today))
    .filter((age) => age >= 0);
  const newest = ages.length > 0 ? Math.min(...ages) : undefined;
  return {
    criterion: 'recent-field-note',
    pass: newest !== undefined && newest <= maxAge,
    detail: newest === undefined ? { days: maxAge } : { days: maxAge, newestDaysAgo: newest },
  };
}

/**
 * Its objections mostly handled in the field: of the objections heard in its field notes, more
 * than `handledShare` (half) were handled. Nothing heard is no evidence, so it does not pass.
 */
export function objectionsHandled(input: HealthInput): HealthCheck {
  const share = input.settings?.handledShare ?? defaultHealthSettings.handledShare;
  const heard = notesOf(input).flatMap((note) => note.objectionsHeard);
  const handled = heard.filter((o) => o.handled).length;
  return {
    criterion: 'objections-handled',
    pass: heard.length > 0 && handled / heard.length > share,
    detail: { heard: heard.length, handled },
  };
}

const checks: Record<HealthCriterion, (input: HealthInput) => HealthCheck> = {
  'reviewed-on-time': reviewedOnTime,
  'arguments-proven': argumentsProven,
  'no-vague-claims': noVagueClaims,
  'battlecards-fresh': battlecardsFresh,
  'pilot-results': pilotResults,
  'recent-field-note': recentFieldNote,
  'objections-handled': objectionsHandled,
};

/** Every criterion for one concept, in the order of `healthCriteria`. */
export function conceptHealth(input: HealthInput): ConceptHealth {
  const results = healthCriteria.map((criterion) => checks[criterion](input));
  return { conceptId: input.concept.id, checks: results, pass: results.every((check) => check.pass) };
}

export interface TrustScore {
  /** Percent of live concepts that pass every criterion; undefined without live concepts. */
  score: number | undefined;
  goal: number;
  meetsGoal: boolean;
  passing: number;
  total: number;
}

export function trustScore(health: readonly ConceptHealth[], goal: number): TrustScore {
  const passing = health.filter((h) => h.pass).length;
  const score = health.length === 0 ? undefined : (passing / health.length) * 100;
  return { score, goal, meetsGoal: score !== undefined && score >= goal, passing, total: health.length };
}

export interface HealthTodo {
  conceptId: string;
  check: HealthCheck;
}

/**
 * What to fix first: every failing check, those of the concepts closest to passing first (one
 * fix there lifts the trust score), then in criterion order.
 */
export function healthTodos(health: readonly ConceptHealth[]): HealthTodo[] {
  const failing = (h: ConceptHealth) => h.checks.filter((c) => !c.pass);
  return [...health]
    .filter((h) => !h.pass)
    .sort((a, b) => failing(a).length - failing(b).length || a.conceptId.localeCompare(b.conceptId))
    .flatMap((h) => failing(h).map((check) => ({ conceptId: h.conceptId, check })));
}
