/** Each content-health criterion with good and bad evidence, the trust score, the to-do list and the rule. */
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/checker/check.ts';
import {
  argumentsProven,
  battlecardsFresh,
  conceptHealth,
  healthTodos,
  noVagueClaims,
  objectionsHandled,
  pilotResults,
  recentFieldNote,
  reviewedOnTime,
  trustScore,
  type HealthInput,
} from '../../src/lib/content-health.ts';
import { resolveToday } from '../../src/lib/today.ts';
import { defaultOptions, goodPlaybookWith, lines } from './checker/check-helpers.ts';

const today = new Date('2026-12-01T00:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function input(over: Partial<HealthInput['concept']['data']> = {}, rest: Partial<HealthInput> = {}): HealthInput {
  return {
    concept: {
      id: 'scrap',
      data: {
        lastReviewed: day('2026-10-01'),
        reviewEveryDays: 120,
        tagline: 'Scrap down 38 % in two quarters',
        arguments: [{ id: 'a', claim: 'Less scrap', proof: 'Scrap down 38 % in 6 months', benefit: 'Money saved', personas: [] }],
        proofPoints: [],
        competitors: [{ id: 'rival', collection: 'competitors' }],
        pilot: { scope: ['Germany'], start: day('2026-03-02'), end: day('2026-06-30'), results: '4 won', decision: 'Live' },
        ...over,
      },
    },
    lang: 'en',
    competitorAsOf: new Map([['rival', day('2026-10-01')]]),
    notes: [{ concept: 'scrap', date: day('2026-11-20'), objectionsHeard: [{ objection: 'price', handled: true }, { objection: 'it', handled: true }, { objection: 'time', handled: false }] }],
    today,
    ...rest,
  };
}

describe('health criteria', () => {
  it('reviewed on time, until lastReviewed + reviewEveryDays has passed', () => {
    expect(reviewedOnTime(input()).pass).toBe(true);
    expect(reviewedOnTime(input({ lastReviewed: day('2026-07-01') }))).toMatchObject({ pass: false, detail: { daysOverdue: 33 } });
  });
  it('every argument proven by a figure, a proof point of the concept or a source', () => {
    expect(argumentsProven(input()).pass).toBe(true);
    const weak = input({ arguments: [{ id: 'a', claim: 'Less scrap', proof: 'Certified ISO 9001', benefit: 'b', personas: [] }, { id: 'b', claim: 'c', source: 'Test report 2026', benefit: 'b', personas: [] }] });
    expect(argumentsProven(weak)).toMatchObject({ pass: false, detail: { unproven: 1, arguments: 2 } });
    expect(argumentsProven(input({ arguments: [] })).pass).toBe(false);
  });
  it('no vague claim in the tagline or a claim', () => {
    expect(noVagueClaims(input()).pass).toBe(true);
    expect(noVagueClaims(input({ tagline: 'A seamless, innovative gauge' }))).toMatchObject({ pass: false, detail: { words: 'seamless, innovative' } });
  });
  it('battlecards of its competitors checked within the limit', () => {
    expect(battlecardsFresh(input()).pass).toBe(true);
    expect(battlecardsFresh(input({}, { competitorAsOf: new Map([['rival', day('2026-08-01')]]) }))).toMatchObject({ pass: false, detail: { stale: 'rival' } });
    expect(battlecardsFresh(input({}, { competitorAsOf: new Map([['rival', day('2026-08-01')]]), settings: { staleCompetitorDays: 200 } })).pass).toBe(true);
  });
  it('pilot results and a decision present', () => {
    expect(pilotResults(input()).pass).toBe(true);
    expect(pilotResults(input({ pilot: { scope: ['x'], start: day('2026-01-01'), results: ' ' } })).pass).toBe(false);
    expect(pilotResults(input({ pilot: undefined })).pass).toBe(false);
  });
  it('a field note of this concept in the last 90 days (notes of other concepts do not count)', () => {
    expect(recentFieldNote(input())).toMatchObject({ pass: true, detail: { newestDaysAgo: 11 } });
    expect(recentFieldNote(input({}, { notes: [{ concept: 'scrap', date: day('2026-09-01'), objectionsHeard: [] }] })).pass).toBe(false);
    expect(recentFieldNote(input({}, { notes: [{ concept: 'other', date: day('2026-11-30'), objectionsHeard: [] }] })).pass).toBe(false);
    expect(recentFieldNote(input({}, { notes: [] })).pass).toBe(false);
  });
  it('objections mostly handled: more than half of those heard; none heard is no evidence', () => {
    expect(objectionsHandled(input())).toMatchObject({ pass: true, detail: { heard: 3, handled: 2 } });
    const half = [{ concept: 'scrap', date: day('2026-11-01'), objectionsHeard: [{ objection: 'a', handled: true }, { objection: 'b', handled: false }] }];
    expect(objectionsHandled(input({}, { notes: half })).pass).toBe(false);
    expect(objectionsHandled(input({}, { notes: [] }))).toMatchObject({ pass: false, detail: { heard: 0 } });
  });
});

describe('trust score', () => {
  /** The input of a concept with another id, its own field notes moved along. */
  const named = (id: string, base: HealthInput): HealthInput => ({
    ...base,
    concept: { ...base.concept, id },
    notes: base.notes.map((note) => ({ ...note, concept: id })),
  });
  const healthy = conceptHealth(input());
  const stale = conceptHealth(named('stale', input({ lastReviewed: day('2026-01-01') })));
  const poor = conceptHealth(named('poor', input({ tagline: 'Seamless', lastReviewed: day('2026-01-01') }, { notes: [] })));

  it('is the share of live concepts passing every criterion, against the goal', () => {
    expect(healthy.pass).toBe(true);
    expect(trustScore([healthy, stale], 80)).toEqual({ score: 50, goal: 80, meetsGoal: false, passing: 1, total: 2 });
    expect(trustScore([healthy], 80).meetsGoal).toBe(true);
    expect(trustScore([], 80).score).toBeUndefined();
  });
  it('lists what to fix, the concept closest to passing first', () => {
    expect(healthTodos([poor, healthy, stale]).map((t) => `${t.conceptId} ${t.check.criterion}`)).toEqual([
      'stale reviewed-on-time',
      'poor reviewed-on-time',
      'poor no-vague-claims',
      'poor recent-field-note',
      'poor objections-handled',
    ]);
  });
});

describe('the content-health rule', () => {
  it('warns per failing live concept with what fails and the trust score', () => {
    const result = checkSources(goodPlaybookWith(), { ...defaultOptions, today: new Date('2026-11-27T00:00:00Z'), severities: {} });
    expect(lines(result).filter((line) => line.includes('content-health')).map((line) => line.replace(/\u00a0/g, ' '))).toEqual([
      'tests/fixtures/good/concepts/gauge-and-insight.mdx:7:1  warning  content-health  status  This live concept fails 2 of 7 health criteria: no field note in the last 90 days and no field note says how its objections went. The trust score is 0 % of live concepts (goal 80 %).',
    ]);
  });
});

describe('PLAYBOOK_TODAY', () => {
  it('fixes the build date; without it, the clock’s day', () => {
    expect(resolveToday('2026-12-01', new Date('2030-05-05T13:00:00Z'))).toEqual(day('2026-12-01'));
    expect(resolveToday(undefined, new Date('2030-05-05T13:00:00Z'))).toEqual(day('2030-05-05'));
    expect(() => resolveToday('2026-02-30', new Date())).toThrow(/YYYY-MM-DD/);
  });
});
