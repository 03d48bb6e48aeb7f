/**
 * The figures of the completion summary and of the progress panel on /learn/: lessons done,
 * quiz scores (first answers), cards practised and mastered, and the expected recall of the
 * practised cards today. Pure: the clock is passed in.
 */
import { isMastered, recall } from './drill-schedule.ts';
import { fromStoredCard, type Progress } from './learn-progress.ts';

export interface SummaryLesson {
  id: string;
  title: string;
  questions: readonly { id: string }[];
}

export interface LessonSummary {
  id: string;
  title: string;
  done: boolean;
  /** Questions answered (with an answer that still holds) and answered right the first time. */
  answered: number;
  correct: number;
  total: number;
  /** A right answer changed since the learner answered it. */
  changed: boolean;
}

export interface LearnSummary {
  lessons: LessonSummary[];
  lessonsDone: number;
  cardsTotal: number;
  cardsPractised: number;
  cardsMastered: number;
  /** Mean expected recall (0–1) of the practised cards, or null when none is practised. */
  retention: number | null;
}

export function learnSummary(progress: Progress, lessons: readonly SummaryLesson[], cardKeys: readonly string[], now: Date): LearnSummary {
  const lessonRows = lessons.map((lesson) => {
    const answers = progress.quiz[lesson.id] ?? {};
    const holding = lesson.questions.map((q) => answers[q.id]).filter((a) => a !== undefined && !a.changed);
    return {
      id: lesson.id,
      title: lesson.title,
      done: progress.lessonsDone.includes(lesson.id),
      answered: holding.length,
      correct: holding.filter((a) => a!.correct).length,
      total: lesson.questions.length,
      changed: lesson.questions.some((q) => answers[q.id]?.changed === true),
    };
  });
  const practised = cardKeys.map((key) => progress.cards[key]).filter((entry) => entry !== undefined).map((entry) => fromStoredCard(entry.card));
  const recalls = practised.map((card) => recall(card, now));
  return {
    lessons: lessonRows,
    lessonsDone: lessonRows.filter((l) => l.done).length,
    cardsTotal: cardKeys.length,
    cardsPractised: practised.length,
    cardsMastered: practised.filter(isMastered).length,
    retention: recalls.length ? recalls.reduce((a, b) => a + b, 0) / recalls.length : null,
  };
}
