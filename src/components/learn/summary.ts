/** The printable completion summary, filled from the progress in this browser. */
import { manifestCards, type DrillManifest } from '../../lib/drill-data.ts';
import { reconcileCards } from '../../lib/learn-progress.ts';
import { learnSummary } from '../../lib/learn-summary.ts';
import type { ClientLesson } from '../../lib/learn-view.ts';
import { formatDate, formatNumber, formatPercent } from '../../lib/format.ts';
import { fetchJson, fill, loadProgress, readStrings, showNotice } from './learn-client.ts';

export function setupSummary(root: HTMLElement): void {
  const strings = readStrings(root);
  const lessons = JSON.parse(root.dataset.lessons ?? '[]') as ClientLesson[];
  const lang = document.documentElement.lang;
  const loaded = loadProgress();
  showNotice(root, strings, loaded.notice);
  const set = (selector: string, text: string) => {
    const node = root.querySelector<HTMLElement>(selector);
    if (node) node.textContent = text;
  };
  const count = (n: number) => formatNumber(n, lang);

  const render = (cardKeys: string[], progress = loaded.progress) => {
    const now = new Date();
    const summary = learnSummary(progress, lessons, cardKeys, now);
    // Today in the learner's own calendar, written as every date of the site ("7 Dec 2026").
    set('[data-summary-date]', formatDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())), lang));
    set('[data-summary-lessons-done]', fill(strings, 'learn.summary.lessonsDone', { done: summary.lessonsDone, total: lessons.length }));
    for (const lesson of summary.lessons) {
      const row = root.querySelector<HTMLElement>(`[data-summary-row="${CSS.escape(lesson.id)}"]`);
      if (!row) continue;
      row.querySelector('[data-summary-status]')!.textContent = lesson.done
        ? strings['learn.status.done'] ?? ''
        : lesson.answered > 0
          ? strings['learn.status.started'] ?? ''
          : strings['learn.summary.notStarted'] ?? '';
      row.querySelector('[data-summary-score]')!.textContent = lesson.answered > 0 ? `${count(lesson.correct)} / ${count(lesson.total)}` : '–';
    }
    set('[data-summary-practised]', `${count(summary.cardsPractised)} / ${count(summary.cardsTotal)}`);
    set('[data-summary-mastered]', count(summary.cardsMastered));
    set('[data-summary-retention]', summary.retention === null ? '–' : formatPercent(Math.round(summary.retention * 100), lang));
  };

  const print = root.querySelector<HTMLButtonElement>('[data-summary-print]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }
  render(Object.keys(loaded.progress.cards));
  fetchJson<DrillManifest>(root.dataset.manifest ?? '')
    .then((manifest) => {
      const cards = manifestCards(manifest);
      render(cards.map((c) => c.key), reconcileCards(loaded.progress, cards, new Date()).progress);
    })
    .catch(() => undefined);
}
