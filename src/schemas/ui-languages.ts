/**
 * The interface languages this playbook has a dictionary for (src/lib/i18n.ts holds one per
 * language, typed by this list). Here, apart from the dictionaries, so that the config schema
 * can refuse a locale without a dictionary while importing nothing but zod.
 */
export const uiLanguages = ['en', 'nl'] as const;
