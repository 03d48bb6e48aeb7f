import type { devErrorsEn } from './dev-errors.ts';

/** De foutpagina van `npm run dev` in het Nederlands. */
export const devErrorsNl: Record<keyof typeof devErrorsEn, string> = {
  'devErrors.title': 'Deze pagina kan niet getoond worden: de content bevat fouten',
  'devErrors.lead': 'De contentcontrole vond deze fouten. Verbeter de bestanden en sla op; de pagina laadt dan opnieuw. Na elke keer opslaan toont de terminal de controle opnieuw.',
  'devErrors.more': 'en nog {count}: npm run check:content toont ze allemaal.',
};
