/**
 * The paths of the site's pages, without the base and the language prefix: the one list that
 * `urlsFor()` (src/lib/urls.ts) turns into links and that the checker's `links-exist` rule
 * matches link targets against. Pure, so the standalone checker can import it.
 */
export const sitePaths = {
  home: () => '/',
  concepts: () => '/concepts/',
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
   * One concept's field notes, newest first, paged: only for a concept with more notes than its
   * page shows (`conceptNotesShown`), so a playbook pays a page only where notes are many.
   */
  conceptFieldNotes: (id: string, page = 1) => (page === 1 ? `/field-notes/concepts/${id}/` : `/field-notes/concepts/${id}/${page}/`),
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
  sitePaths.whatsNewFeed(),
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
