/**
 * A lesson's quiz in the browser: immediate feedback per question (a wrong answer asks for
 * another, a right one shows the explanation), the first answer kept as the score in the
 * learner's progress, the lesson marked done once every question is answered.
 */
import { clearQuiz, markLessonIfDone, reconcileQuiz, recordFirstAnswer, type Progress } from '../../lib/learn-progress.ts';
import type { ClientLesson } from '../../lib/learn-view.ts';
import { fill, loadProgress, readStrings, saveProgress, showNotice } from './learn-client.ts';

export function setupQuiz(root: HTMLElement): void {
  const strings = readStrings(root);
  const lesson = JSON.parse(root.dataset.lesson ?? '{}') as ClientLesson;
  const lang = document.documentElement.lang;
  const loaded = loadProgress();
  showNotice(root, strings, loaded.notice);
  let progress: Progress = reconcileQuiz(loaded.progress, new Map([[lesson.id, lesson.questions]]), lang).progress;
  // Only this lesson is reconciled here; other lessons' answers stay as stored.
  progress = { ...loaded.progress, quiz: { ...loaded.progress.quiz, ...(progress.quiz[lesson.id] ? { [lesson.id]: progress.quiz[lesson.id]! } : {}) } };
  const score = root.querySelector<HTMLElement>('[data-quiz-score]');
  const done = root.querySelector<HTMLElement>('[data-lesson-done]');
  const retake = root.querySelector<HTMLButtonElement>('[data-quiz-retake]');

  const showRecorded = () => {
    const answers = progress.quiz[lesson.id] ?? {};
    let answered = 0;
    let correct = 0;
    for (const question of lesson.questions) {
      const item = root.querySelector<HTMLElement>(`[data-question="${CSS.escape(question.id)}"]`);
      const line = item?.querySelector<HTMLElement>('[data-quiz-recorded]');
      const answer = answers[question.id];
      if (answer && !answer.changed) {
        answered++;
        if (answer.correct) correct++;
      }
      if (line) line.textContent = !answer ? '' : answer.changed ? strings['learn.quiz.changed'] ?? '' : strings[answer.correct ? 'learn.quiz.answeredRight' : 'learn.quiz.answeredWrong'] ?? '';
    }
    if (score) score.textContent = answered > 0 ? fill(strings, 'learn.quiz.score', { correct, total: lesson.questions.length }) : '';
    const finished = progress.lessonsDone.includes(lesson.id);
    if (done) done.hidden = !finished;
    if (retake) retake.hidden = answered === 0;
  };

  for (const question of lesson.questions) {
    const item = root.querySelector<HTMLElement>(`[data-question="${CSS.escape(question.id)}"]`);
    const form = item?.querySelector<HTMLFormElement>('[data-quiz-form]');
    const submit = form?.querySelector<HTMLButtonElement>('button[type="submit"]');
    const feedback = form?.querySelector<HTMLElement>('[data-quiz-feedback]');
    const explanation = form?.querySelector<HTMLElement>('[data-quiz-explanation]');
    if (!form || !submit || !feedback || !explanation) continue;
    submit.disabled = false;
    form.addEventListener('change', () => {
      feedback.textContent = '';
      feedback.className = 'text-sm font-semibold';
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const picked = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      if (!picked) {
        feedback.textContent = strings['learn.quiz.pick'] ?? '';
        return;
      }
      const right = Number(picked.value) === question.answer;
      feedback.textContent = strings[right ? 'learn.quiz.right' : 'learn.quiz.wrong'] ?? '';
      feedback.className = `text-sm font-semibold ${right ? 'text-good' : 'text-bad'}`;
      explanation.hidden = !right;
      progress = recordFirstAnswer(progress, lesson.id, question, right, lang);
      progress = markLessonIfDone(progress, lesson.id, lesson.questions);
      saveProgress(progress);
      showRecorded();
    });
  }

  retake?.addEventListener('click', () => {
    progress = clearQuiz(progress, lesson.id);
    saveProgress(progress);
    for (const form of root.querySelectorAll<HTMLFormElement>('[data-quiz-form]')) {
      form.reset();
      form.querySelector<HTMLElement>('[data-quiz-feedback]')!.textContent = '';
      form.querySelector<HTMLElement>('[data-quiz-explanation]')!.hidden = true;
    }
    showRecorded();
    root.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  });

  showRecorded();
}
