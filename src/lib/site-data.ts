/**
 * The published content of this build and its indexes, loaded and built ONCE per build: the
 * first page that asks starts the work, every later page awaits the same promise (the module
 * is shared by all pages of the build).
 */
import { getCollection } from 'astro:content';
import { playbookConfig } from './playbook-config.ts';
import { selectPublished } from './published.ts';
import { buildSiteIndex, type SiteIndex } from './site-index.ts';
import { withoutTranslations } from './translations.ts';

let pending: Promise<SiteIndex> | undefined;

async function load(): Promise<SiteIndex> {
  const [concepts, products, personas, industries, competitors] = await Promise.all([
    getCollection('concepts'),
    getCollection('products'),
    getCollection('personas'),
    getCollection('industries'),
    getCollection('competitors'),
  ]);
  // Translations (content/<collection>/nl/…) are not pages of their own until pages route per language.
  const original = <T extends { id: string }>(entries: T[]) => withoutTranslations(entries, playbookConfig.locales);
  return buildSiteIndex({
    concepts: selectPublished(original(concepts), playbookConfig.showDrafts),
    products: original(products),
    personas: original(personas),
    industries: original(industries),
    competitors: original(competitors),
  });
}

/** The site index of this build (published content only). */
export function getSiteIndex(): Promise<SiteIndex> {
  pending ??= load();
  return pending;
}
