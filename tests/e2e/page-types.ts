/**
 * One URL per page type of the sample build. Every browser-wide check (axe, console errors,
 * CSP violations, no-JS render) walks this list: a new page type joins it here.
 * `expect` is text that must be visible when the page renders without JavaScript.
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
  { name: 'product index', path: '/products/', expect: 'LineMeter LM-400' },
  { name: 'product page', path: '/products/processlens/', expect: 'Sell it as' },
  { name: 'persona index', path: '/personas/', expect: 'Purchasing manager' },
  { name: 'persona page', path: '/personas/purchasing-manager/', expect: 'Scrap to savings' },
  { name: 'industry index', path: '/industries/', expect: 'Automotive suppliers' },
  { name: 'industry page', path: '/industries/automotive-suppliers/', expect: 'Scrap to savings' },
  { name: 'competitor index', path: '/competitors/', expect: 'Qualis SPC Cloud' },
  { name: 'competitor page', path: '/competitors/qualis-spc-cloud/', expect: 'We win when' },
  { name: 'not found', path: '/no-such-page/', expect: 'Page not found', status: 404 },
  { name: 'authoring', path: '/authoring/', expect: 'Field reference' },
  // The open search dialog has its own axe/console/CSP check in search.spec.ts (it needs a key
  // press, not a page load), and so has the <noscript> note of /search/.
  { name: 'search', path: '/search/?q=payback', expect: 'Find an argument' },
  // The same page types in Dutch (/nl/): the interface follows the route; entries without a
  // translation show the English original with a notice.
  { name: 'home (nl)', path: '/nl/', expect: 'Meridian Playbook' },
  { name: 'concept index (nl)', path: '/nl/concepts/', expect: 'Van afkeur naar besparing' },
  { name: 'concept page (nl)', path: '/nl/concepts/scrap-to-savings/', expect: 'Onderhandelingsruimte' },
  { name: 'concept page, no translation (nl)', path: '/nl/concepts/every-part-inline/', expect: 'nog geen Nederlandse versie' },
  { name: 'objection library (nl)', path: '/nl/objections/', expect: 'De software is te duur vergeleken met het apparaat.' },
  { name: 'withdrawn answers (nl)', path: '/nl/objections/retired/', expect: 'A gauge at every station' },
  { name: 'objection card (nl)', path: '/nl/objections/scrap-to-savings/software-too-expensive/', expect: 'Vraag terug' },
  { name: 'product index (nl)', path: '/nl/products/', expect: 'LineMeter LM-400' },
  { name: 'product page (nl)', path: '/nl/products/processlens/', expect: 'Verkoop het als' },
  { name: 'persona index (nl)', path: '/nl/personas/', expect: 'Inkoopmanager' },
  { name: 'persona page (nl)', path: '/nl/personas/purchasing-manager/', expect: 'Van afkeur naar besparing' },
  { name: 'industry index (nl)', path: '/nl/industries/', expect: 'Automotive-toeleveranciers' },
  { name: 'industry page (nl)', path: '/nl/industries/automotive-suppliers/', expect: 'Van afkeur naar besparing' },
  { name: 'competitor index (nl)', path: '/nl/competitors/', expect: 'Qualis SPC Cloud' },
  { name: 'competitor page (nl)', path: '/nl/competitors/qualis-spc-cloud/', expect: 'Wij winnen als' },
  { name: 'authoring (nl)', path: '/nl/authoring/', expect: 'Veldenoverzicht' },
  { name: 'search (nl)', path: '/nl/search/?q=terugverdientijd', expect: 'Vind een argument' },
];
