/**
 * Scheduling of the objection drill over FSRS (`ts-fsrs`, the scheduler Anki uses): desired
 * retention 0.9, short-term learning steps off (every grade but Again schedules a later day),
 * fuzz off so a history always gives the same dates. Pure: the clock is passed in.
 */
import { defaultLimits, type DailyLimits } from './drill-limits.ts';
import { createEmptyCard, fsrs, Rating, State, type Card, type FSRS, type Grade } from 'ts-fsrs';

export { Rating, State };
export type { Card, Grade };

export const desiredRetention = 0.9;

/** The scheduler with the playbook's settings. */
export function createScheduler(): FSRS {
  return fsrs({ request_retention: desiredRetention, enable_short_term: false, enable_fuzz: false });
}

const scheduler = createScheduler();

/** A card never practised, as of `now`. */
export function newCard(now: Date): Card {
  return createEmptyCard(now);
}

/** The card after grading it at `now`: the state and due date FSRS gives. */
export function gradeCard(card: Card, grade: Grade, now: Date): Card {
  return scheduler.next(card, now, grade).card;
}

export { defaultLimits, type DailyLimits };

/** What was already done today, so the limits hold across sessions of one day. */
export interface DoneToday {
  new: number;
  reviews: number;
}

/**
 * The end of the learner's day containing `now` (the next midnight), with the learner's UTC
 * offset in minutes (the browser passes `-new Date().getTimezoneOffset()`).
 */
export function endOfDay(now: Date, utcOffsetMinutes = 0): Date {
  const shifted = new Date(now.getTime() + utcOffsetMinutes * 60_000);
  const midnight = Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate() + 1);
  return new Date(midnight - utcOffsetMinutes * 60_000);
}

export interface QueueInput {
  /** Card keys in drill order (only the cards the filters keep). */
  keys: readonly string[];
  /** The learner's state per card key; a key without one is a new card. */
  states: ReadonlyMap<string, Card>;
  now: Date;
  limits?: DailyLimits;
  done?: DoneToday;
  utcOffsetMinutes?: number;
}

export interface Queue {
  /** Keys to show in this session: due reviews first (most overdue first), then new cards. */
  queue: string[];
  /** Reviews due today, before the limit. */
  dueCount: number;
  /** New cards available, before the limit. */
  newCount: number;
}

/** Today's queue within the daily limits. */
export function buildQueue({ keys, states, now, limits = defaultLimits, done = { new: 0, reviews: 0 }, utcOffsetMinutes = 0 }: QueueInput): Queue {
  const end = endOfDay(now, utcOffsetMinutes).getTime();
  const due: { key: string; at: number }[] = [];
  const fresh: string[] = [];
  for (const key of keys) {
    const state = states.get(key);
    if (!state || state.state === State.New) fresh.push(key);
    else if (state.due.getTime() < end) due.push({ key, at: state.due.getTime() });
  }
  due.sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
  const reviewRoom = Math.max(0, limits.reviewsPerDay - done.reviews);
  const newRoom = Math.max(0, limits.newPerDay - done.new);
  return {
    queue: [...due.slice(0, reviewRoom).map((d) => d.key), ...fresh.slice(0, newRoom)],
    dueCount: due.length,
    newCount: fresh.length,
  };
}

export interface SessionStep {
  /** The card's new state. */
  card: Card;
  /** The session's queue after grading: Again moves the card to the end, any other grade removes it. */
  queue: string[];
  /** Whether this grading counts as a new card or a review for the daily limits. */
  counted: 'new' | 'review';
}

/** Grades the card at the head (or anywhere) of the session's queue. */
export function answerInSession(queue: readonly string[], key: string, card: Card, grade: Grade, now: Date): SessionStep {
  const next = gradeCard(card, grade, now);
  const rest = queue.filter((k) => k !== key);
  return {
    card: next,
    queue: grade === Rating.Again ? [...rest, key] : rest,
    counted: card.state === State.New ? 'new' : 'review',
  };
}

/** The chance (0 to 1) that the learner recalls a card at `now`, as FSRS estimates it; 0 for a new card. */
export function recall(card: Card, now: Date): number {
  return card.state === State.New ? 0 : scheduler.get_retrievability(card, now, false);
}

/** Mature in Anki's sense: a review card whose next review is 21 days or more away. */
export function isMastered(card: Card): boolean {
  return card.state === State.Review && card.scheduled_days >= 21;
}
