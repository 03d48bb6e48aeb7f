/**
 * What the concept page shows, decided once and tested: which sections it has and in what
 * order (the same list drives the section navigation and the rendering), its search filters,
 * and the names it looks up. The page and its section components only render this view; the
 * visit brief and the drill can build theirs from the same parts.
 */
import type { Concept } from '../schemas/concepts.ts';
import { t, type UiKey } from './i18n.ts';
import { conceptCompetitorIds, conceptPersonaIds, type ConceptEntry, type SiteIndex } from './site-index.ts';

/** The sections of a concept page, in page order. */
export const conceptSectionIds = [
  'pitch',
  'arguments',
  'objections',
  'offers',
  'value',
  'discovery',
  'story',
  'proof',
  'pilot',
  'kpis',
  'assets',
  'changes',
] as const;
export type ConceptSectionId = (typeof conceptSectionIds)[number];

export interface ConceptSection {
  id: ConceptSectionId;
  title: string;
  /** A line under the title, for sections that have one. */
  lead?: string;
}

const titleKeys: Record<ConceptSectionId, UiKey> = {
  pitch: 'concept.pitch',
  arguments: 'concept.arguments',
  objections: 'concept.objections',
  offers: 'concept.bundles',
  value: 'concept.value',
  discovery: 'concept.discovery',
  story: 'concept.story',
  proof: 'concept.proofPoints',
  pilot: 'concept.pilot',
  kpis: 'concept.kpis',
  assets: 'concept.assets',
  changes: 'concept.changes',
};

const leadKeys: Partial<Record<ConceptSectionId, UiKey>> = {
  arguments: 'concept.argumentsLead',
  objections: 'concept.objectionsLead',
  offers: 'concept.bundlesLead',
  value: 'concept.valueLead',
};

/** Whether a concept has something to show in a section. */
function hasSection(id: ConceptSectionId, data: Concept, hasStory: boolean, hasChanges: boolean): boolean {
  switch (id) {
    case 'pitch':
      return true;
    case 'arguments':
      return data.arguments.length > 0;
    case 'objections':
      return data.objections.length > 0;
    case 'offers':
      return data.bundles.length > 0;
    case 'value':
      return data.valueModel !== undefined;
    case 'discovery':
      return data.discoveryQuestions.length > 0;
    case 'story':
      return hasStory;
    case 'proof':
      return data.proofPoints.length > 0;
    case 'pilot':
      return data.pilot !== undefined;
    case 'kpis':
      return data.kpis.length > 0;
    case 'assets':
      return data.assets.length > 0;
    case 'changes':
      return hasChanges;
  }
}

/**
 * The sections a concept page has, in order, with their titles. `hasChanges`: whether its change
 * log has an entry (a translation's holds its original's too: `SiteIndex.changesOf`).
 */
export function conceptSections(data: Concept, hasStory: boolean, lang: string, hasChanges = data.changes.length > 0): ConceptSection[] {
  return conceptSectionIds
    .filter((id) => hasSection(id, data, hasStory, hasChanges))
    .map((id) => {
      const lead = leadKeys[id];
      return lead ? { id, title: t(titleKeys[id], lang), lead: t(lead, lang) } : { id, title: t(titleKeys[id], lang) };
    });
}

/** The page's search facets (Pagefind filters; the layout adds `type`). */
export function conceptFilters(concept: ConceptEntry): Record<string, string | string[]> {
  const data = concept.data;
  return {
    status: data.status,
    industry: data.industries.map((ref) => ref.id),
    persona: conceptPersonaIds(concept),
    product: data.products.map((ref) => ref.id),
    competitor: conceptCompetitorIds(concept),
  };
}

/** Names of the personas with these ids, skipping unknown ones, joined for a line of text. */
export function personaNames(index: Pick<SiteIndex, 'personaById'>, refs: readonly { id: string }[]): string {
  return refs
    .map((ref) => index.personaById.get(ref.id)?.data.name)
    .filter((name) => name !== undefined)
    .join(', ');
}

export interface ConceptPageView {
  sections: ConceptSection[];
  filters: Record<string, string | string[]>;
  isDraft: boolean;
  /** The concept that replaces a retired one, when it is published. */
  replacement?: ConceptEntry;
}

/**
 * The scripts of its own a concept page runs, by the sections it shows: the persona filter sits
 * in the arguments, the value calculator is the value section (the section bar is on every
 * concept page). A build renders concept pages in batches of the same scripts
 * (src/pages/[...locale]/page-batches/concepts/), since a batch's pages share its first page's.
 */
export function conceptPageScripts(sections: readonly Pick<ConceptSection, 'id'>[]): { personaFilter: boolean; calculator: boolean } {
  return { personaFilter: sections.some((section) => section.id === 'arguments'), calculator: sections.some((section) => section.id === 'value') };
}

/** Everything the concept page decides, from the entry and the site index. */
export function conceptPageView(concept: ConceptEntry, index: Pick<SiteIndex, 'conceptById' | 'changesOf'>, hasStory: boolean, lang: string): ConceptPageView {
  const data = concept.data;
  const replacement = data.replacedBy ? index.conceptById.get(data.replacedBy.id) : undefined;
  return {
    sections: conceptSections(data, hasStory, lang, index.changesOf(concept).length > 0),
    filters: conceptFilters(concept),
    isDraft: data.status === 'draft',
    ...(replacement ? { replacement } : {}),
  };
}
