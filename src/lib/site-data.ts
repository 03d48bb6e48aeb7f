/**
 * The published content of this build and its indexes, loaded and built ONCE per build: the
 * first page that asks starts the work, every later page awaits the same promise (the module
 * is shared by all pages of the build).
 */
import { getCollection } from 'astro:content';
import { collectionNames } from '../schemas/common.ts';
import { playbookConfig } from './playbook-config.ts';
import { selectPublished } from './published.ts';
import { buildSiteIndex, type SiteContent, type SiteIndex } from './site-index.ts';
import { withoutTranslations } from './translations.ts';

let pending: Promise<SiteIndex> | undefined;

async function load(): Promise<SiteIndex> {
  // Every collection of the registry, loaded at once. Translations (content/<collection>/nl/…)
  // are not pages of their own until pages route per language.
  const loaded = await Promise.all(
    collectionNames.map(async (name) => [name, withoutTranslations(await getCollection(name), playbookConfig.locales)] as const),
  );
  const content = Object.fromEntries(loaded) as unknown as SiteContent;
  return buildSiteIndex({ ...content, concepts: selectPublished(content.concepts, playbookConfig.showDrafts) });
}

/** The site index of this build (published content only). */
export function getSiteIndex(): Promise<SiteIndex> {
  pending ??= load();
  return pending;
}
