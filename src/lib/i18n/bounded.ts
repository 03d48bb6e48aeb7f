/** Strings of bounded lists (issue 17): a page shows the first entries and sends the rest to search. */
export const boundedEn = {
  'bounded.more': '{count} more concepts: find them in search',
  'bounded.conceptPages': 'Pages of the concept index',
} as const;
