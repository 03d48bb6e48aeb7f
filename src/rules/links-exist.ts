/**
 * Rule links-exist: every link of the playbook's own site leads somewhere. An asset's `href` and
 * a body's links and images that stay on the site must name a file under public/ or a page the
 * build publishes: a section page, or the page of an entry (concept, objection card, product,
 * persona, industry, competitor, lesson). An allow-list of what exists, so any other path is
 * refused, with the nearest existing path as a suggestion.
 */
import { isPublishedStatus } from '../lib/published.ts';
import { sectionPaths, sitePaths } from '../lib/site-paths.ts';
import { sharedId } from '../lib/translations.ts';
import { normalizeUrl, urlProblem } from '../schemas/safe-url.ts';
import { allEntries } from './content-walk.ts';
import { closest, quote } from './text.ts';
import { languageOf, localesOf } from './translation-entries.ts';
import type { Entry, FieldPath, MdxNode, Position, Rule, RuleContext, RuleFinding } from './types.ts';

/** What the site publishes, as paths from the site's root ("/concepts/x/", "/assets/a.pdf"). */
interface SiteMap {
  pages: Set<string>;
  /** Concept pages a production build leaves out, with the concept's id. */
  drafts: Map<string, string>;
  /** Files under public/; undefined when the check was given none (sources checked in memory). */
  files: ReadonlySet<string> | undefined;
}

function siteMap({ content, settings }: RuleContext, publicFiles: ReadonlySet<string> | undefined): SiteMap {
  const locales = localesOf(settings);
  const ids = (entries: readonly Entry[]) => [...new Set(entries.map((entry) => sharedId(entry.id, locales)))];
  const published = content.concepts.filter((c) => isPublishedStatus(c.data.status, settings.showDrafts));
  const publishedIds = new Set(published.map((c) => sharedId(c.id, locales)));
  const own = [
    ...sectionPaths,
    ...[...publishedIds].map(sitePaths.concept),
    ...published.flatMap((c) => c.data.objections.map((o) => sitePaths.objection(sharedId(c.id, locales), o.id))),
    ...ids(content.products).map(sitePaths.product),
    ...ids(content.personas).map(sitePaths.persona),
    ...ids(content.industries).map(sitePaths.industry),
    ...ids(content.competitors).map(sitePaths.competitor),
    ...ids(content.lessons).map(sitePaths.lesson),
  ];
  const prefixes = locales.map((lang, i) => (i === 0 ? '' : `/${lang}`));
  const pages = new Set(prefixes.flatMap((prefix) => own.map((path) => `${prefix}${path}`)));
  const drafts = new Map<string, string>();
  for (const id of ids(content.concepts)) {
    if (publishedIds.has(id)) continue;
    for (const prefix of prefixes) drafts.set(`${prefix}${sitePaths.concept(id)}`, id);
  }
  return { pages, drafts, files: publicFiles };
}

/** The page an entry's body is shown on, which its relative links start from. */
function pageOf(entry: Entry, settings: RuleContext['settings']): string | undefined {
  const locales = localesOf(settings);
  const lang = languageOf(entry, settings);
  const prefix = lang === locales[0] ? '' : `/${lang}`;
  const id = sharedId(entry.id, locales);
  if (entry.collection === 'concepts') return `${prefix}${sitePaths.concept(id)}`;
  if (entry.collection === 'lessons') return `${prefix}${sitePaths.lesson(id)}`;
  return undefined;
}

/**
 * The site path a link leads to, or undefined when it leaves the site, stays on the page ("#…")
 * or cannot be judged (a relative link in a body without a page of its own; an unsafe address,
 * which mdx-safe reports).
 */
export function linkTarget(raw: string, page: string | undefined): string | undefined {
  if (urlProblem(raw)) return undefined;
  const url = normalizeUrl(raw);
  if (url === '' || url.startsWith('#') || url.startsWith('?') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  if (!url.startsWith('/') && page === undefined) return undefined;
  const path = new URL(url, `https://playbook.invalid${page ?? '/'}`).pathname;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

const looksLikeFile = (path: string) => /\.[a-z0-9]+$/i.test(path);

interface Missing {
  why: string;
  /** The page of a concept that is a draft (not published by a production build). */
  draft?: true;
}

/** Why a site path leads nowhere, as the end of a message; undefined when it exists. */
function missing(target: string, site: SiteMap, showDrafts: boolean): Missing | undefined {
  if (site.pages.has(target) || site.pages.has(`${target}/`)) return undefined;
  if (looksLikeFile(target)) {
    if (!site.files || site.files.has(target)) return undefined;
    const near = closest(target, site.files);
    return { why: `there is no file public${target}.${near ? ` Did you mean ${near}?` : ''} Put the file in public/ or correct the address.` };
  }
  const draft = site.drafts.get(target) ?? site.drafts.get(`${target}/`);
  if (draft !== undefined && !showDrafts) {
    return {
      draft: true,
      why: `that is the page of ${quote(draft)}, a draft concept, which the site does not publish. Link to it once it is pilot or live, or leave the link out for now.`,
    };
  }
  // A suggestion names a page as deep as the link's, never the section above it.
  const page = target.endsWith('/') ? target : `${target}/`;
  const depth = (path: string) => path.split('/').length;
  const near = closest(page, [...site.pages].filter((path) => depth(path) === depth(page)));
  return {
    why:
      `that is no page of this playbook.${near ? ` Did you mean ${near}?` : ''} ` +
      'Link to a page the site publishes (a concept is at /concepts/<file name>/, a product at /products/<file name>/) or to a file under public/.',
  };
}

function linksIn(node: MdxNode | undefined, found: { node: MdxNode; position: Position }[] = []) {
  if (!node) return found;
  if ((node.type === 'link' || node.type === 'image') && typeof node.url === 'string') {
    const start = node.position?.start;
    found.push({ node, position: { line: start?.line ?? 1, column: start?.column ?? 1 } });
  }
  for (const child of node.children ?? []) linksIn(child, found);
  return found;
}

export const linksExist: Rule = {
  id: 'links-exist',
  defaultSeverity: 'error',
  description:
    "Links and images that stay on the site (assets' `href`, links in a body) lead to a file under public/ or to a page the playbook publishes.",
  fix: 'Correct the address, or put the file in public/; a page of an entry is at /<collection>/<file name>/ (like /concepts/scrap-to-savings/).',
  check(context) {
    const { content, settings } = context;
    const site = siteMap(context, context.publicFiles);
    const findings: RuleFinding[] = [];
    const report = (entry: Entry, what: string, raw: string, target: string, at: { path: FieldPath; position?: Position }) => {
      const found = missing(target, site, settings.showDrafts);
      if (!found) return;
      // A draft linking to a draft: neither page is published, so no published link leads nowhere.
      if (found.draft && (entry.data as { status?: string }).status === 'draft') return;
      const message = target === raw ? `${what} ${quote(raw)} leads nowhere: ${found.why}` : `${what} ${quote(raw)} leads to ${target}, but ${found.why}`;
      findings.push({ entry, ...at, message });
    };
    for (const entry of allEntries(content)) {
      const assets = (entry.data as { assets?: readonly { href: string }[] }).assets ?? [];
      assets.forEach((asset, i) => {
        const target = linkTarget(asset.href, undefined);
        if (target !== undefined) report(entry, "The asset's `href`", asset.href, target, { path: ['assets', i, 'href'] });
      });
      const page = pageOf(entry, settings);
      for (const { node, position } of linksIn(entry.body)) {
        const raw = node.url ?? '';
        const target = linkTarget(raw, page);
        if (target !== undefined) report(entry, node.type === 'image' ? 'The image' : 'The link', raw, target, { path: ['body'], position });
      }
    }
    return findings;
  },
};
