/**
 * The Atom feed of "What's new", one per language: the changes of its first page, so it stays
 * as bounded as the page (src/lib/bounded.ts). It needs the site's absolute address
 * (`siteUrl`); without it there is no feed (the build warns once, see src/lib/whats-new.ts).
 */
import type { APIRoute } from 'astro';
import { t, tf } from '../../../lib/i18n.ts';
import { changeLabel } from '../../../lib/labels.ts';
import { localePaths, type Lang } from '../../../lib/locale.ts';
import { playbookConfig } from '../../../lib/playbook-config.ts';
import { getChangePages, getSiteIndex } from '../../../lib/site-data.ts';
import { urlsFor } from '../../../lib/urls.ts';
import { absoluteUrl, atomFeed } from '../../../lib/whats-new.ts';
import { buildDate } from '../../../lib/build-info.ts';

export const getStaticPaths = () => (playbookConfig.siteUrl ? localePaths((lang) => [{ params: {}, props: { lang } }]) : []);


export const GET: APIRoute = async ({ props }) => {
  const lang = (props as { lang: Lang }).lang;
  const siteUrl = playbookConfig.siteUrl!;
  const urls = urlsFor(lang);
  const index = await getSiteIndex(lang);
  const [recent = []] = await getChangePages(lang);
  const page = absoluteUrl(urls.whatsNew(), siteUrl);
  const body = atomFeed({
    selfUrl: absoluteUrl(urls.whatsNewFeed(), siteUrl),
    pageUrl: page,
    title: tf('whatsNew.feedTitle', { site: playbookConfig.siteName }, lang),
    subtitle: t('whatsNew.lead', lang),
    lang,
    updated: buildDate,
    // The id stays the front page's anchor even after the change moves to an older page: a
    // feed reader must never see an entry it has read come back under a new id.
    entries: recent.map(({ concept, change, anchor }) => ({
      id: `${page}#${anchor}`,
      title: tf('whatsNew.entryTitle', { concept: concept.data.title, kind: changeLabel(change.kind, lang) }, lang),
      updated: change.date,
      link: absoluteUrl(urls.concept(concept.id), siteUrl),
      summary: change.summary,
      lang: index.entryLang('concepts', concept.id),
      summaryLang: change.lang,
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
