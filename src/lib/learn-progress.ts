/**
 * A learner's progress in the browser (`localStorage`): one versioned JSON document, validated
 * on read. Damaged or foreign data never breaks a page: it parses to a clean state with a
 * notice. Progress survives content edits: each card and quiz answer remembers a hash of the
 * answer it was learned on (per language); a changed hash makes the card due again with a
 * "changed since you practised it" flag, and a removed objection or question drops its entry.
 * Pure: the clock is passed in. Export and import are the same document as one JSON file.
 */
import type { Card } from 'ts-fsrs';
import { contentHash } from './content-hash.ts';
import type { DrillCard } from './drill-cards.ts';
import { defaultLimits, type DailyLimits } from './drill-limits.ts';

export const progressFormat = 'playbook-learn-progress';
export const progressVersion = 1;
/** The localStorage key. */
export const storageKey = 'playbook.learn.v1';

/** A card's FSRS state as stored (dates as ISO strings). */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string;
}

/** Per language: the hash of what was learned. */
type Hashes = Record<string, string>;

export interface CardProgress {
  card: StoredCard;
  hashes: Hashes;
  /** The answer a card was learned on, per language (concern, response, follow-up), so a change can be shown. */
  texts?: Record<string, string[]>;
  changed?: boolean;
}

export interface QuizProgress {
  /** The first answer (since the right answer last changed, or the quiz was taken again) was right. */
  correct: boolean;
  hashes: Hashes;
  changed?: boolean;
}

export interface Progress {
  format: typeof progressFormat;
  version: typeof progressVersion;
  cards: Record<string, CardProgress>;
  /** Per lesson id, per question id. */
  quiz: Record<string, Record<string, QuizProgress>>;
  lessonsDone: string[];
  limits: DailyLimits;
  today: { day: string; new: number; reviews: number };
}

// The shape check, by hand rather than with zod: this runs in the browser, where zod would
// add about 25 KB gzip to every learn page (and its eval probe breaks the strict CSP).
// Unknown keys, wrong types and out-of-range numbers all make the document damaged.
type Check = (value: unknown) => boolean;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const int = (min: number, max = Number.MAX_SAFE_INTEGER): Check => (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const text = (max: number, pattern?: RegExp): Check => (v) => typeof v === 'string' && v.length <= max && (!pattern || pattern.test(v));
const date: Check = (v) => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const bool: Check = (v) => typeof v === 'boolean';
const langKey = /^[a-z]{2}(-[A-Z]{2})?$/;
const list = (item: Check, max = Number.MAX_SAFE_INTEGER): Check => (v) => Array.isArray(v) && v.length <= max && v.every(item);
const record = (key: Check, value: Check): Check => (v) => isObject(v) && Object.entries(v).every(([k, x]) => key(k) && value(x));
const shape = (fields: Record<string, Check>, optional: readonly string[] = []): Check => (v) =>
  isObject(v) &&
  Object.keys(v).every((k) => k in fields) &&
  Object.entries(fields).every(([k, check]) => (v[k] === undefined ? optional.includes(k) : check(v[k])));

const hashes = record(text(10, langKey), text(64));
const storedCard = shape(
  { due: date, stability: num, difficulty: num, elapsed_days: num, scheduled_days: num, learning_steps: int(0), reps: int(0), lapses: int(0), state: int(0, 3), last_review: date },
  ['last_review'],
);
const progressShape = shape({
  format: (v) => v === progressFormat,
  version: (v) => v === progressVersion,
  cards: record(text(300), shape({ card: storedCard, hashes, texts: record(text(10, langKey), list(text(5000), 3)), changed: bool }, ['texts', 'changed'])),
  quiz: record(text(200), record(text(200), shape({ correct: bool, hashes, changed: bool }, ['changed']))),
  lessonsDone: list(text(200)),
  limits: shape({ newPerDay: int(0, 1000), reviewsPerDay: int(0, 10000) }),
  today: shape({ day: text(10, /^\d{4}-\d{2}-\d{2}$/), new: int(0), reviews: int(0) }),
});

/** Why stored data was not used: `damaged` (not JSON or not our shape), `foreign` (someone else's JSON), `newer` (a later version). */
export type ProgressNotice = 'none' | 'damaged' | 'foreign' | 'newer';

export interface ParsedProgress {
  progress: Progress;
  notice: ProgressNotice;
}

export function emptyProgress(limits: DailyLimits = defaultLimits): Progress {
  return { format: progressFormat, version: progressVersion, cards: {}, quiz: {}, lessonsDone: [], limits: { ...limits }, today: { day: '1970-01-01', new: 0, reviews: 0 } };
}

/** Reads stored or imported progress; anything but valid progress gives a clean state and a notice. */
export function parseProgress(text: string | null | undefined): ParsedProgress {
  if (text === null || text === undefined || text === '') return { progress: emptyProgress(), notice: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { progress: emptyProgress(), notice: 'damaged' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value) || (value as { format?: unknown }).format !== progressFormat) {
    return { progress: emptyProgress(), notice: 'foreign' };
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > progressVersion) return { progress: emptyProgress(), notice: 'newer' };
  return progressShape(value) ? { progress: value as Progress, notice: 'none' } : { progress: emptyProgress(), notice: 'damaged' };
}

/** The progress as one JSON document: what localStorage holds and what export writes. */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

export function toStoredCard(card: Card): StoredCard {
  const { last_review, due, ...rest } = card;
  return { ...rest, state: card.state, due: due.toISOString(), ...(last_review ? { last_review: last_review.toISOString() } : {}) };
}

export function fromStoredCard(stored: StoredCard): Card {
  const { last_review, due, ...rest } = stored;
  return { ...rest, due: new Date(due), ...(last_review ? { last_review: new Date(last_review) } : {}) } as Card;
}

/** Counts of today's work, reset when the day changes. */
function withDay(progress: Progress, day: string): Progress {
  return progress.today.day === day ? progress : { ...progress, today: { day, new: 0, reviews: 0 } };
}

/** The texts of an answer as a card remembers them. */
export function answerTexts(answer: { concern: string; response: string; followUp: string }): string[] {
  return [answer.concern, answer.response, answer.followUp];
}

/**
 * Records a graded card: its new state and the hash (and text, when given) of the answer it
 * was practised on, in that language. `counted` says which daily count it adds to; `null`
 * for a card graded again in the same session (Again), which counts once.
 */
export function recordCard(
  progress: Progress,
  drill: Pick<DrillCard, 'key' | 'lang' | 'answerHash'> & Partial<Pick<DrillCard, 'concern' | 'response' | 'followUp'>>,
  card: Card,
  counted: 'new' | 'review' | null,
  day: string,
): Progress {
  const next = withDay(progress, day);
  const before = next.cards[drill.key];
  const learned =
    drill.concern !== undefined && drill.response !== undefined && drill.followUp !== undefined
      ? { texts: { ...before?.texts, [drill.lang]: answerTexts({ concern: drill.concern, response: drill.response, followUp: drill.followUp }) } }
      : before?.texts
        ? { texts: before.texts }
        : {};
  const field = counted === 'new' ? 'new' : 'reviews';
  return {
    ...next,
    cards: { ...next.cards, [drill.key]: { card: toStoredCard(card), hashes: { ...before?.hashes, [drill.lang]: drill.answerHash }, ...learned } },
    today: counted === null ? next.today : { ...next.today, [field]: next.today[field] + 1 },
  };
}

/** The answer texts a card was learned on in a language, when progress holds them. */
export function learnedTexts(progress: Progress, key: string, lang: string): string[] | undefined {
  return progress.cards[key]?.texts?.[lang];
}

/** Today's counts of new cards and reviews done, as of the learner's `day` (YYYY-MM-DD). */
export function doneToday(progress: Progress, day: string): { new: number; reviews: number } {
  return progress.today.day === day ? { new: progress.today.new, reviews: progress.today.reviews } : { new: 0, reviews: 0 };
}

/** The learner's local day of `now` as YYYY-MM-DD, with their UTC offset in minutes. */
export function localDay(now: Date, utcOffsetMinutes = 0): string {
  return new Date(now.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** Progress with other daily limits (whole numbers within the schema's bounds). */
export function withLimits(progress: Progress, limits: DailyLimits): Progress {
  const clamp = (n: number, max: number) => Math.min(max, Math.max(0, Math.round(Number.isFinite(n) ? n : 0)));
  return { ...progress, limits: { newPerDay: clamp(limits.newPerDay, 1000), reviewsPerDay: clamp(limits.reviewsPerDay, 10000) } };
}

/**
 * Brings progress in line with today's cards of a language: a card whose answer changed since
 * it was practised in that language is due now and flagged; a card whose objection is gone is
 * dropped. Returns the keys flagged by this call.
 */
export function reconcileCards(progress: Progress, cards: readonly Pick<DrillCard, 'key' | 'lang' | 'answerHash'>[], now: Date): { progress: Progress; changed: string[] } {
  const current = new Map(cards.map((c) => [c.key, c]));
  const next: Progress['cards'] = {};
  const changed: string[] = [];
  for (const [key, entry] of Object.entries(progress.cards)) {
    const card = current.get(key);
    if (!card) continue;
    const learned = entry.hashes[card.lang];
    if (learned !== undefined && learned !== card.answerHash && !entry.changed) {
      next[key] = { ...entry, changed: true, card: { ...entry.card, due: now.toISOString() } };
      changed.push(key);
    } else next[key] = entry;
  }
  return { progress: { ...progress, cards: next }, changed };
}

/** True when the learner should see "changed since you practised it" on this card. */
export function isChanged(progress: Progress, key: string): boolean {
  return progress.cards[key]?.changed === true;
}

/** The hash of a quiz question's right answer (its number and text). */
export function quizAnswerHash(question: { options: readonly string[]; answer: number }): string {
  return contentHash(`${question.answer}\u241e${question.options[question.answer - 1] ?? ''}`);
}

export interface QuizQuestionInput {
  id: string;
  options: readonly string[];
  answer: number;
}

/**
 * Records the learner's first answer to a question (its score): a later try on the same
 * question changes nothing, in this language or another, unless the right answer changed since
 * (then the new first answer counts) or the learner starts the quiz again (`clearQuiz`).
 */
export function recordFirstAnswer(progress: Progress, lesson: string, question: QuizQuestionInput, correct: boolean, lang: string): Progress {
  const before = progress.quiz[lesson]?.[question.id];
  const hash = quizAnswerHash(question);
  if (!before || before.changed || (before.hashes[lang] ?? hash) !== hash) return recordQuizAnswer(progress, lesson, question, correct, lang);
  if (before.hashes[lang] === hash) return progress;
  // Answered first in another language: that answer stays the score. This language's hash is
  // added, so a later change of the right answer here is noticed too.
  return { ...progress, quiz: { ...progress.quiz, [lesson]: { ...progress.quiz[lesson], [question.id]: { ...before, hashes: { ...before.hashes, [lang]: hash } } } } };
}

/** Forgets a lesson's quiz answers (to take the quiz again); the lesson stays done. */
export function clearQuiz(progress: Progress, lesson: string): Progress {
  const { [lesson]: _dropped, ...quiz } = progress.quiz;
  return { ...progress, quiz };
}

/** Marks a lesson done once every one of its questions has an answer that still holds. */
export function markLessonIfDone(progress: Progress, lesson: string, questions: readonly QuizQuestionInput[]): Progress {
  if (progress.lessonsDone.includes(lesson)) return progress;
  const answers = progress.quiz[lesson] ?? {};
  const done = questions.every((q) => answers[q.id] !== undefined && !answers[q.id]!.changed);
  return done ? { ...progress, lessonsDone: [...progress.lessonsDone, lesson] } : progress;
}

/** Records a quiz answer of a lesson, with the hash of the right answer in that language. */
export function recordQuizAnswer(progress: Progress, lesson: string, question: QuizQuestionInput, correct: boolean, lang: string): Progress {
  const before = progress.quiz[lesson]?.[question.id];
  return {
    ...progress,
    quiz: { ...progress.quiz, [lesson]: { ...progress.quiz[lesson], [question.id]: { correct, hashes: { ...before?.hashes, [lang]: quizAnswerHash(question) } } } },
  };
}

/** Quiz answers against today's lessons: a changed right answer flags the answer, a removed question or lesson drops it. */
export function reconcileQuiz(progress: Progress, lessons: ReadonlyMap<string, readonly QuizQuestionInput[]>, lang: string): { progress: Progress; changed: string[] } {
  const quiz: Progress['quiz'] = {};
  const changed: string[] = [];
  for (const [lesson, answers] of Object.entries(progress.quiz)) {
    const questions = lessons.get(lesson);
    if (!questions) continue;
    const byId = new Map(questions.map((q) => [q.id, q]));
    const kept: Progress['quiz'][string] = {};
    for (const [id, answer] of Object.entries(answers)) {
      const question = byId.get(id);
      if (!question) continue;
      const learned = answer.hashes[lang];
      if (learned !== undefined && learned !== quizAnswerHash(question)) {
        kept[id] = { ...answer, changed: true };
        changed.push(`${lesson}/${id}`);
      } else kept[id] = answer;
    }
    quiz[lesson] = kept;
  }
  return { progress: { ...progress, quiz, lessonsDone: progress.lessonsDone.filter((id) => lessons.has(id)) }, changed };
}
