/**
 * UI strings, in one place. Content is authored per entry (`lang`); these are the words of
 * the interface around it. Add a locale by adding a dictionary with the same keys.
 */
const en = {
  'site.skip': 'Skip to content',
  'nav.main': 'Main',
  'nav.concepts': 'Concepts',
  'nav.objections': 'Objections',
  'nav.products': 'Products',
  'nav.prepare': 'Prepare a visit',
  'nav.learn': 'Learn',
  'nav.authoring': 'Authoring',
  'search.open': 'Search',
  'footer.private': 'Internal sales material. Do not forward.',
  'money.per.once': 'one-off',
  'money.per.month': '/ month',
  'money.per.year': '/ year',
  'money.per.day': '/ day',
  'money.per.unit': '/ unit',
} as const;

export type UiKey = keyof typeof en;
const dictionaries: Record<string, Partial<Record<UiKey, string>>> = { en };

/** Looks up a UI string, falling back to English. */
export function t(key: UiKey, lang = 'en'): string {
  return dictionaries[lang]?.[key] ?? en[key];
}
