/** What the /learn/ pages hand to their scripts about lessons: ids, titles and the questions' right answers. */
import type { LessonEntry } from './learn-data.ts';

export interface ClientLesson {
  id: string;
  title: string;
  questions: { id: string; options: string[]; answer: number }[];
}

export function clientLessons(lessons: readonly LessonEntry[]): ClientLesson[] {
  return lessons.map((lesson) => ({
    id: lesson.id,
    title: lesson.data.title,
    questions: lesson.data.quiz.map((q) => ({ id: q.id, options: q.options, answer: q.answer })),
  }));
}
