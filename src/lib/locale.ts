/**
 * The interface language of a page comes from its route: the default language (the first of
 * `locales` in playbook.config.ts) at `/`, every other one under `/<locale>/`. Pages live in
 * `src/pages/[...locale]/` and list their paths once per language through `localePaths()`;
 * `src/middleware.ts` reads the language off the URL and puts it, with its bound `t()`, on
 * `Astro.locals`, so components never take the interface language as a prop.
 */
import { isLang, type Lang } from './i18n.ts';
import { playbookConfig } from './playbook-config.ts';

export type { Lang };

/** The languages of this playbook, default first (validated against the dictionaries in config.ts). */
export const locales: readonly Lang[] = playbookConfig.locales.filter(isLang);
export const defaultLocale: Lang = locales[0] ?? 'en';

const base = import.meta.env.BASE_URL.replace(/\/+$/, '');

/** The language a site path is in: its first segment after the base, when that is a locale. */
export function localeFromPath(pathname: string, known: readonly Lang[] = locales): Lang {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const first = rest.split('/').find((part) => part !== '');
  return known.find((lang) => lang === first && lang !== known[0]) ?? known[0] ?? 'en';
}

/** The value of the `[...locale]` route parameter: nothing for the default language. */
export function localeParam(lang: Lang): string | undefined {
  return lang === defaultLocale ? undefined : lang;
}

/** The path prefix of a language: "" for the default, "/nl" for Dutch. */
export function localePrefix(lang: Lang): string {
  return lang === defaultLocale ? '' : `/${lang}`;
}

interface StaticPath {
  params: Record<string, string | number | undefined>;
  props?: object;
}

/**
 * The static paths of a page in every language: `build(lang)` gives the paths of one language,
 * and each gets the `locale` parameter of its language.
 */
export async function localePaths<P extends StaticPath>(
  build: (lang: Lang) => P[] | Promise<P[]>,
): Promise<(P & { params: P['params'] & { locale: string | undefined } })[]> {
  const perLanguage = await Promise.all(
    locales.map(async (lang) => (await build(lang)).map((path) => ({ ...path, params: { ...path.params, locale: localeParam(lang) } }))),
  );
  return perLanguage.flat();
}

/** The same page in another language: swaps the locale prefix of a site path. */
export function switchLocale(pathname: string, to: Lang): string {
  const from = localeFromPath(pathname);
  let rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  if (from !== defaultLocale) rest = rest.slice(`/${from}`.length) || '/';
  return `${base}${localePrefix(to)}${rest.startsWith('/') ? rest : `/${rest}`}`;
}
