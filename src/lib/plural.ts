/**
 * Plural choice through Intl.PluralRules, so each language picks its own form ("1 concept",
 * "2 concepten"; languages with more forms get them from CLDR, not from an `=== 1` test).
 */
import { intlLocale } from './format.ts';

type PluralCategory = Intl.LDMLPluralRule;

/** The forms of one phrase: `other` is required, every other CLDR category optional. */
export type PluralForms<T> = Partial<Record<PluralCategory, T>> & { other: T };

const rules = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of a count in a language ("one", "other", …). */
export function pluralCategory(count: number, lang: string): PluralCategory {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(intlLocale(lang));
    rules.set(lang, rule);
  }
  return rule.select(count);
}

/** Picks the form for a count; a category the phrase does not have falls back to `other`. */
export function choosePlural<T>(count: number, forms: PluralForms<T>, lang: string): T {
  return forms[pluralCategory(count, lang)] ?? forms.other;
}
