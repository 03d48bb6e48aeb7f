/** Translations as the rules see them: the configured locales and each translation with its original. */
import { translationPairs, translationLocale } from '../lib/translations.ts';
import { allEntries } from './content-walk.ts';
import type { Entry, PlaybookContent, RuleSettings } from './types.ts';

export function localesOf(settings: RuleSettings): readonly string[] {
  return settings.locales ?? ['en'];
}

/** Every translation paired with its original, over all collections. */
export function entryPairs(content: PlaybookContent, settings: RuleSettings) {
  const locales = localesOf(settings);
  const all = allEntries(content);
  const collections = new Set(all.map((entry) => entry.collection));
  return [...collections].flatMap((collection) =>
    translationPairs(all.filter((entry) => entry.collection === collection), locales),
  );
}

/** The language of an entry: its locale folder, else the default locale. */
export function languageOf(entry: Entry, settings: RuleSettings): string {
  const locales = localesOf(settings);
  return translationLocale(entry.id, locales) ?? locales[0] ?? 'en';
}

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** "Dutch", "English": a language code as a marketer reads it. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
