/**
 * One URL per page type of the sample build. Every browser-wide check (axe, console errors,
 * CSP violations, no-JS render) walks this list: a new page type joins it here.
 * `expect` is text that must be visible when the page renders without JavaScript.
 * Files that pages link (the CSV files of /insights/ and /field-notes/, feeds, data files) are
 * not page types: the link check reaches them from their pages, and their own specs read them.
 */
export interface PageType {
  name: string;
  path: string;
  expect: string;
  /** Set for pages that answer with a 404 status on purpose. */
  status?: number;
}

export const pageTypes: PageType[] = [
  { name: 'home', path: '/', expect: 'Meridian Playbook' },
  { name: 'concept index', path: '/concepts/', expect: 'Scrap to savings' },
  { name: 'concept page', path: '/concepts/scrap-to-savings/', expect: 'Negotiation guardrails' },
  { name: 'objection library', path: '/objections/', expect: 'The software is too expensive' },
  { name: 'withdrawn answers', path: '/objections/retired/', expect: 'A gauge at every station' },
  {
    name: 'objection card',
    path: '/objections/scrap-to-savings/software-too-expensive/',
    expect: 'Ask back',
  },
  // A build renders the cards in batches (src/pages/[...locale]/page-batches/, which publishes no
  // page of its own): every card but the first of a batch takes its frame from that first card.
  // A second card, of a withdrawn concept, so the checks see a card in another state and place.
  { name: 'objection card, withdrawn concept', path: '/objections/gauge-at-every-station/calipers-are-good-enough/', expect: 'Withdrawn' },
  { name: 'product index', path: '/products/', expect: 'LineMeter LM-400' },
  { name: 'product page', path: '/products/processlens/', expect: 'Sell it as' },
  { name: 'persona index', path: '/personas/', expect: 'Purchasing manager' },
  { name: 'persona page', path: '/personas/purchasing-manager/', expect: 'Scrap to savings' },
  { name: 'industry index', path: '/industries/', expect: 'Automotive suppliers' },
  { name: 'industry page', path: '/industries/automotive-suppliers/', expect: 'Scrap to savings' },
  { name: 'competitor index', path: '/competitors/', expect: 'Qualis SPC Cloud' },
  { name: 'competitor page', path: '/competitors/qualis-spc-cloud/', expect: 'We win when' },
  // The visit brief is put together by its script from the URL; without JavaScript it says what to do.
  {
    name: 'visit brief',
    path: '/prepare/?industry=food-and-beverage&persona=plant-manager&persona=purchasing-manager&competitor=qualis-spc-cloud',
    expect: 'needs JavaScript',
  },
  {
    name: 'visit brief (nl)',
    path: '/nl/prepare/?industry=food-and-beverage&persona=plant-manager&persona=purchasing-manager&competitor=qualis-spc-cloud',
    expect: 'heeft JavaScript nodig',
  },
  {
    name: 'customer hand-out',
    path: '/prepare/handout/?concept=scrap-to-savings&offer=processlens-for-lm-400-owners&customer=Hollmann&hl=en&tv.scrap-parts=12000&tv.scrap-cost-per-part=11.8&tv.scrap-reduction=25&tv.stops-per-year=30&tv.hours-per-stop=2&tv.cost-per-hour=720&tv.stop-reduction=35',
    expect: 'needs JavaScript',
  },
  {
    name: 'customer hand-out (nl)',
    path: '/nl/prepare/handout/?concept=scrap-to-savings&offer=processlens-for-lm-400-owners&hl=nl',
    expect: 'heeft JavaScript nodig',
  },
  { name: 'not found', path: '/no-such-page/', expect: 'Page not found', status: 404 },
  { name: 'authoring', path: '/authoring/', expect: 'Field reference' },
  { name: 'insights', path: '/insights/', expect: 'Trust score' },
  { name: 'what’s new', path: '/whats-new/', expect: 'Scrap to savings' },
  // Older changes are paged behind the recent ones (issue 17); the sample's oldest is from 2024.
  { name: 'what’s new archive', path: '/whats-new/2/', expect: 'A gauge at every station' },
  { name: 'offline page', path: '/offline/', expect: 'Saved for offline' },
  { name: 'offline page (Dutch)', path: '/nl/offline/', expect: 'Offline bewaard' },
  { name: 'field notes', path: '/field-notes/', expect: 'Which answers work' },
  { name: 'field notes (Dutch)', path: '/nl/field-notes/', expect: 'Welke antwoorden werken' },
  // Every field note, newest first, paged (src/lib/field-notes-bounded.ts); the sample's fit on one page.
  { name: 'all field notes', path: '/field-notes/all/', expect: 'All field notes' },
  { name: 'all field notes (Dutch)', path: '/nl/field-notes/all/', expect: 'Alle veldnotities' },
  // One concept's notes, for a concept with more than its page shows (the flagship has six).
  { name: 'concept field notes', path: '/field-notes/concepts/scrap-to-savings/', expect: 'Field notes: Scrap to savings' },
  { name: 'concept field notes (Dutch)', path: '/nl/field-notes/concepts/scrap-to-savings/', expect: 'Veldnotities: Van afkeur naar besparing' },
  // An industry's and a persona's notes, the same page, for one with more notes than its page shows
  // (automotive suppliers have five). No persona of the sample has more than three, so none has one.
  { name: 'industry field notes', path: '/field-notes/industries/automotive-suppliers/', expect: 'Field notes: Automotive suppliers' },
  { name: 'industry field notes (Dutch)', path: '/nl/field-notes/industries/automotive-suppliers/', expect: 'Veldnotities: Automotive-toeleveranciers' },
  { name: 'new objections', path: '/field-notes/new-objections/', expect: 'framework contract with Vantor' },
  { name: 'new objections (Dutch)', path: '/nl/field-notes/new-objections/', expect: 'eigen datacenter' },
  { name: 'field-note form', path: '/field-notes/new/', expect: 'Write a field note' },
  { name: 'field-note form (Dutch)', path: '/nl/field-notes/new/', expect: 'Veldnotitie schrijven' },
  // The open search dialog has its own axe/console/CSP check in search.spec.ts (it needs a key
  // press, not a page load), and so has the <noscript> note of /search/.
  { name: 'search', path: '/search/?q=payback', expect: 'Find an argument' },
  // The same page types in Dutch (/nl/): the interface follows the route; entries without a
  // translation show the English original with a notice.
  { name: 'home (nl)', path: '/nl/', expect: 'Meridian Playbook' },
  { name: 'concept index (nl)', path: '/nl/concepts/', expect: 'Van afkeur naar besparing' },
  { name: 'concept page (nl)', path: '/nl/concepts/scrap-to-savings/', expect: 'Onderhandelingsruimte' },
  { name: 'concept page, no translation (nl)', path: '/nl/concepts/every-part-inline/', expect: 'nog geen versie in het Nederlands' },
  { name: 'objection library (nl)', path: '/nl/objections/', expect: 'De software is te duur vergeleken met het apparaat.' },
  { name: 'withdrawn answers (nl)', path: '/nl/objections/retired/', expect: 'A gauge at every station' },
  { name: 'objection card (nl)', path: '/nl/objections/scrap-to-savings/software-too-expensive/', expect: 'Vraag terug' },
  { name: 'objection card, withdrawn concept (nl)', path: '/nl/objections/gauge-at-every-station/calipers-are-good-enough/', expect: 'Teruggetrokken' },
  { name: 'product index (nl)', path: '/nl/products/', expect: 'LineMeter LM-400' },
  { name: 'product page (nl)', path: '/nl/products/processlens/', expect: 'Verkoop het als' },
  { name: 'persona index (nl)', path: '/nl/personas/', expect: 'Inkoopmanager' },
  { name: 'persona page (nl)', path: '/nl/personas/purchasing-manager/', expect: 'Van afkeur naar besparing' },
  { name: 'industry index (nl)', path: '/nl/industries/', expect: 'Automotive-toeleveranciers' },
  { name: 'industry page (nl)', path: '/nl/industries/automotive-suppliers/', expect: 'Van afkeur naar besparing' },
  { name: 'competitor index (nl)', path: '/nl/competitors/', expect: 'Qualis SPC Cloud' },
  { name: 'competitor page (nl)', path: '/nl/competitors/qualis-spc-cloud/', expect: 'Wij winnen als' },
  { name: 'authoring (nl)', path: '/nl/authoring/', expect: 'Veldenoverzicht' },
  { name: 'insights (nl)', path: '/nl/insights/', expect: 'Vertrouwensscore' },
  { name: 'what’s new (nl)', path: '/nl/whats-new/', expect: 'Wat is nieuw' },
  { name: 'what’s new archive (nl)', path: '/nl/whats-new/2/', expect: 'Nieuwere wijzigingen' },
  { name: 'search (nl)', path: '/nl/search/?q=terugverdientijd', expect: 'Vind een argument' },
  // Learn (issue 14), in both languages: the Dutch lesson is a translation, the Dutch drill
  // shows untranslated concepts in English.
  { name: 'learn', path: '/learn/', expect: 'Concept selling' },
  { name: 'learn (nl)', path: '/nl/learn/', expect: 'Concepten verkopen' },
  { name: 'lesson', path: '/learn/lessons/handling-the-price-objection/', expect: 'After this lesson you can' },
  { name: 'lesson (nl)', path: '/nl/learn/lessons/handling-the-price-objection/', expect: 'Na deze les kun je' },
  { name: 'pitch practice', path: '/learn/practice/', expect: 'Pitch practice' },
  { name: 'pitch practice (nl)', path: '/nl/learn/practice/', expect: 'Pitch oefenen' },
  { name: 'objection drill', path: '/learn/drill/', expect: 'Objection drill' },
  { name: 'objection drill (nl)', path: '/nl/learn/drill/', expect: 'Bezwarentraining' },
  { name: 'completion summary', path: '/learn/summary/', expect: 'Completion summary' },
  { name: 'completion summary (nl)', path: '/nl/learn/summary/', expect: 'Overzicht voor afronding' },
];
