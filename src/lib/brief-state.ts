/**
 * The visit brief's state in its URL, so a brief can be shared and restored: the selection
 * (`industry`, `persona` (repeated), `competitor`, `owns` (repeated), `concept`), the customer's
 * name, the hand-out's language and offer, and the calculator inputs (`v.<input id>`, as typed). Ids the
 * playbook does not know are dropped and reported, so the page can say so. Nothing read here is
 * ever inserted as HTML; the page writes it with `textContent`. Also the short list of recent
 * briefs the browser keeps (localStorage), validated when read. Pure.
 */
import type { BriefSelection } from './visit-brief.ts';

/** The ids the playbook knows, per kind. */
export interface KnownIds {
  industries: IdSet;
  personas: IdSet;
  competitors: IdSet;
  products: IdSet;
  /** Concepts are many: the page may accept any well-formed id here and check it by fetching its file. */
  concepts: IdSet;
}
type IdSet = Pick<ReadonlySet<string>, 'has'>;

export type DroppedKind = 'industry' | 'persona' | 'competitor' | 'product' | 'concept' | 'input';

export interface BriefState {
  selection: BriefSelection;
  customer: string;
  /** The hand-out's language when it was chosen (else the page's). */
  handoutLang?: string | undefined;
  /** The offer chosen for the hand-out (an id of the concept's; the page keeps it only if it is one). */
  offer?: string | undefined;
  /** Calculator inputs as typed, by input id. */
  inputs: Record<string, string>;
  /** What the URL held that the playbook does not know, to say so on the page. */
  dropped: { kind: DroppedKind; value: string }[];
}

const maxText = 80;
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const clip = (text: string, max = maxText) => text.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, max);

/** Reads the brief's state from a URL's query; `languages` are the hand-out languages on offer. */
export function readBriefState(search: string, known: KnownIds, languages: readonly string[] = []): BriefState {
  const params = new URLSearchParams(search);
  const dropped: BriefState['dropped'] = [];
  const one = (name: string, set: IdSet, kind: DroppedKind): string | undefined => {
    const value = clip(params.get(name) ?? '');
    if (value === '') return undefined;
    if (set.has(value)) return value;
    dropped.push({ kind, value });
    return undefined;
  };
  const many = (name: string, set: IdSet, kind: DroppedKind): string[] => {
    const values: string[] = [];
    for (const raw of params.getAll(name).flatMap((v) => v.split(','))) {
      const value = clip(raw);
      if (value === '' || values.includes(value)) continue;
      if (set.has(value)) values.push(value);
      else dropped.push({ kind, value });
    }
    return values;
  };
  const selection: BriefSelection = {
    industry: one('industry', known.industries, 'industry'),
    personas: many('persona', known.personas, 'persona'),
    competitor: one('competitor', known.competitors, 'competitor'),
    owns: many('owns', known.products, 'product'),
    concept: one('concept', known.concepts, 'concept'),
  };
  const inputs: Record<string, string> = {};
  for (const [name, value] of params) {
    if (!name.startsWith('v.')) continue;
    const id = name.slice(2);
    if (idPattern.test(id) && id.length <= maxText) inputs[id] = clip(value, 32);
    else dropped.push({ kind: 'input', value: clip(id) });
  }
  const hl = params.get('hl') ?? undefined;
  const offer = clip(params.get('offer') ?? '');
  return {
    selection,
    customer: clip(params.get('customer') ?? ''),
    handoutLang: hl && languages.includes(hl) ? hl : undefined,
    offer: idPattern.test(offer) ? offer : undefined,
    inputs,
    dropped,
  };
}

/** Drops calculator inputs the chosen concept does not have, reporting them. */
export function keepInputs(state: BriefState, inputIds: readonly string[]): BriefState {
  const inputs: Record<string, string> = {};
  const dropped = [...state.dropped];
  for (const [id, value] of Object.entries(state.inputs)) {
    if (inputIds.includes(id)) inputs[id] = value;
    else dropped.push({ kind: 'input', value: id });
  }
  return { ...state, inputs, dropped };
}

/**
 * The query string of a state (without "?"), in a fixed order so equal briefs have equal URLs.
 * Its parameters are the ones brief-link.ts lists for the hand-out's way back.
 */
export function writeBriefState(state: Omit<BriefState, 'dropped'>): string {
  const params = new URLSearchParams();
  const { selection } = state;
  if (selection.industry) params.set('industry', selection.industry);
  for (const id of selection.personas) params.append('persona', id);
  if (selection.competitor) params.set('competitor', selection.competitor);
  for (const id of selection.owns) params.append('owns', id);
  if (selection.concept) params.set('concept', selection.concept);
  if (state.customer.trim()) params.set('customer', state.customer.trim());
  if (state.handoutLang) params.set('hl', state.handoutLang);
  if (state.offer) params.set('offer', state.offer);
  for (const [id, value] of Object.entries(state.inputs).sort(([a], [b]) => a.localeCompare(b))) {
    if (value.trim() !== '') params.set(`v.${id}`, value.trim());
  }
  return params.toString();
}

/** True when nothing was chosen yet. */
export function isEmptySelection(selection: BriefSelection): boolean {
  return !selection.industry && selection.personas.length === 0 && !selection.competitor && selection.owns.length === 0 && !selection.concept;
}

// ——— Recent briefs, kept in the browser ———

export const recentKey = 'playbook.prepare.recent';
export const recentLimit = 5;

export interface RecentBrief {
  /** The brief's query string, as writeBriefState wrote it. */
  query: string;
  /** What the list shows ("Food and beverage · Plant manager, Purchasing manager"). */
  label: string;
  /** When it was last opened, YYYY-MM-DD. */
  savedOn: string;
}

/** The stored list, keeping only well-formed items (anything else in storage is ignored). */
export function readRecent(stored: string | null): RecentBrief[] {
  if (!stored) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return [];
  }
  const items = (parsed as { version?: unknown; briefs?: unknown } | null)?.briefs;
  if ((parsed as { version?: unknown } | null)?.version !== 1 || !Array.isArray(items)) return [];
  return items
    .filter(
      (item): item is RecentBrief =>
        !!item &&
        typeof item.query === 'string' &&
        typeof item.label === 'string' &&
        typeof item.savedOn === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(item.savedOn) &&
        item.query.length <= 2000,
    )
    .map((item) => ({ query: item.query, label: clip(item.label, 160), savedOn: item.savedOn }))
    .slice(0, recentLimit);
}

/** The list with this brief first (once), at most `recentLimit` long, as stored. */
export function rememberBrief(stored: string | null, brief: RecentBrief): string {
  const briefs = [brief, ...readRecent(stored).filter((item) => item.query !== brief.query)].slice(0, recentLimit);
  return JSON.stringify({ version: 1, briefs });
}
