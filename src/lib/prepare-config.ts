/**
 * What the visit-brief page hands its script (in a JSON block): the page's language, where the
 * brief data lives, the other pages' URLs and the names of every industry, persona, competitor
 * and product (their ids are what the URL may name). Concepts are not listed: their number
 * grows, so the script checks a concept by fetching its file.
 */
import type { LocalizedSiteIndex } from './site-data.ts';
import { sortByName } from './entries.ts';
import { t, uiKeys, type Lang, type UiKey } from './i18n.ts';
import { locales } from './locale.ts';
import { href, urlsFor } from './urls.ts';

/** The dictionary keys the brief's script uses (only these reach the browser, in the page's language). */
const briefPrefixes = ['prepare.', 'value.', 'bundle.', 'objection.', 'badge.', 'status.'];
const briefExtra: UiKey[] = ['concept.proof', 'concept.benefit', 'translation.fallback', ...locales.map((code) => `language.${code}` as UiKey)];

/** The page's words for the brief's script, by key. */
export function briefStrings(lang: Lang): Partial<Record<UiKey, string>> {
  const keys = uiKeys.filter((key) => briefPrefixes.some((prefix) => key.startsWith(prefix)) || briefExtra.includes(key));
  return Object.fromEntries(keys.map((key) => [key, t(key, lang)]));
}

export interface PrepareConfig {
  lang: Lang;
  strings: Partial<Record<UiKey, string>>;
  languages: readonly Lang[];
  /** Each language by its own name ("English", "Nederlands"), for the hand-out's language list: an option says what it is in its own language, as on the hand-out page. */
  languageNames: Record<string, string>;
  dataBase: string;
  /** The site's base ("/" or "/playbook/"), for links to documents. */
  base: string;
  briefHref: string;
  handoutHref: string;
  industriesHref: string;
  names: {
    industries: Record<string, string>;
    personas: Record<string, string>;
    competitors: Record<string, string>;
    products: Record<string, string>;
  };
}

const names = (entries: Iterable<{ id: string; data: { name: string } }>) =>
  Object.fromEntries(sortByName(entries).map((entry) => [entry.id, entry.data.name]));

export function prepareConfig(index: LocalizedSiteIndex, lang: Lang): PrepareConfig {
  const urls = urlsFor(lang);
  return {
    lang,
    strings: briefStrings(lang),
    languages: locales,
    languageNames: Object.fromEntries(locales.map((code) => [code, t(`prepare.language.${code}` as UiKey, code)])),
    dataBase: href('/brief-data/'),
    base: href('/'),
    briefHref: urls.prepare(),
    handoutHref: urls.prepareHandout(),
    industriesHref: urls.industries(),
    names: {
      industries: names(index.industryById.values()),
      personas: names(index.personaById.values()),
      competitors: names(index.competitorById.values()),
      products: names(index.productById.values()),
    },
  };
}
