/** UI strings of the page `npm run dev` shows when content errors keep a page from rendering. */
export const devErrorsEn = {
  'devErrors.title': 'This page cannot be shown: the content has errors',
  'devErrors.lead': 'The content check found these errors. Fix the files and save; the page reloads. The terminal shows the check again after every save.',
  'devErrors.more': 'and {count} more: run npm run check:content to list them all.',
};
