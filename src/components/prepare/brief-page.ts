/**
 * The visit brief in the browser: reads the selection from the URL, fetches the industry's shard,
 * the chosen concept and the competitor (only those), ranks and assembles the brief
 * (visit-brief.ts), renders it with the concept's value calculator (the calculator's own pure
 * modules) and keeps the customer's figures in the URL. Everything is written as text. Once a
 * brief is shown, its "save for offline" button (SaveOffline.astro) names what the brief needs
 * offline: its data files, the concept page, the objection cards and the battlecard. After the
 * form was sent, the focus lands on the brief's title (or on the message in its place).
 */
import type { BriefConceptFile } from '../../lib/brief-data.ts';
import { handoutAnchor } from '../../lib/brief-link.ts';
import {
  isEmptySelection,
  keepInputs,
  readBriefState,
  readRecent,
  recentKey,
  rememberBrief,
  writeBriefState,
  type BriefState,
  type KnownIds,
} from '../../lib/brief-state.ts';
import { briefText } from '../../lib/brief-text.ts';
import { formatDate, formatPercent } from '../../lib/format.ts';
import { fillTemplate } from '../../lib/fill-template.ts';
import type { UiKey } from '../../lib/i18n.ts';
import type { PrepareConfig } from '../../lib/prepare-config.ts';
import { calculate, type CalculatorTexts } from '../../lib/value-calculator.ts';
import { basisText, initialFieldText, readField, type FieldState, type FieldTexts } from '../../lib/value-fields.ts';
import { valueInputs } from '../../lib/value-model.ts';
import { valueSummary } from '../../lib/value-summary.ts';
import { announceLater } from '../announce-later.ts';
import {
  assembleBrief,
  briefOfflinePages,
  printLimits,
  rankConcepts,
  type Brief,
  type BriefCandidate,
  type BriefCompetitor,
  type MatchReason,
  type RankedConcept,
} from '../../lib/visit-brief.ts';
import { copyText, fill, h, readerToday } from './dom.ts';

const root = document.querySelector<HTMLElement>('[data-prepare]');
const configText = root?.querySelector('[data-prepare-config]')?.textContent;

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Set when the form is sent, so the next page puts the focus on its result (sessionStorage). */
const focusKey = 'playbook:prepare-focus';

/** Whether this page is the answer to the form sent from this tab (read once, then forgotten). */
function takeFocusRequest(): boolean {
  try {
    const asked = sessionStorage.getItem(focusKey) === '1';
    sessionStorage.removeItem(focusKey);
    return asked;
  } catch {
    // Storage switched off: the focus stays where the browser puts it.
    return false;
  }
}
const focusAsked = takeFocusRequest();

/** Moves the focus to what the sent form produced: the brief's title, or the message in its place. */
function focusResult(target: Element | null | undefined): void {
  if (!focusAsked || !(target instanceof HTMLElement)) return;
  target.tabIndex = -1;
  target.focus();
}

/**
 * Coming back from the hand-out (its "Back to the brief", or the browser's Back after the hand-out
 * link wrote the anchor into this page's URL): the focus, and with it the view, goes to the
 * hand-out section instead of the top of the page.
 */
function focusHandout(out: HTMLElement): void {
  if (location.hash !== `#${handoutAnchor}`) return;
  const heading = out.querySelector<HTMLElement>(`#${handoutAnchor}`);
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}

async function fetchJson<T>(url: string): Promise<T | undefined> {
  const response = await fetch(url);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return (await response.json()) as T;
}

async function start(root: HTMLElement, config: PrepareConfig): Promise<void> {
  const { lang, names } = config;
  const say = (key: UiKey) => config.strings[key] ?? key;
  const sayf = (key: UiKey, values: Record<string, string | number>) => fillTemplate(say(key), values);
  const known: KnownIds = {
    industries: new Set(Object.keys(names.industries)),
    personas: new Set(Object.keys(names.personas)),
    competitors: new Set(Object.keys(names.competitors)),
    products: new Set(Object.keys(names.products)),
    concepts: { has: (id: string) => slug.test(id) },
  };
  for (const note of root.querySelectorAll<HTMLElement>('[data-nojs]')) note.hidden = true;
  let state = readBriefState(location.search, known, config.languages);
  const notice = root.querySelector<HTMLElement>('[data-prepare-notice]')!;
  const out = root.querySelector<HTMLElement>('[data-brief]')!;
  const print = root.querySelector<HTMLElement>('[data-brief-print]')!;
  fillForm(root, state, say);
  renderRecent(root, config, writeBriefState({ ...state, inputs: {} }));
  const list = (ids: readonly string[], from: Record<string, string>) => ids.map((id) => from[id] ?? id).join(', ');

  if (isEmptySelection(state.selection)) {
    showDropped(notice, state, sayf);
    out.replaceChildren(h('p', { class: 'card p-4 text-ink' }, say('prepare.empty')));
    focusResult(out.firstElementChild);
    return;
  }
  out.replaceChildren(h('p', { class: 'text-muted' }, say('prepare.loading')));
  const data = (path: string) => `${config.dataBase}${path}`;
  // The data files this brief read, for "save for offline".
  const loaded: string[] = [];
  const load = async <T>(path: string): Promise<T | undefined> => {
    const value = await fetchJson<T>(data(path));
    if (value !== undefined) loaded.push(data(path));
    return value;
  };
  try {
    const { selection } = state;
    const [shard, chosen, competitor] = await Promise.all([
      selection.industry ? load<BriefCandidate[]>(`${lang}/industry/${selection.industry}.json`) : Promise.resolve(undefined),
      selection.concept ? load<BriefConceptFile>(`${lang}/concept/${selection.concept}.json`) : Promise.resolve(undefined),
      selection.competitor ? load<BriefCompetitor>(`${lang}/competitor/${selection.competitor}.json`) : Promise.resolve(undefined),
    ]);
    if (selection.concept && !chosen) {
      state = { ...state, selection: { ...state.selection, concept: undefined }, dropped: [...state.dropped, { kind: 'concept', value: selection.concept }] };
    }
    const candidates = [...(chosen ? [chosen.candidate] : []), ...(shard ?? [])];
    const ranked = rankConcepts(candidates, state.selection);
    const lead = ranked[0];
    if (!lead) {
      showDropped(notice, state, sayf);
      const message = state.selection.industry
        ? sayf('prepare.noMatch', { industry: names.industries[state.selection.industry] ?? state.selection.industry })
        : say('prepare.needIndustry');
      out.replaceChildren(h('p', { class: 'card p-4 text-ink' }, message));
      focusResult(out.firstElementChild);
      return;
    }
    const concept = chosen && chosen.candidate.id === lead.candidate.id ? chosen : await load<BriefConceptFile>(`${lang}/concept/${lead.candidate.id}.json`);
    if (!concept) throw new Error(`no data for ${lead.candidate.id}`);
    state = keepInputs(state, concept.valueModel ? valueInputs(concept.valueModel).map((input) => input.id) : []);
    showDropped(notice, state, sayf);
    const chosenTitle = root.querySelector('[data-concept-title]');
    if (chosenTitle && chosen) chosenTitle.textContent = sayf('prepare.conceptChosen', { title: chosen.candidate.title });
    const brief = assembleBrief(concept, state.selection, competitor, readerToday());
    // An offer this brief does not show (another concept's, an old link's) is not kept.
    if (state.offer && !brief.offers.shown.some((offer) => offer.id === state.offer)) state = { ...state, offer: undefined };
    const selectionLabel = [
      state.selection.industry && names.industries[state.selection.industry],
      list(state.selection.personas, names.personas),
      state.selection.competitor && names.competitors[state.selection.competitor],
      state.selection.owns.length > 0 && `${say('prepare.owns')}: ${list(state.selection.owns, names.products)}`,
    ]
      .filter(Boolean)
      .join(' · ');
    const view = renderBrief({ config, state, brief, concept, ranked, selectionLabel, out, print, list });
    if (!state.selection.industry) out.prepend(h('p', { class: 'card p-4 text-ink' }, say('prepare.needIndustry')));
    offerSave(root, out, {
      // The hand-out too (its page serves any query offline), with its data in every language
      // it may be handed out in.
      pages: [...briefOfflinePages(brief), config.handoutHref],
      files: [...loaded, ...config.languages.map((code) => `${config.dataBase}handout/${code}/${concept.candidate.id}.json`)],
      title: [out.querySelector('[data-brief-title]')?.textContent, selectionLabel || concept.candidate.title].filter(Boolean).join(' · '),
    });
    focusResult(out.querySelector('[data-brief-title]'));
    focusHandout(out);
    // Back from the hand-out to a page the browser kept in memory: the brief is still built.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) focusHandout(out);
    });
    try {
      const query = writeBriefState({ ...state, inputs: {} });
      localStorage.setItem(recentKey, rememberBrief(localStorage.getItem(recentKey), { query, label: [state.customer, selectionLabel || concept.candidate.title].filter(Boolean).join(' · '), savedOn: readerToday() }));
    } catch {
      // Storage may be full or switched off; the brief works without the list.
    }
    view.update();
  } catch {
    out.replaceChildren(h('p', { role: 'alert', class: 'card p-4 text-bad' }, say('prepare.loadFailed')));
    focusResult(out.firstElementChild);
  }
}

/** Shows the page's "save for offline" button in the brief's header, set to what this brief needs. */
function offerSave(root: HTMLElement, out: HTMLElement, what: { pages: string[]; files: string[]; title: string }): void {
  const block = root.querySelector<HTMLElement>('[data-save-offline-block]');
  const button = block?.querySelector<HTMLButtonElement>('button[data-save-offline]');
  const actions = out.querySelector('[data-brief-actions]');
  if (!block || !button || !actions) return;
  button.dataset.savePages = JSON.stringify(what.pages);
  button.dataset.saveFiles = JSON.stringify(what.files);
  button.dataset.saveTitle = what.title;
  actions.append(block);
  block.hidden = false;
}

function fillForm(root: HTMLElement, state: BriefState, say: (key: UiKey) => string): void {
  const form = root.querySelector<HTMLFormElement>('[data-prepare-form]');
  if (!form) return;
  form.addEventListener('submit', () => {
    try {
      sessionStorage.setItem(focusKey, '1');
    } catch {
      // Without storage the brief still appears; only the focus stays at the top.
    }
  });
  const { selection } = state;
  const set = (name: string, value: string | undefined) => {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLSelectElement || field instanceof HTMLInputElement) field.value = value ?? '';
  };
  set('industry', selection.industry);
  set('competitor', selection.competitor);
  set('customer', state.customer);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = (box.name === 'persona' ? selection.personas : selection.owns).includes(box.value);
  }
  const concept = form.querySelector<HTMLInputElement>('[data-prepare-concept]');
  const note = form.querySelector<HTMLElement>('[data-prepare-concept-note]');
  if (concept && note && selection.concept) {
    concept.value = selection.concept;
    concept.disabled = false;
    const clear = h('button', { type: 'button', class: 'link tap ml-1' }, say('prepare.conceptClear'));
    clear.addEventListener('click', () => {
      concept.disabled = true;
      note.hidden = true;
    });
    note.replaceChildren(h('span', { 'data-concept-title': '' }), ' ', clear);
    note.hidden = false;
  }
  const hl = form.querySelector<HTMLInputElement>('[data-prepare-hl]');
  if (hl && state.handoutLang) {
    hl.value = state.handoutLang;
    hl.disabled = false;
  }
}

function showDropped(
  notice: HTMLElement,
  state: BriefState,
  sayf: (key: UiKey, values: Record<string, string | number>) => string,
): void {
  if (state.dropped.length === 0) {
    notice.replaceChildren();
    return;
  }
  const items = state.dropped.map((d) => sayf(`prepare.dropped.${d.kind}` as UiKey, { value: d.value })).join(', ');
  notice.replaceChildren(
    h('p', { class: 'rounded-lg border border-warn bg-warn-soft p-4 text-ink', 'data-dropped': '' }, sayf('prepare.dropped', { items })),
  );
}

function renderRecent(root: HTMLElement, config: PrepareConfig, currentQuery: string): void {
  const section = root.querySelector<HTMLElement>('[data-recent]');
  const list = section?.querySelector<HTMLElement>('[data-recent-list]');
  if (!section || !list) return;
  let recent: ReturnType<typeof readRecent> = [];
  try {
    recent = readRecent(localStorage.getItem(recentKey));
  } catch {
    return;
  }
  recent = recent.filter((item) => item.query !== currentQuery);
  if (recent.length === 0) return;
  list.replaceChildren(
    ...recent.map((item) => {
      const link = h('a', { class: 'link tap', href: `${config.briefHref}?${new URLSearchParams(item.query).toString()}` }, item.label);
      return h('li', {}, link, h('span', { class: 'ml-2 text-xs text-muted' }, formatDate(new Date(item.savedOn), config.lang)));
    }),
  );
  section.hidden = false;
  section.querySelector('[data-recent-clear]')?.addEventListener('click', () => {
    localStorage.removeItem(recentKey);
    section.hidden = true;
  });
}

interface RenderInput {
  config: PrepareConfig;
  state: BriefState;
  brief: Brief;
  concept: BriefConceptFile;
  ranked: RankedConcept[];
  selectionLabel: string;
  out: HTMLElement;
  print: HTMLElement;
  list: (ids: readonly string[], from: Record<string, string>) => string;
}

const sectionTitle = 'section-title';
const badge = (text: string, tone = 'bg-subtle text-ink') => h('span', { class: `inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ${tone}` }, text);
const internalBadge = (label: string) => badge(label, 'border border-dashed border-internal-line bg-internal-soft text-internal uppercase tracking-wide');

function renderBrief(input: RenderInput): { update: () => void } {
  const { config, state, brief, concept, ranked, selectionLabel, out, print, list } = input;
  const { lang, names } = config;
  const say = (key: UiKey) => config.strings[key] ?? key;
  const sayf = (key: UiKey, values: Record<string, string | number>) => fillTemplate(say(key), values);
  const contentLang = concept.lang !== lang ? concept.lang : undefined;
  // Words of an entry in another language than the page's (no translation yet) carry its `lang`,
  // each in its own element, so the page's labels around them keep the page's language.
  const inLang = (text: string, language = contentLang) => (language ? h('span', { lang: language }, text) : text);
  /** A sentence of the page with the concept's words in its one `{name}` placeholder. */
  const sayWith = (key: UiKey, name: string, text: string) => {
    const [before = '', after = ''] = say(key).split(`{${name}}`);
    return [before, inLang(text), after];
  };
  const offers = brief.offers.shown;
  const shownOfferIds = new Set(offers.map((o) => o.id));
  const calcOffers = concept.calculatorOffers.filter((o) => shownOfferIds.has(o.id));
  let handoutLang = state.handoutLang ?? lang;

  // — Header —
  // Headings nest: the brief (h2), what fits and the chosen concept (h3), the concept's parts (h4)
  // and what a part lists (h5), so a heading list shows where the brief starts and what belongs
  // to the concept.
  const status = h('p', { role: 'status', class: 'text-sm text-muted' });
  const copyButton = h('button', { type: 'button', class: 'tap rounded-md border border-line px-3 text-sm font-medium text-accent hover:bg-subtle' }, say('prepare.copyBrief'));
  const printButton = h('button', { type: 'button', class: 'tap rounded-md border border-line px-3 text-sm font-medium text-accent hover:bg-subtle' }, say('prepare.print'));
  printButton.addEventListener('click', () => window.print());
  const title = state.customer ? sayf('prepare.briefFor', { customer: state.customer }) : say('prepare.briefTitle');
  const header = h(
    'header',
    { class: 'grid gap-2' },
    h('h2', { class: 'text-2xl font-bold tracking-tight text-ink', 'data-brief-title': '' }, title),
    selectionLabel ? h('p', { class: 'text-muted' }, selectionLabel) : null,
    h('p', { class: 'flex flex-wrap items-center gap-2 text-sm font-semibold text-internal' }, internalBadge(say('badge.internal')), ' ', say('prepare.internal')),
    h('div', { class: 'flex flex-wrap gap-2', 'data-brief-actions': '' }, copyButton, printButton),
    status,
  );

  // — Matching concepts —
  const reasonText = (reason: MatchReason): string => {
    switch (reason.kind) {
      case 'chosen':
        return say('prepare.reason.chosen');
      case 'industry':
        return sayf('prepare.reason.industry', { name: names.industries[reason.id] ?? reason.id });
      case 'personas':
        return sayf('prepare.reason.personas', { names: list(reason.ids, names.personas) });
      case 'competitor':
        return sayf('prepare.reason.competitor', { name: names.competitors[reason.id] ?? reason.id });
      case 'owners':
        return sayf('prepare.reason.owners', { names: list(reason.ids, names.products) });
      case 'completes':
        return sayf('prepare.reason.completes', { names: list(reason.ids, names.products) });
    }
  };
  const matches = h(
    'section',
    { 'aria-labelledby': 'brief-matches', class: 'grid gap-2' },
    h('h3', { id: 'brief-matches', class: sectionTitle }, say('prepare.matches')),
    h('p', { class: 'text-sm text-muted' }, say('prepare.matchesLead')),
    h(
      'ol',
      { class: 'grid gap-2', 'data-brief-matches': '' },
      ranked.slice(0, 10).map((match, i) => {
        const query = writeBriefState({ ...state, selection: { ...state.selection, concept: match.candidate.id }, offer: undefined, inputs: {} });
        return h(
          'li',
          { class: `card flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-3 ${i === 0 ? 'border-accent' : ''}`, 'data-match': match.candidate.id },
          h(
            'div',
            { class: 'min-w-0' },
            h('p', { class: 'font-semibold text-ink' }, inLang(match.candidate.title, match.candidate.lang), ' ', match.candidate.status === 'pilot' ? badge(say('status.pilot'), 'bg-warn-soft text-warn') : null),
            h('p', { class: 'text-sm text-muted' }, match.reasons.map(reasonText).join(' · ')),
          ),
          i === 0
            ? h('span', { class: 'text-sm font-semibold text-accent' }, say('prepare.current'))
            : h('a', { class: 'link tap text-sm', href: `${config.briefHref}?${query}` }, h('span', {}, say('prepare.useConcept'), h('span', { class: 'sr-only' }, ' — ', inLang(match.candidate.title, match.candidate.lang)))),
        );
      }),
    ),
  );

  // — The concept —
  const conceptHead = h(
    'section',
    { class: 'grid gap-2', 'aria-labelledby': 'brief-concept' },
    h('h3', { id: 'brief-concept', class: 'text-2xl font-bold text-ink', lang: contentLang }, concept.candidate.title),
    h('p', { class: 'text-lg text-muted', lang: contentLang }, concept.tagline),
    // A concept without a translation is shown in its own language, and the brief says so.
    contentLang
      ? h('p', { role: 'note', class: 'rounded-lg border border-line bg-subtle p-3 text-sm text-ink', 'data-brief-fallback': '' },
          sayf('translation.fallback', { language: say(`language.${lang}` as UiKey), original: say(`language.${contentLang}` as UiKey) }))
      : null,
    concept.pilotScope.length > 0
      ? h('p', { role: 'note', class: 'rounded-lg border border-warn bg-warn-soft p-3 text-sm text-ink' }, sayWith('prepare.pilotScope', 'scope', concept.pilotScope.join('; ')))
      : null,
    h('p', {}, h('a', { class: 'link tap', href: concept.href }, say('prepare.openConcept'))),
  );

  // — Arguments —
  const argumentsSection = h(
    'section',
    { class: 'grid gap-2', 'aria-labelledby': 'brief-arguments' },
    h('h4', { id: 'brief-arguments', class: sectionTitle }, say('prepare.arguments')),
    h(
      'ul',
      { class: 'grid gap-2', 'data-brief-arguments': '' },
      brief.arguments.map((a) =>
        h(
          'li',
          { class: 'card p-3', 'data-for-table': String(a.forTable) },
          h('p', { class: 'font-semibold text-ink' }, inLang(a.claim), ' ', a.forTable ? badge(say('prepare.forTable'), 'bg-accent-soft text-accent-strong') : null),
          h('p', { class: 'mt-1 text-sm text-ink' }, h('span', { class: 'font-semibold' }, `${say('concept.proof')}: `), inLang(a.proof)),
          h('p', { class: 'mt-1 text-sm text-muted' }, h('span', { class: 'font-semibold' }, `${say('concept.benefit')}: `), inLang(a.benefit)),
        ),
      ),
    ),
  );

  // — Objections —
  const competitorName = state.selection.competitor ? names.competitors[state.selection.competitor] ?? '' : '';
  const objectionsSection = h(
    'section',
    { class: 'grid gap-2', 'aria-labelledby': 'brief-objections' },
    h('h4', { id: 'brief-objections', class: sectionTitle }, say('prepare.objections')),
    h(
      'ul',
      { class: 'grid gap-2', 'data-brief-objections': '' },
      brief.objections.map((o) =>
        h(
          'li',
          { class: 'card grid gap-1 p-3', 'data-objection': o.id },
          h(
            'p',
            { class: 'font-semibold text-ink' },
            inLang(`“${o.objection}”`),
            ' ',
            o.aboutCompetitor ? badge(sayf('prepare.aboutCompetitor', { name: competitorName })) : null,
            o.forTable ? badge(say('prepare.forTable'), 'bg-accent-soft text-accent-strong') : null,
          ),
          h('p', { class: 'text-sm' }, h('span', { class: 'font-semibold' }, `${say('objection.concern')}: `), inLang(o.concern)),
          h('p', { class: 'text-sm' }, h('span', { class: 'font-semibold' }, `${say('objection.response')}: `), inLang(o.response)),
          h('p', { class: 'text-sm' }, h('span', { class: 'font-semibold' }, `${say('objection.followUp')}: `), inLang(o.followUp)),
          h('p', {}, h('a', { class: 'link tap text-sm', href: o.href }, h('span', {}, say('prepare.openCard'), h('span', { class: 'sr-only' }, ' ', inLang(`“${o.objection}”`))))),
        ),
      ),
    ),
  );

  // — Calculator (before the offers, so the guardrails are not on screen while it is filled in) —
  const model = concept.valueModel;
  const fieldTexts: FieldTexts = {
    typical: say('value.sourceTypical'),
    customer: say('value.sourceCustomer'),
    readAs: say('value.readAs'),
    empty: say('value.emptyTypical'),
    invalid: say('value.errorInvalid'),
    negative: say('value.errorNegative'),
    basisTypical: say('value.basisTypical'),
    basisOne: say('value.basisOne'),
    basisMany: say('value.basisMany'),
    basisCustomer: say('value.basisCustomer'),
  };
  const calcTexts: CalculatorTexts = {
    months: say('value.paybackMonths'),
    none: say('value.paybackNone'),
    basisOneOff: say('value.basisOneOff'),
    basisRecurring: say('value.basisRecurring'),
    termMore: say('value.termMore'),
  };
  const inputs = model ? valueInputs(model) : [];
  const fields: HTMLInputElement[] = [];
  const totalOut = h('span', { class: 'text-xl font-bold text-ink tabular-nums', 'data-brief-total': '' });
  // Screen readers hear one summary once typing pauses, not every figure on every keystroke.
  const liveOut = h('p', { role: 'status', class: 'sr-only', lang: contentLang ? lang : undefined, 'data-brief-live': '' });
  const basisOut = h('p', { class: 'mt-1 text-sm text-muted' });
  const calculator = h(
    'section',
    { class: 'grid gap-2', 'aria-labelledby': 'brief-calculator' },
    h('h4', { id: 'brief-calculator', class: sectionTitle }, say('prepare.calculator')),
    model
      ? [
          h('p', { class: 'text-sm text-muted' }, say('prepare.calculatorLead')),
          h(
            'form',
            { class: 'card grid gap-3 p-4', 'data-brief-calculator': '', novalidate: '' },
            inputs.map((field) => {
              const id = `brief-value-${field.id}`;
              const input = h('input', {
                id,
                name: field.id,
                type: 'text',
                inputmode: 'decimal',
                autocomplete: 'off',
                spellcheck: 'false',
                'aria-describedby': `${id}-note`,
                'data-typical': String(field.default),
                class: 'min-h-11 w-full min-w-0 rounded-md border border-line bg-surface px-3 text-right text-base text-ink tabular-nums aria-invalid:border-2 aria-invalid:border-bad',
              });
              input.value = state.inputs[field.id] ?? initialFieldText(field.default, lang);
              fields.push(input);
              return h(
                'div',
                { class: 'grid gap-1 sm:grid-cols-[minmax(0,1fr)_12rem] sm:items-start sm:gap-x-4' },
                h(
                  'label',
                  { for: id, class: 'text-sm font-medium text-ink' },
                  inLang(field.label),
                  field.question ? h('span', { class: 'mt-0.5 block text-sm font-normal text-muted' }, `${say('value.ask')} `, inLang(field.question)) : null,
                ),
                h(
                  'span',
                  { class: 'grid gap-1' },
                  h('span', { class: 'flex items-center gap-2' }, input, h('span', { class: 'min-w-14 max-w-32 shrink-0 text-sm break-words text-muted', lang: contentLang }, field.unit)),
                  h('span', { id: `${id}-note`, class: 'text-xs text-muted data-[source=customer]:font-semibold data-[source=customer]:text-good data-[source=error]:font-semibold data-[source=error]:text-bad' }),
                ),
              );
            }),
            liveOut,
            h('div', { class: 'border-t border-line pt-3' }, h('p', { class: 'flex flex-wrap items-baseline justify-between gap-2' }, h('span', { class: 'font-bold text-ink' }, say('value.total')), totalOut), basisOut),
          ),
        ]
      : h('p', { class: 'text-muted' }, say('prepare.noCalculator')),
  );

  // — Offers —
  const paybackOuts = new Map<string, HTMLElement>();
  const offerSection = h(
    'section',
    { class: 'grid gap-2', 'aria-labelledby': 'brief-offers' },
    h('h4', { id: 'brief-offers', class: sectionTitle }, say('prepare.offers')),
    brief.offers.ownedAgain.length > 0
      ? h('p', { role: 'note', class: 'rounded-lg border border-warn bg-warn-soft p-3 text-sm text-ink' }, sayf('prepare.ownedAgain', { names: list(brief.offers.ownedAgain, names.products) }))
      : null,
    offers.length === 0 ? h('p', { class: 'card p-4 text-ink' }, say('prepare.offersNone')) : null,
    h(
      'ul',
      { class: 'grid gap-3', 'data-brief-offers': '' },
      offers.map((offer) => {
        const payback = h('span', { class: 'font-semibold text-ink', 'data-brief-payback': offer.id });
        paybackOuts.set(offer.id, payback);
        const n = offer.negotiation;
        return h(
          'li',
          { class: 'card grid gap-3 p-4', 'data-offer': offer.id },
          h(
            'div',
            {},
            h('h5', { class: 'text-xl font-semibold text-ink', lang: contentLang }, offer.name),
            offer.forOwnersOf.length > 0 ? badge(sayf('prepare.ownersOffer', { names: list(offer.forOwnersOf, names.products) }), 'bg-good-soft text-good') : null,
            h('p', { class: 'mt-1 text-ink', lang: contentLang }, offer.pitch),
            h('p', { class: 'mt-2 text-sm text-muted' }, `${say('bundle.contains')}: `, offer.items.map((item) => `${item.name} × ${item.quantity}`).join(', ')),
          ),
          h(
            'dl',
            // Labels wrap, figures keep their width: a price breaks between its parts, and within
            // a part ("€ 1.590 per maand") only on a screen too narrow for it; below 22rem (a
            // 320 px screen) the figures go under their labels.
            { class: 'grid grid-cols-[minmax(7rem,1fr)_auto] gap-x-3 gap-y-1 rounded-lg bg-subtle p-3 text-sm max-[22rem]:grid-cols-1 max-[22rem]:[&>dd]:text-left' },
            h('dt', { class: 'text-muted' }, say('prepare.onePrice')),
            h('dd', { class: 'text-right text-lg font-bold text-ink tabular-nums' }, offer.priceLines.flatMap((line, i) => [i > 0 ? ' + ' : '', h('span', { class: 'inline-block' }, line)])),
            offer.termMonths !== undefined ? [h('dt', { class: 'text-muted' }, say('bundle.term')), h('dd', { class: 'text-right' }, sayf('bundle.termMonths', { months: offer.termMonths }))] : [],
            h('dt', { class: 'text-muted' }, say('bundle.total')),
            h('dd', { class: 'text-right font-medium tabular-nums' }, offer.total),
            h('dt', { class: 'text-muted' }, say('bundle.parts')),
            h('dd', { class: 'text-right tabular-nums line-through' }, offer.parts),
            h('dt', { class: 'font-semibold text-good' }, say('bundle.savings')),
            h('dd', { class: 'text-right font-semibold text-good tabular-nums' }, offer.savings ? [h('span', { class: 'whitespace-nowrap' }, offer.savings), ` (${sayf('bundle.savingsPercent', { percent: offer.savingsPercent })})`] : say('bundle.noSavings')),
            model ? [h('dt', { class: 'text-muted' }, say('prepare.paybackCalc')), h('dd', { class: 'text-right' }, payback)] : [],
            offer.validUntil ? [h('dt', { class: 'text-muted' }, say('bundle.validUntil')), h('dd', { class: 'text-right' }, formatDate(new Date(offer.validUntil), lang))] : [],
          ),
          n
            ? h(
                'details',
                { class: 'rounded-lg border-2 border-dashed border-internal-line bg-internal-soft p-3 text-ink', 'data-internal': '' },
                h('summary', { class: 'flex min-h-11 flex-wrap items-center gap-2 text-sm font-bold text-internal' }, h('span', { class: 'tracking-widest uppercase' }, say('badge.internal')), `· ${say('bundle.negotiation')}`, h('span', { class: 'sr-only' }, ' · ', inLang(offer.name))),
                h('p', { class: 'text-sm text-internal' }, say('bundle.internalOnly')),
                h(
                  'dl',
                  { class: 'mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3' },
                  h('div', {}, h('dt', { class: 'text-muted' }, say('bundle.maxDiscount')), h('dd', { class: 'font-bold' }, formatPercent(n.maxDiscountWithoutApproval, lang))),
                  h('div', {}, h('dt', { class: 'text-muted' }, say('bundle.approver')), h('dd', { class: 'font-bold', lang: contentLang }, n.approver)),
                  n.floorPrice ? h('div', {}, h('dt', { class: 'text-muted' }, say('bundle.floor')), h('dd', { class: 'font-bold' }, n.floorPrice)) : null,
                ),
                n.trades.length > 0
                  ? h('ul', { class: 'mt-2 grid gap-1 text-sm' }, n.trades.map((trade) => h('li', {}, h('span', { class: 'font-semibold' }, `${say('bundle.give')}: `), inLang(trade.give), ' — ', h('span', { class: 'font-semibold' }, `${say('bundle.get')}: `), inLang(trade.get))))
                  : null,
              )
            : null,
        );
      }),
    ),
    brief.offers.expired.length > 0 ? h('p', { class: 'text-sm text-muted' }, sayf('prepare.expired', { names: brief.offers.expired.join(', ') })) : null,
  );

  // — Competitor —
  const competitor = brief.competitor;
  const competitorLang = competitor?.lang !== lang ? competitor?.lang : undefined;
  const competitorSection = competitor
    ? h(
        'section',
        { class: 'grid gap-2', 'aria-labelledby': 'brief-competitor' },
        h('h4', { id: 'brief-competitor', class: sectionTitle }, sayf('prepare.competitorTitle', { name: competitor.name })),
        concept.candidate.competitors.includes(competitor.id) ? null : h('p', { class: 'text-sm text-muted' }, sayf('prepare.competitorNotMet', { name: competitor.name })),
        h('div', { class: 'grid gap-3 md:grid-cols-2' },
          h('div', { class: 'card p-3' }, h('h5', { class: 'font-semibold text-ink' }, say('prepare.landmines')), h('ul', { class: 'mt-1 list-disc pl-5 text-sm', lang: competitorLang, 'data-brief-landmines': '' }, competitor.landmines.map((l) => h('li', {}, l)))),
          h('div', { class: 'card p-3' }, h('h5', { class: 'font-semibold text-ink' }, say('prepare.weWinWhen')), h('ul', { class: 'mt-1 list-disc pl-5 text-sm', lang: competitorLang }, competitor.weWinWhen.map((l) => h('li', {}, l)))),
        ),
        h('p', {}, h('a', { class: 'link tap', href: competitor.href }, say('prepare.openBattlecard'))),
      )
    : null;

  // — Questions and proof —
  const questions = h(
    'section',
    { class: 'grid gap-2', 'aria-labelledby': 'brief-questions' },
    h('h4', { id: 'brief-questions', class: sectionTitle }, say('prepare.questions')),
    h('ol', { class: 'card list-decimal grid gap-1 p-3 pl-8 text-sm', 'data-brief-questions': '' }, brief.questions.map((q) =>
      h('li', {}, inLang(q.question), q.forTable ? [' ', badge(say('prepare.forTable'), 'bg-accent-soft text-accent-strong')] : null, q.input ? [' ', badge(say('prepare.valueQuestion'))] : null),
    )),
  );
  const proof = brief.proofPoints.length > 0
    ? h(
        'section',
        { class: 'grid gap-2', 'aria-labelledby': 'brief-proof' },
        h('h4', { id: 'brief-proof', class: sectionTitle }, say('prepare.proofPoints')),
        h('ul', { class: 'grid gap-2' }, brief.proofPoints.map((p) =>
          h('li', { class: 'card p-3 text-sm' },
            h('p', { class: 'font-semibold text-ink' }, inLang(p.customer), ' ', p.public ? badge(say('prepare.proofPublic'), 'bg-good-soft text-good') : internalBadge(say('prepare.proofInternal')), state.selection.industry === p.industry ? [' ', badge(say('prepare.sameIndustry'))] : null),
            h('p', { class: 'mt-1', lang: contentLang }, p.result),
          ),
        )),
      )
    : null;

  // — Hand-out —
  const handoutLink = h('a', { class: 'tap justify-center rounded-md bg-accent px-4 font-semibold text-accent-ink hover:opacity-90', 'data-handout-link': '' }, say('prepare.handoutOpen'));
  const languageSelect = h('select', { id: 'brief-handout-lang', class: 'min-h-11 rounded-md border border-line bg-surface px-3 text-ink' },
    config.languages.map((code) => {
      const option = h('option', { value: code, lang: code }, config.languageNames[code] ?? code);
      option.selected = code === handoutLang;
      return option;
    }),
  );
  // With more than one offer, the salesperson picks the one the customer takes away.
  const offerSelect = offers.length > 1
    ? h('select', { id: 'brief-handout-offer', lang: contentLang, class: 'min-h-11 min-w-0 max-w-full rounded-md border border-line bg-surface px-3 text-ink' },
        offers.map((offer) => {
          const option = h('option', { value: offer.id }, offer.name);
          option.selected = offer.id === state.offer;
          return option;
        }))
    : null;
  const handout = h(
    'section',
    // One column no wider than the card: the offer select's longest name must not widen the page.
    { class: 'card grid grid-cols-[minmax(0,1fr)] gap-2 p-4', 'aria-labelledby': handoutAnchor },
    h('h4', { id: handoutAnchor, class: 'text-lg font-semibold text-ink' }, say('prepare.handout')),
    h('p', { class: 'text-sm text-muted' }, say('prepare.handoutLead')),
    brief.handoutLeavesOut.length > 0 ? h('p', { class: 'text-sm text-ink', 'data-handout-leaves-out': '' }, sayWith('prepare.handoutLeavesOut', 'claims', brief.handoutLeavesOut.map((c) => `“${c}”`).join(' '))) : null,
    h('p', { class: 'flex flex-wrap items-end gap-3' },
      offerSelect ? h('span', { class: 'grid min-w-0 gap-1' }, h('label', { for: 'brief-handout-offer', class: 'text-sm font-semibold' }, say('prepare.handoutOffer')), offerSelect) : null,
      h('span', { class: 'grid gap-1' }, h('label', { for: 'brief-handout-lang', class: 'text-sm font-semibold' }, say('prepare.handoutLanguage')), languageSelect),
      handoutLink,
    ),
  );

  out.replaceChildren(header, matches, conceptHead, argumentsSection, objectionsSection, calculator, offerSection, ...(competitorSection ? [competitorSection] : []), questions, ...(proof ? [proof] : []), handout);
  out.classList.add('grid', 'gap-8');

  // — Live behaviour —
  let paybacks: Record<string, string> = {};
  let summary = '';
  const update = () => {
    const overrides: Record<string, number> = {};
    const customerInputs: Record<string, string> = {};
    const typicalInputs: Record<string, string> = {};
    const states: FieldState[] = fields.map((field) => {
      const typical = Number(field.dataset.typical);
      const fieldState = readField(field.value, initialFieldText(typical, lang), typical, fieldTexts, lang);
      if (fieldState.value !== undefined) overrides[field.name] = fieldState.value;
      if (fieldState.source === 'customer') customerInputs[field.name] = field.value.trim();
      else typicalInputs[field.name] = String(fieldState.value ?? typical);
      const note = document.getElementById(`${field.id}-note`);
      if (note) {
        note.textContent = fieldState.note;
        note.dataset.source = fieldState.source;
      }
      if (fieldState.source === 'error') field.setAttribute('aria-invalid', 'true');
      else field.removeAttribute('aria-invalid');
      return fieldState;
    });
    const invalid = states.some((s) => s.source === 'error');
    if (model) {
      const result = calculate(model, calcOffers, overrides, calcTexts, lang);
      paybacks = invalid ? {} : result.paybacks;
      totalOut.textContent = invalid ? say('value.invalidResult') : result.total;
      basisOut.textContent = invalid ? say('value.fixFields') : basisText(states, fieldTexts, lang);
      for (const [id, output] of paybackOuts) output.textContent = invalid ? say('value.invalidResult') : result.paybacks[id] ?? '';
      summary = valueSummary({ totalLabel: say('value.total'), total: result.total, paybacks: calcOffers.map((o) => ({ name: o.name, payback: result.paybacks[o.id] ?? '' })), invalid: invalid ? say('value.fixFields') : undefined });
    }
    // The customer's figures (and a hand-out language or offer other than the first) live in the URL.
    const typedInputs = Object.fromEntries(fields.filter((f) => f.value.trim() !== initialFieldText(Number(f.dataset.typical), lang)).map((f) => [f.name, f.value.trim()]));
    const offer = offerSelect?.value ?? offers[0]?.id;
    const query = writeBriefState({ ...state, handoutLang: handoutLang === lang ? undefined : handoutLang, offer: offer === offers[0]?.id ? undefined : offer, inputs: typedInputs });
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    // The brief's own parameters for this concept and the customer's figures (so "Back to the
    // brief" comes back to the same visit), then what only the hand-out reads.
    const handoutParams = new URLSearchParams(
      writeBriefState({ ...state, selection: { ...state.selection, concept: concept.candidate.id }, handoutLang: undefined, inputs: customerInputs }),
    );
    if (offer) handoutParams.set('offer', offer);
    handoutParams.set('hl', handoutLang);
    for (const [id, value] of Object.entries(typicalInputs)) handoutParams.set(`tv.${id}`, value);
    handoutLink.setAttribute('href', `${config.handoutHref}?${handoutParams.toString()}`);
    renderPrint(print, input, paybacks);
  };
  const announce = announceLater(liveOut);
  for (const field of fields) {
    field.addEventListener('input', () => {
      update();
      announce(summary);
    });
  }
  // The browser's Back from the hand-out returns to this section, as its own back link does.
  handoutLink.addEventListener('click', () => history.replaceState(null, '', `${location.pathname}${location.search}#${handoutAnchor}`));
  offerSelect?.addEventListener('change', update);
  languageSelect.addEventListener('change', () => {
    handoutLang = languageSelect.value;
    update();
  });
  copyButton.addEventListener('click', () => {
    void copyText(briefText(brief, { say, lang, customer: state.customer, selectionLabel, ranked, paybacks }), status, say('prepare.copied'), say('prepare.copyFailed'));
  });
  return { update };
}

/** The printed page: the brief cut to what fits one A4 sheet. */
function renderPrint(print: HTMLElement, input: RenderInput, paybacks: Record<string, string>): void {
  const { config, state, brief, concept, selectionLabel } = input;
  const { lang } = config;
  const say = (key: UiKey) => config.strings[key] ?? key;
  const sayf = (key: UiKey, values: Record<string, string | number>) => fillTemplate(say(key), values);
  const offer = brief.offers.shown[0];
  const n = offer?.negotiation;
  const section = (heading: string, ...children: (Node | string | null)[]) => h('section', {}, h('h2', {}, heading), ...children);
  fill(
    print,
    h('p', { class: 'font-bold' }, `${say('badge.internal')} · ${state.customer ? sayf('prepare.briefFor', { customer: state.customer }) : say('prepare.briefTitle')}`),
    h('p', {}, `${concept.candidate.title} — ${concept.tagline}`),
    h('p', {}, [selectionLabel, sayf('prepare.printed', { date: formatDate(new Date(), lang) })].filter(Boolean).join(' · ')),
    concept.pilotScope.length > 0 ? h('p', {}, sayf('prepare.pilotScope', { scope: concept.pilotScope.join('; ') })) : null,
    h(
      'div',
      { class: 'brief-print-columns' },
      section(say('prepare.arguments'), h('ul', {}, brief.arguments.slice(0, printLimits.arguments).map((a) => h('li', {}, h('strong', {}, a.claim), ` ${a.proof}`)))),
      section(
        say('prepare.objections'),
        h('ul', {}, brief.objections.slice(0, printLimits.objections).map((o) =>
          h('li', {},
            h('strong', {}, `“${o.objection}”`),
            h('br'), `${say('objection.concern')}: ${o.concern}`,
            h('br'), `${say('objection.opening')}: ${o.opening}`,
            h('br'), `${say('objection.followUp')}: ${o.followUp}`,
          ),
        )),
      ),
      offer
        ? section(
            say('prepare.offers'),
            h('p', {}, h('strong', {}, offer.name), ` — ${offer.priceLines.join(' + ')}${offer.termMonths ? `, ${sayf('bundle.termMonths', { months: offer.termMonths })}` : ''} (${say('bundle.total')} ${offer.total}${offer.savings ? `; ${say('bundle.savings')} ${offer.savings}` : ''})`),
            paybacks[offer.id] ? h('p', {}, `${say('bundle.payback')}: ${paybacks[offer.id]}`) : null,
            n ? h('p', {}, `${say('badge.internal')} · ${say('prepare.guardrails')}: ${say('bundle.maxDiscount')} ${formatPercent(n.maxDiscountWithoutApproval, lang)}; ${say('bundle.approver')}: ${n.approver}${n.floorPrice ? `; ${say('bundle.floor')}: ${n.floorPrice}` : ''}`) : null,
          )
        : section(say('prepare.offers'), h('p', {}, say('prepare.offersNone'))),
      section(say('prepare.questions'), h('ol', {}, brief.questions.slice(0, printLimits.questions).map((q) => h('li', {}, q.question)))),
      brief.competitor ? section(sayf('prepare.competitorTitle', { name: brief.competitor.name }), h('ul', {}, brief.competitor.landmines.map((l) => h('li', {}, l)))) : null,
    ),
  );
}

// Started last, once every declaration of this module is in place.
if (root && configText) void start(root, JSON.parse(configText) as PrepareConfig);
