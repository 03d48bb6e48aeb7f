/**
 * The field-note form in the browser: reads the fields into a draft, keeps the draft in
 * localStorage (so a reload or a lost connection keeps it), composes the note file and updates
 * the three ways to send it. Finishing the note (its submit button, or Enter) marks what is
 * still missing and puts the focus on the first of those, or takes it to the ways to send the
 * note. The chosen concept's objections are loaded when it is chosen (note-objections.ts); until
 * they are there, the draft keeps the answers it had for them. The concepts to choose from come
 * from the language's concept list (concept-picker.ts) as the script starts, so the page does not
 * grow with the playbook; until the list is there, the draft keeps the concept it had. Nothing read
 * from the URL, storage or a data file is inserted as HTML: values go into form fields and text only.
 */
import {
  fieldNoteFile,
  mailtoHref,
  missingFields,
  newFileHref,
  noteOutcomes,
  type FieldNoteDraft,
  type NoteOutcome,
} from '../../lib/field-note-file.ts';
import { fillTemplate } from '../../lib/fill-template.ts';
import { formatDate } from '../../lib/format.ts';
import { fillConceptSelect, loadConceptPicker } from '../concepts/concept-picker.ts';
import { fetchConceptObjections, objectionField, objectionGroup, type ConceptObjections } from './note-objections.ts';

/** What the page hands the script (a `<script type="application/json">`). */
export interface NoteFormData {
  lang: string;
  defaultLang: string;
  inbox?: string | undefined;
  repository?: { url: string; branch: string; contentDir: string } | undefined;
  /** A concept's learn file, `__id__` for its id: the objections, industries and personas. */
  conceptUrl: string;
  /** The language's concept list (src/lib/concept-picker.ts): the concepts to choose from. */
  conceptsUrl: string;
  strings: {
    subject: string;
    missing: string;
    loading: string;
    offline: string;
    failed: string;
    conceptsLoading: string;
    conceptsOffline: string;
    conceptsFailed: string;
    /** "You have an unsent note for {concept} …": a draft set aside for the concept a link asked for. */
    aside: string;
    fields: Record<string, string>;
  };
}

/** The form's values as stored: plain strings, objection answers by objection id. */
export interface StoredDraft {
  concept: string;
  industry: string;
  persona: string;
  outcome: string;
  objections: Record<string, 'handled' | 'not-handled'>;
  newObjections: string;
  worked: string;
  didNotWork: string;
  date: string;
  author: string;
}

export const draftKey = 'playbook:field-note-draft:v1';
/** Drafts set aside for a concept a link asked for, newest first, until the reader continues or discards them. */
export const asideKey = 'playbook:field-note-aside:v1';

const textKeys = ['concept', 'industry', 'persona', 'outcome', 'newObjections', 'worked', 'didNotWork', 'date', 'author'] as const;

/**
 * The field that stands for each required part of a note, in the form's order: where the focus
 * goes when that part is missing ("worked" is one of several ways to say what happened).
 */
const requiredFields = [
  ['concept', 'note-concept'],
  ['industry', 'note-industry'],
  ['persona', 'note-persona'],
  ['outcome', ''],
  ['worked', 'note-worked'],
  ['date', 'note-date'],
] as const;

/** The stored text parsed, or undefined when there is none or it is not JSON. */
function parseStored(raw: string | null): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** A draft from a parsed value, or undefined when it is not one (old format, edited by hand). */
function draftFrom(record: unknown): StoredDraft | undefined {
  if (!isRecord(record)) return undefined;
  const draft: Partial<StoredDraft> = {};
  for (const key of textKeys) {
    const item = record[key];
    draft[key] = typeof item === 'string' ? item.slice(0, 4000) : '';
  }
  const objections: StoredDraft['objections'] = {};
  if (isRecord(record.objections)) {
    for (const [id, answer] of Object.entries(record.objections)) {
      if (answer === 'handled' || answer === 'not-handled') objections[id] = answer;
    }
  }
  return { ...(draft as Omit<StoredDraft, 'objections'>), objections };
}

/** A stored draft, or undefined when the stored value is not one (old format, edited by hand). */
export const readStoredDraft = (raw: string | null): StoredDraft | undefined => draftFrom(parseStored(raw));

/** The drafts set aside, or none when the stored value is not a list of drafts. */
export function readAsideDrafts(raw: string | null): StoredDraft[] {
  const value = parseStored(raw);
  return Array.isArray(value) ? value.flatMap((item) => draftFrom(item) ?? []).filter(draftHasContent) : [];
}

/**
 * Whether the draft holds anything of the visit the reader told: the outcome, an objection,
 * what worked or did not. The rest is filled in for them or two picks away: the concept (a
 * link picks it), the day (today), the name (kept for the next note), and the industry and
 * persona (a concept with only one fills it in).
 */
export function draftHasContent(draft: StoredDraft): boolean {
  const { outcome, newObjections, worked, didNotWork } = draft;
  return [outcome, newObjections, worked, didNotWork].some((value) => value.trim() !== '') || Object.keys(draft.objections).length > 0;
}

/**
 * What the form opens with. A concept page's link (`asked`) picks its concept: a draft for
 * another concept that holds the reader's writing is set aside, first in the list, to be offered
 * back, never replaced unseen; a draft without a concept gets the asked one; an untouched draft
 * simply makes way (keeping the reader's name and the day).
 */
export function openingDraft(stored: StoredDraft | undefined, aside: readonly StoredDraft[], asked: string): { draft: StoredDraft; aside: StoredDraft[] } {
  const draft = stored ?? emptyDraft('', '');
  if (!asked || draft.concept === asked) return { draft, aside: [...aside] };
  if (!draft.concept) return { draft: { ...draft, concept: asked }, aside: [...aside] };
  const fresh = { ...emptyDraft(draft.date, draft.author), concept: asked };
  return { draft: fresh, aside: draftHasContent(draft) ? [draft, ...aside] : [...aside] };
}

/** A draft with nothing written in it yet. */
export function emptyDraft(date: string, author: string): StoredDraft {
  return { concept: '', industry: '', persona: '', outcome: '', objections: {}, newObjections: '', worked: '', didNotWork: '', date, author };
}

/** The note a stored draft says, for the concept's own objections (in the concept's order). */
export function draftToNote(draft: StoredDraft, objectionIds: readonly string[]): FieldNoteDraft {
  return {
    date: draft.date,
    author: draft.author,
    concept: draft.concept,
    industry: draft.industry,
    persona: draft.persona,
    outcome: draft.outcome as NoteOutcome,
    objectionsHeard: objectionIds.flatMap((id) => {
      const answer = draft.objections[id];
      return answer ? [{ objection: id, handled: answer === 'handled' }] : [];
    }),
    newObjections: draft.newObjections.split('\n'),
    worked: draft.worked,
    didNotWork: draft.didNotWork,
  };
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function startNoteForm(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-note-form]');
  const dataNode = document.getElementById('note-form-data');
  if (!form || !dataNode?.textContent) return;
  const data = JSON.parse(dataNode.textContent) as NoteFormData;
  const field = <E extends HTMLElement>(name: string) => form.elements.namedItem(name) as E | null;
  const status = form.querySelector<HTMLElement>('[data-note-status]');
  const actions = form.querySelector<HTMLElement>('[data-note-actions]');
  const preview = form.querySelector<HTMLElement>('[data-note-preview]');
  const saved = form.querySelector<HTMLElement>('[data-note-saved]');
  const mail = form.querySelector<HTMLAnchorElement>('[data-note-mail]');
  const download = form.querySelector<HTMLAnchorElement>('[data-note-download]');
  const repository = form.querySelector<HTMLAnchorElement>('[data-note-repository]');

  const conceptSelect = field<HTMLSelectElement>('concept');
  const template = form.querySelector<HTMLTemplateElement>('template[data-objection-template]');
  const objectionsStatus = form.querySelector<HTMLElement>('[data-objections-status]');
  const retry = form.querySelector<HTMLButtonElement>('[data-objections-retry]');
  /** The loaded files of the concepts chosen so far, whose groups are in the form. */
  const loaded = new Map<string, ConceptObjections>();
  /** The draft's answers for a concept whose objections are not in the form yet. */
  let pending: { concept: string; objections: StoredDraft['objections'] } | undefined;
  /** The concept whose objections are shown (or loading). */
  let chosen = '';
  /** False until the concept list is in the select; meanwhile the draft's concept is `wantedConcept`. */
  let conceptsReady = false;
  let wantedConcept = '';
  /** A concept page's link (`?concept=<id>`) picks its concept; a draft for another one is set aside (openingDraft). */
  const askedConcept = new URLSearchParams(location.search).get('concept') ?? '';
  const conceptValue = () => (conceptsReady ? (conceptSelect?.value ?? '') : wantedConcept);
  const conceptsStatus = form.querySelector<HTMLElement>('[data-concepts-status]');
  const conceptsRetry = form.querySelector<HTMLButtonElement>('[data-concepts-retry]');

  const groups = () => [...form.querySelectorAll<HTMLElement>('[data-objections-for]')];
  const groupOf = (concept: string) => form.querySelector<HTMLElement>(`[data-objections-for="${CSS.escape(concept)}"]`);
  const objectionIds = (concept: string) => (concept ? [...(groupOf(concept)?.querySelectorAll<HTMLElement>('[data-objection]') ?? [])].map((node) => node.dataset.objection ?? '') : []);
  const setAnswers = (concept: string, answers: StoredDraft['objections']) => {
    for (const id of objectionIds(concept)) {
      const radios = form.elements.namedItem(objectionField(concept, id)) as RadioNodeList | null;
      if (radios) radios.value = answers[id] ?? '';
    }
  };

  const read = (): StoredDraft => {
    const value = (name: string) => (field<HTMLInputElement>(name)?.value ?? '').toString();
    const concept = conceptValue();
    // Objections still loading (or that failed to load) keep the answers the draft had.
    const objections: StoredDraft['objections'] = loaded.has(concept) || pending?.concept !== concept ? {} : { ...pending.objections };
    for (const id of objectionIds(concept)) {
      const answer = (form.elements.namedItem(objectionField(concept, id)) as RadioNodeList | null)?.value;
      if (answer === 'handled' || answer === 'not-handled') objections[id] = answer;
    }
    const outcome = (form.elements.namedItem('outcome') as RadioNodeList | null)?.value ?? '';
    return {
      concept,
      industry: value('industry'),
      persona: value('persona'),
      outcome,
      objections,
      newObjections: value('newObjections'),
      worked: value('worked'),
      didNotWork: value('didNotWork'),
      date: value('date'),
      author: value('author'),
    };
  };

  const write = (draft: StoredDraft) => {
    const set = (name: string, value: string) => {
      const node = field<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(name);
      if (!node) return;
      // A select keeps its value only when it is one of its options (a concept since retired).
      node.value = value;
      if (node instanceof HTMLSelectElement && node.value !== value) node.value = '';
    };
    for (const key of ['industry', 'persona', 'newObjections', 'worked', 'didNotWork', 'date', 'author'] as const) set(key, draft[key]);
    if (conceptsReady) set('concept', draft.concept);
    else wantedConcept = draft.concept;
    const outcomes = form.elements.namedItem('outcome') as RadioNodeList | null;
    if (outcomes) outcomes.value = (noteOutcomes as readonly string[]).includes(draft.outcome) ? draft.outcome : '';
    if (loaded.has(draft.concept)) setAnswers(draft.concept, draft.objections);
    else pending = { concept: draft.concept, objections: draft.objections };
  };

  // A concept with one industry or persona fills it in when it is still empty.
  const fillSingle = (file: ConceptObjections) => {
    for (const key of ['industry', 'persona'] as const) {
      const select = field<HTMLSelectElement>(key);
      const only = file[key === 'industry' ? 'industries' : 'personas'];
      if (select && !select.value && only.length === 1) select.value = only[0] ?? '';
    }
  };

  const showStatus = (text: string, canRetry: boolean) => {
    if (objectionsStatus) objectionsStatus.textContent = text;
    if (retry) retry.hidden = !canRetry;
  };

  /** Loads the concept's objections into the form, then shows them if it is still the one chosen. */
  const fetchObjections = (concept: string) => {
    showStatus(data.strings.loading, retry?.hidden === false);
    // A concept chosen again while its file is on its way is fetched again; only one group is kept.
    fetchConceptObjections(data.conceptUrl, concept).then(
      (file) => {
        if (!loaded.has(concept) && template) {
          const group = objectionGroup(template, concept, file, data.lang);
          objectionsStatus?.before(group);
          loaded.set(concept, file);
          if (pending?.concept === concept) {
            setAnswers(concept, pending.objections);
            pending = undefined;
          }
        }
        if (chosen !== concept) return;
        const retried = document.activeElement === retry;
        showConcept(concept);
        update();
        if (retried) groupOf(concept)?.querySelector<HTMLInputElement>('input:checked')?.focus();
      },
      () => {
        if (chosen !== concept) return;
        showStatus(navigator.onLine ? data.strings.failed : data.strings.offline, true);
      },
    );
  };

  const showConcept = (concept: string) => {
    chosen = concept;
    for (const group of groups()) group.hidden = group.dataset.objectionsFor !== concept;
    const empty = form.querySelector<HTMLElement>('[data-objections-empty]');
    if (empty) empty.hidden = concept !== '';
    const file = loaded.get(concept);
    if (file) fillSingle(file);
    if (!concept || file) showStatus('', false);
    else fetchObjections(concept);
  };

  // Set once the reader tried to finish the note: from then on the missing fields are marked.
  let finishing = false;
  const outcomeGroup = form.querySelector<HTMLElement>('[data-note-outcome]');
  // Each missing field shows its own message, which becomes the first part of its description
  // (of the outcome group's, and its radios are marked invalid), so a screen reader hears what
  // is wrong at the field itself; a hidden message is never referenced.
  const markMissing = (missing: readonly string[]) => {
    for (const [key, id] of requiredFields) {
      const node = id ? document.getElementById(id) : outcomeGroup;
      const error = document.getElementById(`note-${key}-error`);
      const gap = finishing && missing.includes(key);
      if (!node || !error) continue;
      error.hidden = !gap;
      const described = (node.getAttribute('aria-describedby') ?? '').split(' ').filter((ref) => ref && ref !== error.id);
      const refs = (gap ? [error.id, ...described] : described).join(' ');
      if (refs) node.setAttribute('aria-describedby', refs);
      else node.removeAttribute('aria-describedby');
      if (!id) node.toggleAttribute('data-missing', gap);
      for (const target of id ? [node] : node.querySelectorAll('input')) {
        if (gap) target.setAttribute('aria-invalid', 'true');
        else target.removeAttribute('aria-invalid');
      }
    }
  };
  const firstMissing = (missing: readonly string[]): HTMLElement | null => {
    const key = requiredFields.find(([name]) => missing.includes(name));
    if (!key) return null;
    if (key[1]) return document.getElementById(key[1]);
    return form.querySelector<HTMLInputElement>('[data-note-outcome] input:checked') ?? form.querySelector<HTMLInputElement>('[data-note-outcome] input');
  };

  /** Reads the form, keeps the draft, composes the note; answers what is still missing. */
  const update = (): string[] => {
    const concept = conceptValue();
    if (concept !== chosen) showConcept(concept);
    const draft = read();
    try {
      localStorage.setItem(draftKey, JSON.stringify(draft));
      // Said only once there is something of the reader's to keep.
      const savedText = draftHasContent(draft) ? (saved?.dataset.text ?? '') : '';
      if (saved && saved.textContent !== savedText) saved.textContent = savedText;
    } catch {
      // Private mode or a full storage: the form still works, the draft just does not stay.
    }
    const note = draftToNote(draft, objectionIds(draft.concept));
    const missing = missingFields(note);
    markMissing(missing);
    if (missing.length > 0) {
      if (actions) actions.hidden = true;
      if (status) status.textContent = fillTemplate(data.strings.missing, { fields: missing.map((key) => data.strings.fields[key] ?? key).join(', ') });
      return missing;
    }
    const { path, fileName: name, text } = fieldNoteFile(note, data.lang, data.defaultLang);
    if (status) status.textContent = '';
    if (actions) actions.hidden = false;
    if (preview) preview.textContent = text;
    const subject = fillTemplate(data.strings.subject, { concept: (conceptsReady && conceptSelect?.selectedOptions[0]?.textContent) || note.concept, date: note.date });
    if (mail && data.inbox) mail.href = mailtoHref(data.inbox, subject, text);
    if (download) {
      // A data: URL rather than a blob: one, so the link stays valid after a reload of the draft.
      download.href = `data:text/markdown;charset=utf-8,${encodeURIComponent(text)}`;
      download.download = name;
    }
    if (repository && data.repository) {
      repository.href = newFileHref(data.repository.url, data.repository.branch, `${data.repository.contentDir}/${path}`, text);
    }
    return [];
  };

  const storage = (key: string) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const opening = openingDraft(readStoredDraft(storage(draftKey)), readAsideDrafts(storage(asideKey)), askedConcept);
  const start = opening.draft;
  if (!start.date) start.date = localToday();
  let aside = opening.aside;
  write(start);
  // The link's concept is served once: a reload then keeps what the reader chose since.
  if (askedConcept) {
    const url = new URL(location.href);
    url.searchParams.delete('concept');
    history.replaceState(history.state, '', url);
  }

  // A draft set aside for the concept a link asked for: offered back until continued or discarded.
  const asideNotice = form.querySelector<HTMLElement>('[data-note-aside]');
  const asideText = form.querySelector<HTMLElement>('[data-note-aside-text]');
  const conceptTitle = (id: string) => (conceptsReady && [...(conceptSelect?.options ?? [])].find((option) => option.value === id)?.textContent) || id;
  const showAside = () => {
    try {
      if (aside.length > 0) localStorage.setItem(asideKey, JSON.stringify(aside));
      else localStorage.removeItem(asideKey);
    } catch {
      // Storage refused: the offer still holds until the page is left.
    }
    const first = aside[0];
    if (asideNotice) asideNotice.hidden = !first;
    if (!first || !asideText) return;
    const day = /^\d{4}-\d{2}-\d{2}$/.test(first.date) ? formatDate(new Date(`${first.date}T00:00:00Z`), data.lang) : first.date;
    asideText.textContent = fillTemplate(data.strings.aside, { concept: conceptTitle(first.concept), date: day });
  };
  form.querySelector('[data-note-aside-continue]')?.addEventListener('click', () => {
    const [next, ...rest] = aside;
    if (!next) return;
    const current = read();
    aside = draftHasContent(current) ? [current, ...rest] : rest;
    for (const radio of form.querySelectorAll<HTMLInputElement>('[data-objections-for] input[type="radio"][value=""]')) radio.checked = true;
    write(next);
    update();
    showAside();
    field<HTMLSelectElement>('concept')?.focus();
  });
  form.querySelector('[data-note-aside-discard]')?.addEventListener('click', () => {
    aside = aside.slice(1);
    showAside();
    if (aside.length === 0) field<HTMLSelectElement>('concept')?.focus();
  });
  showAside();

  /** Puts the concept list in the select, with the draft's concept (or the linked one) chosen. */
  const loadConcepts = () => {
    if (conceptsStatus) conceptsStatus.textContent = data.strings.conceptsLoading;
    loadConceptPicker(data.conceptsUrl).then(
      (list) => {
        if (!conceptSelect || conceptsReady) return;
        const retried = document.activeElement === conceptsRetry;
        // A concept since retired (or a link's unknown one) is not in the list: the select then stays on "Choose…".
        fillConceptSelect(conceptSelect, list, wantedConcept);
        conceptSelect.disabled = false;
        conceptsReady = true;
        if (conceptsStatus) conceptsStatus.textContent = '';
        if (conceptsRetry) conceptsRetry.hidden = true;
        update();
        showAside();
        if (retried) conceptSelect.focus();
      },
      () => {
        if (conceptsStatus) conceptsStatus.textContent = navigator.onLine ? data.strings.conceptsFailed : data.strings.conceptsOffline;
        if (conceptsRetry) conceptsRetry.hidden = false;
      },
    );
  };
  conceptsRetry?.addEventListener('click', loadConcepts);

  form.addEventListener('input', () => void update());
  form.addEventListener('change', () => void update());
  retry?.addEventListener('click', () => fetchObjections(chosen));
  // Back in range: the objections that could not be loaded are tried again.
  addEventListener('online', () => {
    if (!conceptsReady && conceptsRetry?.hidden === false) loadConcepts();
    if (chosen && !loaded.has(chosen) && retry?.hidden === false) fetchObjections(chosen);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    finishing = true;
    const missing = update();
    (firstMissing(missing) ?? form.querySelector<HTMLElement>('#note-send-title'))?.focus();
  });
  form.querySelector('[data-note-clear]')?.addEventListener('click', () => {
    const author = read().author;
    write(emptyDraft(localToday(), author));
    for (const radio of form.querySelectorAll<HTMLInputElement>('[data-objections-for] input[type="radio"][value=""]')) radio.checked = true;
    finishing = false;
    update();
    field<HTMLSelectElement>('concept')?.focus();
  });
  form.hidden = false;
  update();
  loadConcepts();
}
