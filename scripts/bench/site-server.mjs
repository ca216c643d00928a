// Serves dist/ on 127.0.0.1 for a bench section, the way the browser tests and a static host serve it.
export { startStaticServer } from '../../tests/browser/support/server.ts';

/** One page of each type, and the longest content page: what the browser sections measure. */
export const PAGES_BY_TYPE = [
  ['home', '/'],
  ['guidance', '/guidance/what-is-a-lead-professional/'],
  ['guidance, longest (tables)', '/guidance/who-leads-for-each-status/'],
  ['family page', '/families/who-will-it-be/'],
  ['glossary', '/glossary/'],
  ['source', '/sources/cwdc-2007/'],
  ['search', '/search/?q=escalation'],
  ['tool', '/tools/who-should-lead/'],
];
