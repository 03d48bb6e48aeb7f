/**
 * Content per language. A translation lives in a locale folder of its collection and pairs
 * with the original of the same name: `content/concepts/nl/scrap-to-savings.mdx` translates
 * `content/concepts/scrap-to-savings.mdx`. The folder decides the language; entries outside a
 * locale folder are in the default language (the first of `locales` in playbook.config.ts).
 */

/** What these helpers need of an entry: its id as the loaders give it ("nl/scrap-to-savings"). */
export interface Identified {
  id: string;
}

/** The locale folder an id sits in, when it is one of the configured non-default locales. */
export function translationLocale(id: string, locales: readonly string[]): string | undefined {
  const slash = id.indexOf('/');
  if (slash < 0) return undefined;
  const folder = id.slice(0, slash);
  return locales.slice(1).includes(folder) ? folder : undefined;
}

/** True for an entry in a locale folder (a translation, or a text only in that language). */
export function isTranslation(entry: Identified, locales: readonly string[]): boolean {
  return translationLocale(entry.id, locales) !== undefined;
}

/** The id an entry shares with its other-language versions: the id without the locale folder. */
export function sharedId(id: string, locales: readonly string[]): string {
  const locale = translationLocale(id, locales);
  return locale ? id.slice(locale.length + 1) : id;
}

/** The language an entry is in, decided by its folder. */
export function entryLanguage(id: string, locales: readonly string[]): string {
  return translationLocale(id, locales) ?? locales[0] ?? 'en';
}

/** An entry as shown in one language: under its shared id, with the loader id and language it came from. */
export interface Localized<T> {
  entry: T;
  sourceId: string;
  lang: string;
  /** The entry in the default language (the same object as `entry` when no translation is shown). */
  original: T;
}

/**
 * The entries to show in `lang`: every original of the default language, replaced by its
 * translation into `lang` when there is one (under the original's id). Entries that exist only
 * in a locale folder are left out: a page needs an original to fall back on.
 */
export function localizeEntries<T extends Identified>(entries: readonly T[], lang: string, locales: readonly string[]): Localized<T>[] {
  const fallback = locales[0] ?? 'en';
  const translations = new Map(
    entries.filter((entry) => translationLocale(entry.id, locales) === lang).map((entry) => [sharedId(entry.id, locales), entry]),
  );
  return entries
    .filter((entry) => !isTranslation(entry, locales))
    .map((original) => {
      const translation = lang === fallback ? undefined : translations.get(original.id);
      return translation
        ? { entry: { ...translation, id: original.id }, sourceId: translation.id, lang, original }
        : { entry: original, sourceId: original.id, lang: fallback, original };
    });
}

export interface TranslationPair<T extends Identified> {
  original: T;
  translation: T;
  locale: string;
}

/** Pairs every translation with the original of the same shared id (translations without one are left out). */
export function translationPairs<T extends Identified>(entries: readonly T[], locales: readonly string[]): TranslationPair<T>[] {
  const originals = new Map(entries.filter((e) => !isTranslation(e, locales)).map((e) => [e.id, e]));
  const pairs: TranslationPair<T>[] = [];
  for (const translation of entries) {
    const locale = translationLocale(translation.id, locales);
    if (!locale) continue;
    const original = originals.get(sharedId(translation.id, locales));
    if (original) pairs.push({ original, translation, locale });
  }
  return pairs;
}

/** When a version of a concept last changed, and the change that says so. */
export interface LastChange {
  date: Date;
  /** Field path of that date in its file: `lastReviewed` or `changes[i]`. */
  path: readonly (string | number)[];
  summary?: string;
}

/** The newest of a concept's `changes[]` dates and its `lastReviewed`. */
export function lastChange(data: { lastReviewed: Date; changes: readonly { date: Date; summary: string }[] }): LastChange {
  let latest: LastChange = { date: data.lastReviewed, path: ['lastReviewed'] };
  data.changes.forEach((change, i) => {
    if (change.date.getTime() > latest.date.getTime()) latest = { date: change.date, path: ['changes', i], summary: change.summary };
  });
  return latest;
}

/** The original's last change when it is later than the translation's (the translation is stale). */
export function staleSince(
  original: Parameters<typeof lastChange>[0],
  translation: Parameters<typeof lastChange>[0],
): LastChange | undefined {
  const before = lastChange(original);
  return before.date.getTime() > lastChange(translation).date.getTime() ? before : undefined;
}
