/**
 * Scheduling of the objection drill over FSRS (`ts-fsrs`, the scheduler Anki uses): desired
 * retention 0.9, fuzz off so a history always gives the same dates, and one short-term learning
 * step for Again only: a failed card is due again in a minute, in (re)learning, so it stays in
 * today's session, also after a reload; every other grade schedules a later day. Pure: the
 * clock is passed in.
 */
import { defaultLimits, type DailyLimits } from './drill-limits.ts';
import { createEmptyCard, fsrs, Rating, State, StrategyMode, type Card, type FSRS, type Grade, type TLearningStepsStrategy } from 'ts-fsrs';

export { Rating, State };
export type { Card, Grade };

export const desiredRetention = 0.9;

/** Minutes until a card graded Again is due: it comes back at the end of today's session. */
export const againMinutes = 1;

/**
 * The learning steps, for new, learning, review and relearning cards alike: Again is one short
 * step; Hard, Good and Easy have none, so FSRS gives them a later day (ts-fsrs' default steps,
 * 1 and 10 minutes, would keep Hard and Good cards in today's session too).
 */
const againStep: TLearningStepsStrategy = () => ({ [Rating.Again]: { scheduled_minutes: againMinutes, next_step: 0 } });

/** The scheduler with the playbook's settings. */
export function createScheduler(): FSRS {
  return fsrs({ request_retention: desiredRetention, enable_short_term: true, enable_fuzz: false }).useStrategy(StrategyMode.LEARNING_STEPS, againStep);
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
  /**
   * Keys to show in this session: due reviews first (most overdue first), then new cards, then
   * the cards graded Again (in the order they were failed), as the session left them.
   */
  queue: string[];
  /** Cards due today, before the limit: reviews and cards graded Again. */
  dueCount: number;
  /** New cards available, before the limit. */
  newCount: number;
}

const inLearning = (card: Card) => card.state === State.Learning || card.state === State.Relearning;
const byDue = (a: { key: string; at: number }, b: { key: string; at: number }) => a.at - b.at || a.key.localeCompare(b.key);

/**
 * Today's queue within the daily limits. A card graded Again is in no limit: it was counted
 * when it was first shown, and it stays until it is graded otherwise.
 */
export function buildQueue({ keys, states, now, limits = defaultLimits, done = { new: 0, reviews: 0 }, utcOffsetMinutes = 0 }: QueueInput): Queue {
  const end = endOfDay(now, utcOffsetMinutes).getTime();
  const due: { key: string; at: number }[] = [];
  const again: { key: string; at: number }[] = [];
  const fresh: string[] = [];
  for (const key of keys) {
    const state = states.get(key);
    if (!state || state.state === State.New) fresh.push(key);
    else if (state.due.getTime() < end) (inLearning(state) ? again : due).push({ key, at: state.due.getTime() });
  }
  due.sort(byDue);
  again.sort(byDue);
  const reviewRoom = Math.max(0, limits.reviewsPerDay - done.reviews);
  const newRoom = Math.max(0, limits.newPerDay - done.new);
  return {
    queue: [...due.slice(0, reviewRoom).map((d) => d.key), ...fresh.slice(0, newRoom), ...again.map((d) => d.key)],
    dueCount: due.length + again.length,
    newCount: fresh.length,
  };
}

export interface SessionStep {
  /** The card's new state. */
  card: Card;
  /** The session's queue after grading: Again moves the card to the end, any other grade removes it. */
  queue: string[];
  /**
   * Whether this grading counts as a new card or a review for the daily limits; `null` for a
   * card graded Again before, which was counted then.
   */
  counted: 'new' | 'review' | null;
}

/** Grades the card at the head (or anywhere) of the session's queue. */
export function answerInSession(queue: readonly string[], key: string, card: Card, grade: Grade, now: Date): SessionStep {
  const next = gradeCard(card, grade, now);
  const rest = queue.filter((k) => k !== key);
  return {
    card: next,
    queue: grade === Rating.Again ? [...rest, key] : rest,
    counted: card.state === State.New ? 'new' : inLearning(card) ? null : 'review',
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
