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
  { name: 'authoring', path: '/authoring/', expect: 'Field reference' },
];
