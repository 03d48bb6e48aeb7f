/**
 * The published content of this build and its indexes, loaded and built ONCE per build and
 * language: the first page that asks starts the work, every later page awaits the same
 * promise (the module is shared by all pages of the build).
 *
 * The index of a language holds, for every entry of the default language, its translation
 * when there is one (`content/<collection>/<locale>/<id>`) and the original otherwise, under
 * the shared id, so links, anchors and filters are the same in every language.
 */
import { getCollection } from 'astro:content';
import { collectionNames, type CollectionName } from '../schemas/common.ts';
import type { Lang } from './i18n.ts';
import { defaultLocale } from './locale.ts';
import { playbookConfig } from './playbook-config.ts';
import { selectPublished } from './published.ts';
import { buildSiteIndex, type ChangeRef, type Entry, type SiteContent, type SiteIndex } from './site-index.ts';
import { buildDate } from './build-info.ts';
import { whatsNewLimits } from './bounded.ts';
import { changePages, translationHistory } from './whats-new.ts';
import type { CollectionData } from '../schemas/collections.ts';
import { localizeEntries, type Localized } from './translations.ts';

export interface LocalizedSiteIndex extends SiteIndex {
  /** The interface language this index was built for. */
  lang: Lang;
  /** The language an entry is shown in here: the page's, or the default one's when it has no translation. */
  entryLang(collection: CollectionName, id: string): Lang;
  /** The id the content loader gave the entry shown (`nl/scrap-to-savings` for a translation), for `getEntry` and `render`. */
  sourceId(collection: CollectionName, id: string): string;
  /**
   * The entry's language when it is not the page's (no translation yet), for the `lang`
   * attribute of the element that shows it; undefined when entry and page agree.
   */
  otherLang(collection: CollectionName, id: string): Lang | undefined;
  /** The entry in the default language, when the one shown is a translation of it. */
  originalOf<C extends CollectionName>(collection: C, id: string): Entry<CollectionData<C>> | undefined;
}

const pending = new Map<Lang, Promise<LocalizedSiteIndex>>();

async function load(lang: Lang): Promise<LocalizedSiteIndex> {
  const locales = playbookConfig.locales;
  const shown = new Map<string, Localized<unknown>>();
  const loaded = await Promise.all(
    collectionNames.map(async (name) => {
      const entries = localizeEntries(await getCollection(name), lang, locales);
      for (const entry of entries) shown.set(`${name}:${entry.entry.id}`, entry);
      return [name, entries.map((entry) => entry.entry)] as const;
    }),
  );
  const content = Object.fromEntries(loaded) as unknown as SiteContent;
  const of = (collection: CollectionName, id: string) => shown.get(`${collection}:${id}`);
  // A translation's readers see the original's history too, where the translation has none of its own.
  const changesOf = (concept: Entry<CollectionData<'concepts'>>) => {
    const original = of('concepts', concept.id)?.original as Entry<CollectionData<'concepts'>> | undefined;
    return original && original !== concept ? translationHistory(concept.data.changes, original.data.changes, defaultLocale) : concept.data.changes;
  };
  const index = buildSiteIndex({ ...content, concepts: selectPublished(content.concepts, playbookConfig.showDrafts) }, changesOf);
  return {
    ...index,
    lang,
    entryLang: (collection, id) => (of(collection, id)?.lang as Lang | undefined) ?? defaultLocale,
    sourceId: (collection, id) => of(collection, id)?.sourceId ?? id,
    otherLang: (collection, id) => {
      const shownIn = (of(collection, id)?.lang as Lang | undefined) ?? defaultLocale;
      return shownIn === lang ? undefined : shownIn;
    },
    originalOf: <C extends CollectionName>(collection: C, id: string) => {
      const shownEntry = of(collection, id);
      return shownEntry && shownEntry.original !== shownEntry.entry ? (shownEntry.original as Entry<CollectionData<C>>) : undefined;
    },
  };
}

/** The site index of this build in one interface language (published content only). */
export function getSiteIndex(lang: Lang = defaultLocale): Promise<LocalizedSiteIndex> {
  let index = pending.get(lang);
  if (!index) pending.set(lang, (index = load(lang)));
  return index;
}

/** A change on a page of What's new, with its anchor there. */
export type PagedChange = ChangeRef & { anchor: string };

const changePagesOf = new Map<Lang, Promise<PagedChange[][]>>();

/**
 * The pages of What's new in one language, split once per build (src/lib/whats-new.ts, limits
 * in src/lib/bounded.ts): /whats-new/ shows the first, its Atom feed holds the same changes.
 */
export function getChangePages(lang: Lang = defaultLocale): Promise<PagedChange[][]> {
  let pages = changePagesOf.get(lang);
  if (!pages) changePagesOf.set(lang, (pages = getSiteIndex(lang).then((index) => changePages(index.changes, buildDate, whatsNewLimits))));
  return pages;
}
