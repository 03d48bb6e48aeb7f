/**
 * The one place that builds internal URLs. Every link goes through `href()` so the site works
 * under any `base` (e.g. GitHub Pages project sites) and keeps trailing slashes consistent.
 */
import { localePrefix, type Lang } from './locale.ts';

const base = import.meta.env.BASE_URL.replace(/\/+$/, '');

/** Prefixes an absolute site path ("/concepts/") with the configured base. */
export function href(path: string): string {
  if (/^[a-z]+:/i.test(path)) return path;
  const [pathname = '', rest = ''] = splitSuffix(path.startsWith('/') ? path : `/${path}`);
  const withSlash = pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}/`;
  return `${base}${withSlash}${rest}`;
}

function splitSuffix(path: string): [string, string] {
  const at = path.search(/[?#]/);
  return at === -1 ? [path, ''] : [path.slice(0, at), path.slice(at)];
}

/** The internal URLs of the pages in one interface language (Dutch ones under /nl/). */
export function urlsFor(lang: Lang) {
  const at = (path: string) => href(`${localePrefix(lang)}${path}`);
  return {
    home: () => at('/'),
    concepts: () => at('/concepts/'),
    concept: (id: string) => at(`/concepts/${id}/`),
    /** Every concept's id, title and personas, for the concept pickers and search's concept facet. */
    conceptPicker: () => at('/concepts/picker.json'),
    conceptSection: (id: string, anchor: string) => at(`/concepts/${id}/#${anchor}`),
    objections: (page = 1) => at(page === 1 ? '/objections/' : `/objections/${page}/`),
    retiredObjections: () => at('/objections/retired/'),
    objection: (conceptId: string, objectionId: string) => at(`/objections/${conceptId}/${objectionId}/`),
    product: (id: string) => at(`/products/${id}/`),
    products: () => at('/products/'),
    persona: (id: string) => at(`/personas/${id}/`),
    industry: (id: string) => at(`/industries/${id}/`),
    competitor: (id: string) => at(`/competitors/${id}/`),
    personas: () => at('/personas/'),
    industries: () => at('/industries/'),
    competitors: () => at('/competitors/'),
    search: (query?: string) => at(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
    authoring: () => at('/authoring/'),
    insights: () => at('/insights/'),
    /** One table of /insights/ with every row, as a CSV file (`concepts`, `health`, …). */
    insightsCsv: (table: string) => at(`/insights/${table}.csv`),
    fieldNotesCsv: (table: string) => at(`/field-notes/${table}.csv`),
    whatsNew: (page = 1) => at(page === 1 ? '/whats-new/' : `/whats-new/${page}/`),
    whatsNewFeed: () => at('/whats-new/feed.xml'),
    learn: () => at('/learn/'),
    lesson: (id: string) => at(`/learn/lessons/${id}/`),
    learnPractice: () => at('/learn/practice/'),
    learnDrill: () => at('/learn/drill/'),
    learnSummary: () => at('/learn/summary/'),
    /** The drill's manifest and one concept's learning file, generated at build time. */
    learnManifest: () => at('/learn/drill.json'),
    learnConcept: (id: string) => at(`/learn/data/${id}.json`),
    prepare: (query?: string) => at(query ? `/prepare/?${query}` : '/prepare/'),
    prepareHandout: () => at('/prepare/handout/'),
    offline: () => at('/offline/'),
    fieldNotes: () => at('/field-notes/'),
    /** Every field note, newest first, paged (/field-notes/all/, /field-notes/all/2/, …). */
    allFieldNotes: (page = 1) => at(page === 1 ? '/field-notes/all/' : `/field-notes/all/${page}/`),
    newFieldNote: (concept?: string) => at(concept ? `/field-notes/new/?concept=${encodeURIComponent(concept)}` : '/field-notes/new/'),
    newObjections: () => at('/field-notes/new-objections/'),
  };
}
export type SiteUrls = ReturnType<typeof urlsFor>;


/** Anchor ids on the concept page, shared by the page and every link into it. */
export const anchors = {
  argument: (id: string) => `argument-${id}`,
  objection: (id: string) => `objection-${id}`,
  bundle: (id: string) => `bundle-${id}`,
  question: (id: string) => `question-${id}`,
  proofPoint: (id: string) => `proof-${id}`,
};
