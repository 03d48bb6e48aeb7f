import { describe, expect, it } from 'vitest';
import {
  Rating,
  State,
  againMinutes,
  answerInSession,
  buildQueue,
  endOfDay,
  gradeCard,
  newCard,
  type Card,
} from '../../src/lib/drill-schedule.ts';

const at = (iso: string) => new Date(iso);
const day1 = at('2026-12-01T09:00:00Z');

describe('drill schedule (FSRS, retention 0.9, one short step for Again only, fuzz off)', () => {
  it('grading schedules the card on the dates FSRS gives for that history', () => {
    let ours: Card = newCard(day1);
    const history: [Rating.Good | Rating.Hard | Rating.Easy | Rating.Again, Date][] = [
      [Rating.Good, day1],
      [Rating.Good, at('2026-12-04T08:30:00Z')],
      [Rating.Hard, at('2026-12-20T10:00:00Z')],
      [Rating.Easy, at('2027-01-15T10:00:00Z')],
    ];
    const dues: string[] = [];
    for (const [grade, when] of history) {
      ours = gradeCard(ours, grade, when);
      dues.push(ours.due.toISOString().slice(0, 10));
    }
    // Pinned, so a change of settings or library shows here: every grade lands on a later day.
    expect(dues).toMatchInlineSnapshot(`
      [
        "2026-12-03",
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

  it('Again keeps a card due today in (re)learning, so a reload still has it, at the end and in no limit', () => {
    const failed = gradeCard(newCard(day1), Rating.Again, day1);
    expect(failed.state).toBe(State.Learning);
    expect(failed.due.getTime()).toBe(day1.getTime() + againMinutes * 60_000);
    // A review card forgotten: relearning, due today too.
    const review = gradeCard(newCard(at('2026-11-20T09:00:00Z')), Rating.Good, at('2026-11-20T09:00:00Z'));
    const lapsed = gradeCard(review, Rating.Again, day1);
    expect(lapsed.state).toBe(State.Relearning);
    expect(lapsed.due.getTime()).toBeLessThan(endOfDay(day1).getTime());

    // The session after a reload: 6 new cards done today (two of them failed), room for 4 more new ones.
    const keys = Array.from({ length: 16 }, (_, i) => `c/o${String(i).padStart(2, '0')}`);
    const good = gradeCard(newCard(day1), Rating.Good, day1);
    const states = new Map<string, Card>(keys.slice(0, 6).map((key, i) => [key, i === 0 || i === 5 ? failed : good]));
    const later = at('2026-12-01T09:30:00Z');
    const rebuilt = buildQueue({ keys, states, now: later, done: { new: 6, reviews: 0 } });
    expect(rebuilt.queue).toEqual(['c/o06', 'c/o07', 'c/o08', 'c/o09', 'c/o00', 'c/o05']);
    expect([rebuilt.dueCount, rebuilt.newCount]).toEqual([2, 10]);
    // A failed card is no extra review when it is graded again.
    expect(answerInSession(['c/o00'], 'c/o00', failed, Rating.Good, later).counted).toBeNull();
    expect(answerInSession(['x'], 'x', review, Rating.Again, day1).counted).toBe('review');
    // Graded Good, it leaves today.
    const passed = gradeCard(failed, Rating.Good, later);
    expect(passed.state).toBe(State.Review);
    expect(passed.due.getTime()).toBeGreaterThanOrEqual(endOfDay(day1).getTime());
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
