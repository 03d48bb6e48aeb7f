/**
 * Pitch practice in the browser: the chosen concept's pitch, the arguments for the chosen
 * persona with proof and benefit behind a button each, a choice of discovery questions with
 * immediate feedback, and an optional 60-second timer. The concepts to practise, and the personas
 * each can be practised for (a discovery question is meant for them), come from the language's
 * concept list (concept-picker.ts) as the script starts.
 */
import type { ConceptLearnFile } from '../../lib/drill-data.ts';
import { practiceRound } from '../../lib/pitch-practice.ts';
import type { PickerConcept } from '../../lib/concept-picker.ts';
import { fillConceptSelect, loadConceptPicker } from '../concepts/concept-picker.ts';
import { el, fetchJson, fill, readStrings } from './learn-client.ts';

const timerSeconds = 60;

export function setupPractice(root: HTMLElement): void {
  const strings = readStrings(root);
  const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  let personasOf: Record<string, string[]> = {};
  const names = JSON.parse(root.dataset.personaNames ?? '{}') as Record<string, string>;
  const form = q<HTMLFormElement>('[data-practice-form]');
  const conceptSelect = form.elements.namedItem('concept') as HTMLSelectElement;
  const personaSelect = form.elements.namedItem('persona') as HTMLSelectElement;
  const round = q('[data-practice-round]');
  const message = q('[data-practice-message]');
  const timerButton = q<HTMLButtonElement>('[data-practice-timer]');
  const timerLeft = q('[data-practice-timer-left]');
  let timer: ReturnType<typeof setInterval> | undefined;
  const conceptsStatus = q('[data-practice-concepts-status]');
  const conceptsRetry = q<HTMLButtonElement>('[data-practice-concepts-retry]');

  const fillPersonas = () => {
    const keep = personaSelect.value;
    personaSelect.replaceChildren(
      ...(personasOf[conceptSelect.value] ?? []).map((id) => {
        const option = el('option', '', names[id] ?? id);
        option.value = id;
        option.selected = id === keep;
        return option;
      }),
    );
  };
  conceptSelect.addEventListener('change', fillPersonas);

  const useConcepts = (list: readonly PickerConcept[]) => {
    const retried = document.activeElement === conceptsRetry;
    personasOf = Object.fromEntries(list.map((concept) => [concept.id, concept.personas]));
    // A concept no discovery question of which is meant for a known persona cannot be practised.
    fillConceptSelect(conceptSelect, list.filter((concept) => concept.personas.length > 0), '');
    fillPersonas();
    conceptSelect.disabled = false;
    personaSelect.disabled = false;
    form.querySelector('button[type="submit"]')?.removeAttribute('disabled');
    conceptsStatus.textContent = '';
    conceptsRetry.hidden = true;
    if (retried) conceptSelect.focus();
  };
  const loadConcepts = () => {
    conceptsStatus.textContent = strings['learn.practice.conceptsLoading'] ?? '';
    loadConceptPicker(root.dataset.conceptsUrl ?? '').then(useConcepts, () => {
      conceptsStatus.textContent = strings[navigator.onLine ? 'learn.practice.conceptsFailed' : 'learn.practice.conceptsOffline'] ?? '';
      conceptsRetry.hidden = false;
    });
  };
  conceptsRetry.addEventListener('click', loadConcepts);
  addEventListener('online', () => {
    if (conceptSelect.disabled && !conceptsRetry.hidden) loadConcepts();
  });
  loadConcepts();

  const stopTimer = (text = '') => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    timerButton.textContent = strings['learn.practice.timer'] ?? '';
    timerLeft.textContent = text;
  };
  timerButton.addEventListener('click', () => {
    if (timer !== undefined) return stopTimer();
    const ends = Date.now() + timerSeconds * 1000;
    timerButton.textContent = strings['learn.practice.timerStop'] ?? '';
    const tick = () => {
      const seconds = Math.max(0, Math.ceil((ends - Date.now()) / 1000));
      if (seconds === 0) return stopTimer(strings['learn.practice.timerDone']);
      // Announced every 10 seconds only, so a screen reader is not flooded.
      if (seconds % 10 === 0 || seconds === timerSeconds || !timerLeft.textContent) timerLeft.textContent = fill(strings, 'learn.practice.timerLeft', { seconds });
    };
    tick();
    timer = setInterval(tick, 1000);
  });

  const show = (concept: ConceptLearnFile, persona: string) => {
    const { arguments: args, choices } = practiceRound(concept, persona);
    round.lang = concept.lang === document.documentElement.lang ? '' : concept.lang;
    q('[data-practice-title]').textContent = `${concept.title} · ${names[persona] ?? persona}`;
    q('[data-practice-problem]').textContent = `“${concept.problem}”`;
    q('[data-practice-tagline]').textContent = concept.tagline;
    q('[data-practice-arguments]').replaceChildren(
      ...args.map((argument) => {
        const item = el('li', 'card p-4');
        item.append(el('p', 'font-semibold', argument.claim));
        const details = el('dl', 'mt-3 grid gap-2 text-sm');
        details.hidden = true;
        details.id = `practice-${argument.id}`;
        for (const [label, value] of [[strings['learn.practice.proof'], argument.proof], [strings['learn.practice.benefit'], argument.benefit]] as const) {
          if (!value) continue;
          const row = el('div');
          row.append(el('dt', 'label', label), el('dd', 'mt-0.5', value));
          details.append(row);
        }
        const button = el('button', 'tap mt-2 rounded-md px-1 text-sm font-semibold text-accent underline underline-offset-2', strings['learn.practice.reveal']);
        button.type = 'button';
        button.setAttribute('aria-expanded', 'false');
        button.setAttribute('aria-controls', details.id);
        button.addEventListener('click', () => {
          details.hidden = false;
          button.setAttribute('aria-expanded', 'true');
          button.hidden = true;
          details.setAttribute('tabindex', '-1');
          details.focus();
        });
        item.append(button, details);
        return item;
      }),
    );
    q('[data-practice-no-arguments]').hidden = args.length > 0;
    const feedback = q('[data-practice-feedback]');
    feedback.textContent = '';
    q('[data-practice-no-question]').hidden = choices.length > 0;
    q('[data-practice-choices]').replaceChildren(
      ...choices.map((choice) => {
        const button = el('button', 'tap w-full justify-start rounded-md border border-line bg-surface p-3 text-left hover:bg-subtle', choice.question);
        button.type = 'button';
        button.addEventListener('click', () => {
          feedback.textContent = strings[choice.right ? 'learn.practice.questionRight' : 'learn.practice.questionWrong'] ?? '';
          feedback.className = `mt-3 font-semibold ${choice.right ? 'text-good' : 'text-bad'}`;
          button.classList.add(choice.right ? 'border-good' : 'border-bad');
          button.setAttribute('aria-pressed', 'true');
        });
        return button;
      }),
    );
    message.hidden = true;
    round.hidden = false;
    q('[data-practice-title]').focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    stopTimer();
    const persona = personaSelect.value;
    message.textContent = strings['learn.practice.loading'] ?? '';
    message.hidden = false;
    fetchJson<ConceptLearnFile>((root.dataset.conceptUrl ?? '').replace('__id__', encodeURIComponent(conceptSelect.value)))
      .then((concept) => show(concept, persona))
      .catch(() => {
        message.textContent = strings['learn.drill.loadFailed'] ?? '';
      });
  });
}
