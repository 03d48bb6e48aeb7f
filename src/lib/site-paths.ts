import type { ChangeLimits } from './whats-new.ts';

/** What a list of field notes can be about, named as the folder of its pages (/field-notes/personas/<id>/). */
export const noteSubjects = ['concepts', 'personas', 'industries'] as const;
export type NoteSubject = (typeof noteSubjects)[number];

/**
 * The paths of the site's pages, without the base and the language prefix: the one list that
 * `urlsFor()` (src/lib/urls.ts) turns into links and that the checker's `links-exist` rule
 * matches link targets against. Pure, so the standalone checker can import it.
 */
export const sitePaths = {
  home: () => '/',
  concepts: (page = 1) => (page === 1 ? '/concepts/' : `/concepts/${page}/`),
  concept: (id: string) => `/concepts/${id}/`,
  /** Every concept's id, title and personas, for the concept pickers and search's concept facet. */
  conceptPicker: () => '/concepts/picker.json',
  conceptSection: (id: string, anchor: string) => `/concepts/${id}/#${anchor}`,
  objections: (page = 1) => (page === 1 ? '/objections/' : `/objections/${page}/`),
  retiredObjections: () => '/objections/retired/',
  objection: (conceptId: string, objectionId: string) => `/objections/${conceptId}/${objectionId}/`,
  product: (id: string) => `/products/${id}/`,
  products: () => '/products/',
  persona: (id: string) => `/personas/${id}/`,
  industry: (id: string) => `/industries/${id}/`,
  competitor: (id: string) => `/competitors/${id}/`,
  personas: () => '/personas/',
  industries: () => '/industries/',
  competitors: () => '/competitors/',
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  authoring: () => '/authoring/',
  insights: () => '/insights/',
  /** One table of /insights/ with every row, as a CSV file (`concepts`, `health`, …). */
  insightsCsv: (table: string) => `/insights/${table}.csv`,
  fieldNotesCsv: (table: string) => `/field-notes/${table}.csv`,
  whatsNew: (page = 1) => (page === 1 ? '/whats-new/' : `/whats-new/${page}/`),
  whatsNewFeed: () => '/whats-new/feed.xml',
  learn: () => '/learn/',
  lesson: (id: string) => `/learn/lessons/${id}/`,
  learnPractice: () => '/learn/practice/',
  learnDrill: () => '/learn/drill/',
  learnSummary: () => '/learn/summary/',
  /** The drill's manifest and one concept's learning file, generated at build time. */
  learnManifest: () => '/learn/drill.json',
  learnConcept: (id: string) => `/learn/data/${id}.json`,
  prepare: (query?: string) => (query ? `/prepare/?${query}` : '/prepare/'),
  prepareHandout: () => '/prepare/handout/',
  offline: () => '/offline/',
  fieldNotes: () => '/field-notes/',
  /** Every field note, newest first, paged (/field-notes/all/, /field-notes/all/2/, …). */
  allFieldNotes: (page = 1) => (page === 1 ? '/field-notes/all/' : `/field-notes/all/${page}/`),
  /**
   * The field notes about one concept, persona or industry, newest first, paged: only for one
   * with more notes than its page shows (`notesShown`), so a playbook pays a page only where
   * notes are many.
   */
  subjectFieldNotes: (subject: NoteSubject, id: string, page = 1) => (page === 1 ? `/field-notes/${subject}/${id}/` : `/field-notes/${subject}/${id}/${page}/`),
  newFieldNote: (concept?: string) => (concept ? `/field-notes/new/?concept=${encodeURIComponent(concept)}` : '/field-notes/new/'),
  newObjections: () => '/field-notes/new-objections/',
};

export type SitePaths = typeof sitePaths;

/**
 * Pages that exist once per language whatever the content holds: the sections an author may
 * link to from a body. Pages of entries (a concept, a product, …) depend on the content.
 */
export const sectionPaths: readonly string[] = [
  sitePaths.home(),
  sitePaths.concepts(),
  sitePaths.objections(),
  sitePaths.retiredObjections(),
  sitePaths.products(),
  sitePaths.personas(),
  sitePaths.industries(),
  sitePaths.competitors(),
  sitePaths.search(),
  sitePaths.authoring(),
  sitePaths.insights(),
  sitePaths.whatsNew(),
  sitePaths.learn(),
  sitePaths.learnPractice(),
  sitePaths.learnDrill(),
  sitePaths.learnSummary(),
  sitePaths.prepare(),
  sitePaths.prepareHandout(),
  sitePaths.offline(),
  sitePaths.fieldNotes(),
  sitePaths.newFieldNote(),
  sitePaths.newObjections(),
];

/** The CSV files of /insights/, one per table and language (src/pages/[...locale]/insights/[table].csv.ts). */
export const insightsTables = ['concepts', 'kpis', 'quarters', 'pilots', 'health', 'todo'] as const;

/**
 * Files the build writes once per language whatever the content holds, which a body may link
 * to like a page: the CSV tables of /insights/ and of the field-note pages, and the concept
 * picker's list. (The Atom feed, /whats-new/feed.xml, is written only when `siteUrl` is set.)
 */
export function generatedFilePaths(fieldNoteTables: readonly string[]): string[] {
  return [...insightsTables.map(sitePaths.insightsCsv), ...fieldNoteTables.map(sitePaths.fieldNotesCsv), sitePaths.conceptPicker(), sitePaths.learnManifest()];
}

/** Concepts per page of the concept index (/concepts/, /concepts/2/, …). */
export const conceptsPerPage = 48;

/** Objections per library page (/objections/, /objections/2/, …): a page stays quick to scan on a phone. */
export const OBJECTIONS_PER_PAGE = 25;

/**
 * What's new (/whats-new/, its Atom feed the same): the changes of the last 90 days — what a
 * salesperson back from a quarter on the road has missed — at least the 10 newest, so the page
 * never reads empty after a quiet spell, and at most 50 (45 KB of HTML, under 7 KB gzipped),
 * so the page and the feed stay the same size however many concepts change. Older changes follow on
 * /whats-new/2/, … with 50 a page.
 */
export const whatsNewLimits: ChangeLimits = { days: 90, atLeast: 10, perPage: 50 };
