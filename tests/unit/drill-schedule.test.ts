import { describe, expect, it } from 'vitest';
import { fsrs } from 'ts-fsrs';
import {
  Rating,
  State,
  answerInSession,
  buildQueue,
  endOfDay,
  gradeCard,
  newCard,
  type Card,
} from '../../src/lib/drill-schedule.ts';

const at = (iso: string) => new Date(iso);
const day1 = at('2026-12-01T09:00:00Z');

describe('drill schedule (FSRS, retention 0.9, short-term steps off, fuzz off)', () => {
  it('grading schedules the card on the dates FSRS gives for that history', () => {
    const reference = fsrs({ request_retention: 0.9, enable_short_term: false, enable_fuzz: false });
    let ours: Card = newCard(day1);
    let theirs: Card = newCard(day1);
    const history: [Rating.Good | Rating.Hard | Rating.Easy | Rating.Again, Date][] = [
      [Rating.Good, day1],
      [Rating.Good, at('2026-12-04T08:30:00Z')],
      [Rating.Hard, at('2026-12-20T10:00:00Z')],
      [Rating.Easy, at('2027-01-15T10:00:00Z')],
    ];
    const dues: string[] = [];
    for (const [grade, when] of history) {
      ours = gradeCard(ours, grade, when);
      theirs = reference.next(theirs, when, grade).card;
      expect(ours.due.toISOString()).toBe(theirs.due.toISOString());
      dues.push(ours.due.toISOString().slice(0, 10));
    }
    // Pinned, so a change of settings or library shows here: every grade lands on a later day.
    expect(dues).toMatchInlineSnapshot(`
      [
        "2026-12-04",
        "2026-12-18",
        "2027-01-31",
        "2027-06-05",
      ]
    `);
    expect(ours.state).toBe(State.Review);
  });

  it('Hard, Good and Easy on a new card schedule a later day, never later today', () => {
    for (const grade of [Rating.Hard, Rating.Good, Rating.Easy] as const) {
      const card = gradeCard(newCard(day1), grade, day1);
      expect(card.due.getTime()).toBeGreaterThanOrEqual(endOfDay(day1).getTime());
    }
  });

  it('Again keeps the card in the session, at the end; Good takes it out of today', () => {
    const queue = ['a/x', 'b/y', 'c/z'];
    const again = answerInSession(queue, 'a/x', newCard(day1), Rating.Again, day1);
    expect(again.queue).toEqual(['b/y', 'c/z', 'a/x']);
    expect(again.counted).toBe('new');
    const good = answerInSession(again.queue, 'b/y', newCard(day1), Rating.Good, day1);
    expect(good.queue).toEqual(['c/z', 'a/x']);
    const rebuilt = buildQueue({ keys: queue, states: new Map([['b/y', good.card]]), now: day1 });
    expect(rebuilt.queue).not.toContain('b/y');
  });

  it('keeps the daily limits: 10 new and 30 reviews by default, configurable, with due and new counts', () => {
    const keys = Array.from({ length: 50 }, (_, i) => `c/o${String(i).padStart(2, '0')}`);
    const states = new Map<string, Card>();
    for (const key of keys.slice(0, 40)) states.set(key, gradeCard(newCard(at('2026-11-01T09:00:00Z')), Rating.Good, at('2026-11-01T09:00:00Z')));
    const queue = buildQueue({ keys, states, now: day1 });
    expect(queue.dueCount).toBe(40);
    expect(queue.newCount).toBe(10);
    expect(queue.queue).toHaveLength(30 + 10);
    const small = buildQueue({ keys, states, now: day1, limits: { newPerDay: 2, reviewsPerDay: 5 }, done: { new: 1, reviews: 0 } });
    expect(small.queue).toHaveLength(5 + 1);
  });

  it('ends the day at the learner\'s midnight', () => {
    expect(endOfDay(at('2026-12-01T22:30:00Z')).toISOString()).toBe('2026-12-02T00:00:00.000Z');
    expect(endOfDay(at('2026-12-01T23:30:00Z'), 60).toISOString()).toBe('2026-12-02T23:00:00.000Z');
  });
});
