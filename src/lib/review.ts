/**
 * Freshness of content: when a concept is due for review, when a battlecard is stale.
 * Pure functions over dates; the caller passes "today" (the build date).
 */
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days from `from` to `to` (UTC dates), negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  return Math.round((end - start) / DAY_MS);
}

export interface ReviewState {
  /** The day the next review is due: lastReviewed + reviewEveryDays. */
  due: Date;
  /** True when the due day is in the past. */
  overdue: boolean;
  /** Days past due (0 when not overdue). */
  daysOverdue: number;
}

/** A concept's review state on `today`: overdue once lastReviewed + reviewEveryDays has passed. */
export function reviewState(lastReviewed: Date, reviewEveryDays: number, today: Date): ReviewState {
  const due = new Date(lastReviewed.getTime() + reviewEveryDays * DAY_MS);
  const late = daysBetween(due, today);
  return { due, overdue: late > 0, daysOverdue: Math.max(0, late) };
}

/** A battlecard is stale when its `asOf` is more than `maxAgeDays` before today. */
export function isStale(asOf: Date, maxAgeDays: number, today: Date): boolean {
  return daysBetween(asOf, today) > maxAgeDays;
}
