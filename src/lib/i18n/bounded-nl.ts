import type { boundedEn } from './bounded.ts';

export const boundedNl: Record<keyof typeof boundedEn, string> = {
  'bounded.more': 'Nog {count} concepten: zoek ze op',
  'bounded.conceptPages': 'Pagina’s van de conceptenlijst',
};
