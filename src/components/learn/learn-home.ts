/** /learn/: each lesson's status, the progress figures, and export, import and reset of progress. */
import { manifestCards, type DrillManifest } from '../../lib/drill-data.ts';
import { buildQueue } from '../../lib/drill-schedule.ts';
import { doneToday, emptyProgress, fromStoredCard, localDay, parseProgress, reconcileCards, reconcileQuiz, serializeProgress, type Progress } from '../../lib/learn-progress.ts';
import { learnSummary } from '../../lib/learn-summary.ts';
import type { ClientLesson } from '../../lib/learn-view.ts';
import { clearProgress, el, fetchJson, fill, loadProgress, readStrings, saveProgress, showNotice, utcOffset } from './learn-client.ts';

export function setupLearnHome(root: HTMLElement): void {
  const strings = readStrings(root);
  const lessons = JSON.parse(root.dataset.lessons ?? '[]') as ClientLesson[];
  const lang = document.documentElement.lang;
  const figures = root.querySelector<HTMLElement>('[data-progress-figures]');
  const status = root.querySelector<HTMLElement>('[data-progress-status]');
  const actions = root.querySelector<HTMLElement>('[data-progress-actions]');
  const loaded = loadProgress();
  showNotice(root, strings, loaded.notice);
  let progress: Progress = reconcileQuiz(loaded.progress, new Map(lessons.map((l) => [l.id, l.questions])), lang).progress;
  let cards: ReturnType<typeof manifestCards> = [];
  if (actions) actions.hidden = false;

  const render = () => {
    const now = new Date();
    const summary = learnSummary(progress, lessons, cards.map((c) => c.key), now);
    for (const lesson of summary.lessons) {
      const slot = root.querySelector<HTMLElement>(`[data-lesson-status="${CSS.escape(lesson.id)}"]`);
      if (!slot) continue;
      const score = fill(strings, 'learn.quiz.score', { correct: lesson.correct, total: lesson.total });
      slot.className = lesson.changed ? 'font-semibold text-warn' : 'font-semibold text-good';
      slot.textContent = lesson.changed
        ? strings['learn.status.changed'] ?? ''
        : lesson.done
          ? `${strings['learn.status.done']} · ${score}`
          : lesson.answered > 0
            ? `${strings['learn.status.started']} · ${score}`
            : '';
    }
    if (!figures) return;
    const queue = buildQueue({
      keys: cards.map((c) => c.key),
      states: new Map(Object.entries(progress.cards).map(([key, entry]) => [key, fromStoredCard(entry.card)])),
      now,
      limits: progress.limits,
      done: doneToday(progress, localDay(now, utcOffset(now))),
      utcOffsetMinutes: utcOffset(now),
    });
    figures.replaceChildren(
      el('li', '', fill(strings, 'learn.progress.lessons', { done: summary.lessonsDone, total: lessons.length })),
      el('li', '', fill(strings, 'learn.progress.cards', { practised: summary.cardsPractised, total: summary.cardsTotal, mastered: summary.cardsMastered })),
      el('li', '', fill(strings, 'learn.progress.due', { due: queue.dueCount, new: queue.newCount })),
    );
  };

  const say = (key: string) => {
    if (status) status.textContent = strings[key] ?? '';
  };

  root.querySelector('[data-progress-export]')?.addEventListener('click', () => {
    const blob = new Blob([serializeProgress(progress)], { type: 'application/json' });
    const link = el('a');
    link.href = URL.createObjectURL(blob);
    link.download = `playbook-progress-${localDay(new Date(), utcOffset(new Date()))}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  });

  const importInput = root.querySelector<HTMLInputElement>('[data-progress-import]');
  importInput?.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    const parsed = parseProgress(file.size > 5_000_000 ? '' : await file.text());
    if (parsed.notice !== 'none' || file.size === 0) return say('learn.progress.importFailed');
    // Reconciled against today's cards only once the manifest is in: an empty list would drop them all.
    progress = cards.length > 0 ? reconcileCards(parsed.progress, cards, new Date()).progress : parsed.progress;
    saveProgress(progress);
    render();
    say('learn.progress.imported');
  });

  root.querySelector('[data-progress-reset]')?.addEventListener('click', () => {
    if (!window.confirm(strings['learn.progress.resetConfirm'] ?? '')) return;
    clearProgress();
    progress = emptyProgress();
    render();
    say('learn.progress.resetDone');
  });

  render();
  const manifestUrl = root.dataset.manifest;
  if (manifestUrl) {
    fetchJson<DrillManifest>(manifestUrl)
      .then((manifest) => {
        cards = manifestCards(manifest);
        const reconciled = reconcileCards(progress, cards, new Date());
        progress = reconciled.progress;
        if (loaded.notice === 'none' && (reconciled.changed.length > 0 || Object.keys(loaded.progress.cards).length !== Object.keys(progress.cards).length)) saveProgress(progress);
        render();
      })
      .catch(() => render());
  }
}
