import { describe, expect, it } from 'vitest';
import { daysBetween, isStale, reviewState } from '../../src/lib/review.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('reviewState', () => {
  it('is due lastReviewed + reviewEveryDays and not overdue on the due day', () => {
    const state = reviewState(day('2026-01-01'), 180, day('2026-06-30'));
    expect(state.due.toISOString().slice(0, 10)).toBe('2026-06-30');
    expect(state.overdue).toBe(false);
    expect(state.daysOverdue).toBe(0);
  });

  it('is overdue the day after, counting the days', () => {
    const state = reviewState(day('2026-01-01'), 180, day('2026-07-10'));
    expect(state.overdue).toBe(true);
    expect(state.daysOverdue).toBe(10);
  });

  it('ignores the time of day of "today"', () => {
    expect(reviewState(day('2026-01-01'), 1, new Date('2026-01-02T23:59:00Z')).overdue).toBe(false);
  });
});

describe('isStale', () => {
  it('flags a battlecard older than the limit', () => {
    expect(isStale(day('2026-01-01'), 90, day('2026-04-01'))).toBe(false); // 90 days
    expect(isStale(day('2026-01-01'), 90, day('2026-04-02'))).toBe(true); // 91 days
  });
});

describe('daysBetween', () => {
  it('counts calendar days, negative backwards', () => {
    expect(daysBetween(day('2026-03-01'), day('2026-02-01'))).toBe(-28);
  });
});
