/**
 * Build-wide indexes: reverse links (product → concepts and bundles, persona/industry/
 * competitor → concepts), all objections in one list, and the latest changes. Pure builders
 * over already-published content; `site-data.ts` loads the collections and builds the index
 * once per build. Pages read from the index, never loop over all content themselves.
 */
import type { CollectionData } from '../schemas/collections.ts';
import type { CollectionName } from '../schemas/common.ts';
import type { Bundle, Concept, ConceptStatus, Objection } from '../schemas/concepts.ts';
import type { Competitor } from '../schemas/competitors.ts';
import type { Industry } from '../schemas/industries.ts';
import type { Persona } from '../schemas/personas.ts';
import { objectionCategories } from '../schemas/personas.ts';
import type { Product } from '../schemas/products.ts';

import { byId, type Entry } from './entries.ts';

/** The part of a collection entry the indexes need (Astro's entries fit this shape). */
export type { Entry };
export type ConceptEntry = Entry<Concept>;

/**
 * The entries of every collection of the registry (concepts: published ones only, what the
 * selector in published.ts let through).
 */
export type SiteContent = { readonly [C in CollectionName]: readonly Entry<CollectionData<C>>[] };

export interface ObjectionRef {
  concept: ConceptEntry;
  objection: Objection;
}
export interface BundleRef {
  concept: ConceptEntry;
  bundle: Bundle;
}
/**
 * A change as a list shows it: one of the concept's `changes[]`, or of its original's when the
 * translation shown has none of its own for it (then `lang` is the original's language). A
 * translation's own `added` after the original's is the day it was `translated`, not a new concept.
 */
export type ShownChange = Omit<Concept['changes'][number], 'kind'> & { kind: Concept['changes'][number]['kind'] | 'translated'; lang?: string };

export interface ChangeRef {
  concept: ConceptEntry;
  change: ShownChange;
}

export interface SiteIndex {
  /** Published concepts: live first, then pilot, draft (previews only), retired; by title. */
  concepts: ConceptEntry[];
  conceptById: Map<string, ConceptEntry>;
  productById: Map<string, Entry<Product>>;
  personaById: Map<string, Entry<Persona>>;
  industryById: Map<string, Entry<Industry>>;
  competitorById: Map<string, Entry<Competitor>>;
  /** Concepts that sell a product (listed in `products` or in one of their bundles). */
  conceptsByProduct: Map<string, ConceptEntry[]>;
  /** Bundles that contain a product. */
  bundlesByProduct: Map<string, BundleRef[]>;
  conceptsByPersona: Map<string, ConceptEntry[]>;
  conceptsByIndustry: Map<string, ConceptEntry[]>;
  conceptsByCompetitor: Map<string, ConceptEntry[]>;
  objectionsByCompetitor: Map<string, ObjectionRef[]>;
  /** Every objection of every published concept, by category, then concept, then order. */
  objections: ObjectionRef[];
  /** Every change of every published concept, newest first. */
  changes: ChangeRef[];
  /**
   * A concept's history as its pages show it, What's new and the concept's own change log alike:
   * a translation's with its original's merged in (src/lib/site-data.ts).
   */
  changesOf: ChangesOf;
}

const statusOrder: Record<ConceptStatus, number> = { live: 0, pilot: 1, draft: 2, retired: 3 };

/** Orders concepts for lists: live before pilot before draft before retired, then by title. */
export function compareConcepts(a: ConceptEntry, b: ConceptEntry): number {
  return (
    statusOrder[a.data.status] - statusOrder[b.data.status] ||
    a.data.title.localeCompare(b.data.title) ||
    a.id.localeCompare(b.id)
  );
}

/** True for concepts a salesperson should sell now (not retired). */
export function isActiveConcept(concept: ConceptEntry): boolean {
  return concept.data.status !== 'retired';
}


// What each list of an index already holds, so adding stays O(1) however long the list grows.
const members = new WeakMap<unknown[], Set<unknown>>();

/** Adds `value` under each key once, keeping the first-seen order of values. */
function addUnder<V>(map: Map<string, V[]>, keys: Iterable<string>, value: V): void {
  for (const key of new Set(keys)) {
    const list = map.get(key);
    if (!list) {
      const created = [value];
      map.set(key, created);
      members.set(created, new Set([value]));
      continue;
    }
    const seen = members.get(list) ?? new Set(list);
    if (seen.has(value)) continue;
    list.push(value);
    seen.add(value);
    members.set(list, seen);
  }
}

/** product id → the concepts that sell it and the bundles that contain it. */
export function indexProducts(concepts: readonly ConceptEntry[]): {
  conceptsByProduct: Map<string, ConceptEntry[]>;
  bundlesByProduct: Map<string, BundleRef[]>;
} {
  const conceptsByProduct = new Map<string, ConceptEntry[]>();
  const bundlesByProduct = new Map<string, BundleRef[]>();
  for (const concept of [...concepts].sort(compareConcepts)) {
    const inBundles = concept.data.bundles.flatMap((bundle) => bundle.items.map((item) => item.product.id));
    addUnder(conceptsByProduct, [...concept.data.products.map((p) => p.id), ...inBundles], concept);
    for (const bundle of concept.data.bundles) {
      addUnder(bundlesByProduct, bundle.items.map((item) => item.product.id), { concept, bundle });
    }
  }
  return { conceptsByProduct, bundlesByProduct };
}

/**
 * key → concepts, where `keys` names what a concept is linked to (its personas, industries,
 * competitors). Concepts come out in list order (compareConcepts).
 */
export function indexConcepts(
  concepts: readonly ConceptEntry[],
  keys: (concept: ConceptEntry) => Iterable<string>,
): Map<string, ConceptEntry[]> {
  const map = new Map<string, ConceptEntry[]>();
  for (const concept of [...concepts].sort(compareConcepts)) addUnder(map, keys(concept), concept);
  return map;
}

/** Personas a concept speaks to: the concept's own list plus those named on arguments and objections. */
export function conceptPersonaIds(concept: ConceptEntry): string[] {
  const { personas, arguments: args, objections, discoveryQuestions } = concept.data;
  return [
    ...new Set([
      ...personas.map((p) => p.id),
      ...args.flatMap((a) => a.personas.map((p) => p.id)),
      ...objections.flatMap((o) => o.personas.map((p) => p.id)),
      ...discoveryQuestions.flatMap((q) => q.personas.map((p) => p.id)),
    ]),
  ];
}

/** Competitors a concept meets: its own list plus those named on its objections. */
export function conceptCompetitorIds(concept: ConceptEntry): string[] {
  return [
    ...new Set([
      ...concept.data.competitors.map((c) => c.id),
      ...concept.data.objections.flatMap((o) => (o.competitor ? [o.competitor.id] : [])),
    ]),
  ];
}

const categoryOrder = new Map<string, number>(objectionCategories.map((c, i) => [c, i]));

/** Every objection of the concepts, by category (schema order), then concept title, then authoring order. */
export function flattenObjections(concepts: readonly ConceptEntry[]): ObjectionRef[] {
  const sorted = [...concepts].sort((a, b) => a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id));
  const refs = sorted.flatMap((concept) => concept.data.objections.map((objection) => ({ concept, objection })));
  // Array.prototype.sort is stable, so concept and authoring order survive within a category.
  return refs.sort(
    (a, b) => (categoryOrder.get(a.objection.category) ?? 99) - (categoryOrder.get(b.objection.category) ?? 99),
  );
}

/** A concept's change history as a page shows it (its own `changes[]` unless told otherwise). */
export type ChangesOf = (concept: ConceptEntry) => readonly ShownChange[];

/** Every change of the concepts, newest first (ties: concept title). */
export function recentChanges(concepts: readonly ConceptEntry[], limit = Infinity, changesOf: ChangesOf = (concept) => concept.data.changes): ChangeRef[] {
  return concepts
    .flatMap((concept) => changesOf(concept).map((change) => ({ concept, change })))
    .sort(
      (a, b) =>
        b.change.date.getTime() - a.change.date.getTime() ||
        a.concept.data.title.localeCompare(b.concept.data.title),
    )
    .slice(0, limit);
}

/** Groups items by a key, keeping the order of first appearance. */
export function groupBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Builds every index in one pass over the published content. */
export function buildSiteIndex(content: SiteContent, changesOf: ChangesOf = (concept) => concept.data.changes): SiteIndex {
  const concepts = [...content.concepts].sort(compareConcepts);
  const objections = flattenObjections(concepts);
  const objectionsByCompetitor = new Map<string, ObjectionRef[]>();
  for (const ref of objections) {
    if (ref.objection.competitor) addUnder(objectionsByCompetitor, [ref.objection.competitor.id], ref);
  }
  return {
    concepts,
    conceptById: byId(concepts),
    productById: byId(content.products),
    personaById: byId(content.personas),
    industryById: byId(content.industries),
    competitorById: byId(content.competitors),
    ...indexProducts(concepts),
    conceptsByPersona: indexConcepts(concepts, conceptPersonaIds),
    conceptsByIndustry: indexConcepts(concepts, (c) => c.data.industries.map((i) => i.id)),
    conceptsByCompetitor: indexConcepts(concepts, conceptCompetitorIds),
    objectionsByCompetitor,
    objections,
    changes: recentChanges(concepts, Infinity, changesOf),
    changesOf,
  };
}
