/** Dutch strings of a concept page's navigation (see concept-nav.ts). */
import type { conceptNavEn } from './concept-nav.ts';

export const conceptNavNl: Record<keyof typeof conceptNavEn, string> = {
  'conceptNav.sections': 'Onderdelen',
  'conceptNav.current': 'nu bij',
  'conceptNav.filterLegend': 'Argumenten en bezwaren tonen voor',
  'conceptNav.filterHint': 'Kies iedereen die aan tafel zit. Wat voor iedereen geldt, blijft altijd staan.',
  'conceptNav.filterCount': '{arguments} van {argumentsTotal} argumenten en {objections} van {objectionsTotal} bezwaren getoond',
  'conceptNav.filterCountAll': 'Alle {argumentsTotal} argumenten en {objectionsTotal} bezwaren getoond',
  'conceptNav.filterClear': 'Alles tonen',
  'conceptNav.filterNote': 'Gefilterd op {personas}: {shown} van {total} bezwaren getoond.',
  'conceptNav.filterChange': 'Wijzigen',
  'conceptNav.filterEmptyArguments': 'Er is nog geen argument geschreven voor {personas}. Met „Alles tonen” komen de andere terug.',
  'conceptNav.filterEmptyObjections': 'Er is nog geen bezwaar genoteerd voor {personas}. Met „Alles tonen” komen de andere terug.',
};
