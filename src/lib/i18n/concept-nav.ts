/**
 * UI strings of a concept page's navigation: the phone section bar and the persona filter over
 * its arguments and objections. Spread into the English dictionary (src/lib/i18n.ts).
 */
export const conceptNavEn = {
  'conceptNav.sections': 'Sections',
  'conceptNav.current': 'now at',
  'conceptNav.filterLegend': 'Show arguments and objections for',
  'conceptNav.filterHint': 'Pick everyone in the meeting. Points for every persona always stay.',
  'conceptNav.filterCount': 'Showing {arguments} of {argumentsTotal} arguments and {objections} of {objectionsTotal} objections',
  'conceptNav.filterCountAll': 'Showing all {argumentsTotal} arguments and {objectionsTotal} objections',
  'conceptNav.filterClear': 'Show all',
  'conceptNav.filterNote': 'Filtered for {personas}: {shown} of {total} objections shown.',
  'conceptNav.filterChange': 'Change',
  'conceptNav.filterEmptyArguments': 'No argument is written for {personas} yet. “Show all” brings back the others.',
  'conceptNav.filterEmptyObjections': 'No objection is noted for {personas} yet. “Show all” brings back the others.',
} as const;
