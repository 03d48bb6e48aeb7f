/**
 * The build's "today". `PLAYBOOK_TODAY=2026-12-01` fixes it, so tests and previews do not decay
 * with the calendar (a review falls due, a battlecard goes stale); without it, the clock's day.
 */

/** The day `value` names (YYYY-MM-DD, UTC midnight), else `now`'s day. Throws on a malformed value. */
export function resolveToday(value: string | undefined, now: Date): Date {
  if (value === undefined || value.trim() === '') {
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const day = match ? new Date(`${value.trim()}T00:00:00Z`) : undefined;
  if (!match || !day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value.trim()) {
    throw new Error(`PLAYBOOK_TODAY must be a date written as YYYY-MM-DD, like 2026-12-01; got "${value}".`);
  }
  return day;
}
