/**
 * Plural UI strings through Intl.PluralRules: a string with a count has one dictionary key per
 * plural category it needs (`….one`, `….other`), and this picks the right one for the locale.
 */
import { tf, type UiKey } from './i18n.ts';

/** Keys that have a `.one` and an `.other` form, without the suffix. */
type PluralBase = { [K in UiKey]: K extends `${infer B}.other` ? (`${B}.one` extends UiKey ? B : never) : never }[UiKey];

/** "1 concept", "3 concepts": the `{count}` string of `base` in the plural form `count` needs. */
export function tPlural(base: PluralBase, count: number, lang = 'en', values: Record<string, string | number> = {}): string {
  const category = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return tf(`${base}.${category}` as UiKey, { count, ...values }, lang);
}
