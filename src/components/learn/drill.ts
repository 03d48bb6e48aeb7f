/**
 * The objection drill in the browser: today's queue within the daily limits (FSRS via
 * drill-schedule.ts), the card's texts fetched per concept only when a card of it comes up,
 * Space reveals and 1–4 grade, Again sends the card to the end of the session (and keeps it in
 * today's queue after a reload), the due and new counts follow each grade, and a card
 * whose answer changed since it was practised says so and marks the change.
 */
import { manifestCards, type ConceptLearnFile, type DrillManifest } from '../../lib/drill-data.ts';
import { answerInSession, buildQueue, newCard, type Grade } from '../../lib/drill-schedule.ts';
import { answerTexts, doneToday, fromStoredCard, isChanged, learnedTexts, localDay, reconcileCards, recordCard, withLimits, type Progress } from '../../lib/learn-progress.ts';
import { diffWords, hasChanges } from '../../lib/text-diff.ts';
import { el, fetchJson, fill, loadProgress, readStrings, saveProgress, showNotice, utcOffset } from './learn-client.ts';
import { fillConceptSelect } from '../concepts/concept-picker.ts';

type CardMeta = ReturnType<typeof manifestCards>[number];
const fields = ['concern', 'response', 'followUp'] as const;

export function setupDrill(root: HTMLElement): void {
  const strings = readStrings(root);
  const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const counts = q('[data-drill-counts]');
  const left = q('[data-drill-left]');
  const message = q('[data-drill-message]')!;
  const cardBox = q('[data-drill-card]')!;
  const front = q('[data-drill-front]')!;
  const ask = q('[data-drill-ask]')!;
  const back = q('[data-drill-back]')!;
  const changedNote = q('[data-drill-changed]')!;
  const untranslatedNote = q('[data-drill-untranslated]')!;
  const filters = q<HTMLFormElement>('[data-drill-filters]')!;
  const conceptUrl = (id: string) => (root.dataset.conceptUrl ?? '').replace('__id__', encodeURIComponent(id));

  const loaded = loadProgress();
  showNotice(root, strings, loaded.notice);
  let progress: Progress = loaded.progress;
  let all: CardMeta[] = [];
  let byKey = new Map<string, CardMeta>();
  let queue: string[] = [];
  let current: { meta: CardMeta; file: ConceptLearnFile } | undefined;
  let revealed = false;
  let showing = 0;
  const files = new Map<string, Promise<ConceptLearnFile>>();
  const file = (concept: string) => {
    let pending = files.get(concept);
    if (!pending) {
      files.set(concept, (pending = fetchJson<ConceptLearnFile>(conceptUrl(concept))));
      pending.catch(() => files.delete(concept));
    }
    return pending;
  };

  const say = (key: string) => {
    cardBox.removeAttribute('aria-busy');
    cardBox.hidden = true;
    message.hidden = false;
    message.textContent = strings[key] ?? '';
  };

  const setInputs = () => {
    (filters.elements.namedItem('newPerDay') as HTMLInputElement).value = String(progress.limits.newPerDay);
    (filters.elements.namedItem('reviewsPerDay') as HTMLInputElement).value = String(progress.limits.reviewsPerDay);
  };

  const filtered = () => {
    const data = new FormData(filters);
    const category = String(data.get('category') ?? '');
    const concept = String(data.get('concept') ?? '');
    const persona = String(data.get('persona') ?? '');
    return all.filter((c) => (!category || c.category === category) && (!concept || c.concept === concept) && (!persona || c.personas.includes(persona)));
  };

  const updateLeft = () => {
    if (left) left.textContent = queue.length === 1 ? strings['learn.drill.leftOne'] ?? '' : fill(strings, 'learn.drill.left', { count: queue.length });
  };

  /** Today's queue of the filtered cards, and the due and new counts, from the progress as it is now. */
  const today = (keys: readonly string[]) => {
    const now = new Date();
    const built = buildQueue({
      keys,
      states: new Map(Object.entries(progress.cards).map(([key, entry]) => [key, fromStoredCard(entry.card)])),
      now,
      limits: progress.limits,
      done: doneToday(progress, localDay(now, utcOffset(now))),
      utcOffsetMinutes: utcOffset(now),
    });
    if (counts) counts.textContent = fill(strings, 'learn.drill.counts', { due: built.dueCount, new: built.newCount });
    return built;
  };

  /** Builds today's queue from the filters; `focus` moves the focus to its first card (the start button). */
  const start = (focus = false) => {
    const keys = filtered().map((c) => c.key);
    queue = today(keys).queue;
    if (keys.length === 0) {
      updateLeft();
      say('learn.drill.empty');
      if (focus) message.focus();
      return;
    }
    void next(focus);
  };

  const next = async (focus: boolean) => {
    updateLeft();
    const key = queue[0];
    if (key === undefined) {
      current = undefined;
      say('learn.drill.done');
      if (focus) message.focus();
      return;
    }
    const meta = byKey.get(key)!;
    const ticket = ++showing;
    // Until this card's concept file is in, the card on screen is no longer the session's:
    // it cannot be revealed or graded, and it says it is being replaced.
    current = undefined;
    cardBox.setAttribute('aria-busy', 'true');
    let concept: ConceptLearnFile;
    try {
      concept = await file(meta.concept);
    } catch {
      return say('learn.drill.loadFailed');
    }
    if (ticket !== showing) return;
    if (!concept.cards[meta.objectionId]) {
      queue = queue.slice(1);
      return next(focus);
    }
    current = { meta, file: concept };
    revealed = false;
    const text = concept.cards[meta.objectionId]!;
    q('[data-drill-category]')!.textContent = strings[`category.${meta.category}`] ?? meta.category;
    q('[data-drill-concept]')!.textContent = concept.title;
    // The concept's texts carry its language where it is not the page's, and the card says so.
    const otherLang = concept.lang === document.documentElement.lang ? '' : concept.lang;
    for (const node of root.querySelectorAll<HTMLElement>('[data-drill-concept], [data-drill-front], [data-drill-field]')) node.lang = otherLang;
    untranslatedNote.hidden = !otherLang;
    front.textContent = `“${text.objection}”`;
    changedNote.hidden = !isChanged(progress, key);
    ask.hidden = false;
    back.hidden = true;
    message.hidden = true;
    cardBox.removeAttribute('aria-busy');
    cardBox.hidden = false;
    if (focus) front.focus();
  };

  const reveal = () => {
    if (!current || revealed) return;
    revealed = true;
    const text = current.file.cards[current.meta.objectionId]!;
    const now = answerTexts(text);
    const before = isChanged(progress, current.meta.key) ? learnedTexts(progress, current.meta.key, current.meta.lang) : undefined;
    fields.forEach((field, i) => {
      const target = q(`[data-drill-field="${field}"]`)!;
      const parts = before?.[i] !== undefined ? diffWords(before[i]!, now[i]!) : [];
      if (!hasChanges(parts)) {
        target.textContent = now[i]!;
        return;
      }
      target.replaceChildren(
        ...parts.flatMap((part, p) => {
          const node =
            part.kind === 'same'
              ? document.createTextNode(part.text)
              : part.kind === 'added'
                ? el('ins', 'rounded-sm bg-warn-soft px-0.5 font-semibold text-ink no-underline', part.text)
                : el('del', 'text-muted', part.text);
          return p > 0 ? [document.createTextNode(' '), node] : [node];
        }),
      );
    });
    const proofRow = q('[data-drill-proof-row]')!;
    proofRow.hidden = !text.proof;
    q('[data-drill-field="proof"]')!.textContent = text.proof ?? '';
    ask.hidden = true;
    back.hidden = false;
    // The answer takes the focus, so a screen reader reads it and 1–4 grade from here.
    back.focus({ preventScroll: true });
  };

  const grade = (rating: Grade) => {
    if (!current || !revealed) return;
    const now = new Date();
    const { meta } = current;
    const text = current.file.cards[meta.objectionId]!;
    const stored = progress.cards[meta.key];
    const before = stored ? fromStoredCard(stored.card) : newCard(now);
    const step = answerInSession(queue, meta.key, before, rating, now);
    progress = recordCard(progress, { key: meta.key, lang: meta.lang, answerHash: meta.answerHash, ...text }, step.card, step.counted, localDay(now, utcOffset(now)));
    saveProgress(progress);
    queue = step.queue;
    // The counts follow the session; the queue stays the session's own.
    today(filtered().map((c) => c.key));
    void next(true);
  };

  q('[data-drill-reveal]')?.addEventListener('click', reveal);
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-drill-grade]')) {
    button.addEventListener('click', () => grade(Number(button.dataset.drillGrade) as Grade));
  }
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    // Form fields keep their keys, and a focused button or link its Space.
    if (target?.closest('input, select, textarea, dialog[open]')) return;
    if (event.key === ' ' && current && !revealed && !target?.closest('button, a, summary')) {
      event.preventDefault();
      reveal();
    } else if (/^[1-4]$/.test(event.key) && revealed) {
      event.preventDefault();
      grade(Number(event.key) as Grade);
    }
  });
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    start(true);
  });
  filters.addEventListener('change', (event) => {
    const name = (event.target as HTMLInputElement).name;
    if (name === 'newPerDay' || name === 'reviewsPerDay') {
      const data = new FormData(filters);
      progress = withLimits(progress, { newPerDay: Number(data.get('newPerDay')), reviewsPerDay: Number(data.get('reviewsPerDay')) });
      saveProgress(progress);
      setInputs();
    }
    start();
  });

  setInputs();
  message.hidden = false;
  fetchJson<DrillManifest>(root.dataset.manifest ?? '')
    .then((manifest) => {
      all = manifestCards(manifest);
      byKey = new Map(all.map((c) => [c.key, c]));
      const reconciled = reconcileCards(progress, all, new Date());
      progress = reconciled.progress;
      if (reconciled.changed.length > 0 || loaded.notice === 'none') saveProgress(progress);
      start();
      fillConcepts(manifest);
    })
    .catch(() => say('learn.drill.loadFailed'));

  /**
   * The concept filter's choices: the manifest's concepts (those with cards), by title. They
   * grow with the playbook, so the page holds only "All" and the manifest, loaded anyway, the rest.
   */
  function fillConcepts(manifest: DrillManifest): void {
    const select = filters.elements.namedItem('concept');
    if (!(select instanceof HTMLSelectElement)) return;
    const pageLang = document.documentElement.lang;
    const concepts = manifest.concepts
      .map(({ id, title, lang }) => ({ id, title, lang: lang === pageLang ? undefined : lang, active: true }))
      .sort((a, b) => a.title.localeCompare(b.title));
    fillConceptSelect(select, concepts, select.value);
  }
}
