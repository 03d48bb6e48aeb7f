/** UI strings of forgiving search (corrected queries), spread into the English dictionary. */
export const searchForgivingEn = {
  'search.corrected': 'Searched for “{corrected}” instead of “{query}”:',
} as const;
