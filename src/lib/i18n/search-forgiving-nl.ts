import type { searchForgivingEn } from './search-forgiving.ts';

/** Dutch strings of forgiving search, typed against the English keys. */
export const searchForgivingNl: Record<keyof typeof searchForgivingEn, string> = {
  'search.corrected': 'Gezocht op „{corrected}” in plaats van „{query}”:',
};
