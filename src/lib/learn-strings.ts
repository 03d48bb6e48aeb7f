/** The strings the /learn/ scripts need, in one interface language (all `learn.` keys and the objection categories). */
import { t, type Lang, type UiKey } from './i18n.ts';
import { learnEn } from './i18n/learn.ts';
import { categoryLabel } from './labels.ts';
import { objectionCategories } from '../schemas/personas.ts';

export function learnStrings(lang: Lang): Record<string, string> {
  return {
    ...Object.fromEntries(Object.keys(learnEn).map((key) => [key, t(key as UiKey, lang)])),
    ...Object.fromEntries(objectionCategories.map((c) => [`category.${c}`, categoryLabel(c, lang)])),
  };
}
