/**
 * Rule links-exist: every link of the playbook's own site leads somewhere. An asset's `href` and
 * a body's links and images that stay on the site must name a file under public/ or a page the
 * build publishes: a section page, a page of a paged list (/objections/2/) as far as the
 * content fills it, a concept's, persona's or industry's own notes where it has more than its
 * page shows (/field-notes/personas/<id>/), the page of an entry (concept, objection card, product, persona, industry,
 * competitor, lesson), or a file the build writes (CSV tables, JSON lists, the feed). An
 * allow-list of what exists, so any other path is refused, with the nearest existing path as a
 * suggestion. An anchor is not judged, the page before it is: a concept page's ids come from
 * several components (sections, items, the story's headings, the calculator's inputs).
 */
import { isPublishedStatus } from '../lib/published.ts';
import { notesPerPage, fieldNoteTables, ownNotesPages } from '../lib/field-notes-bounded.ts';
import { noteSubjectIds } from '../lib/field-note-stats.ts';
import { conceptsPerPage, generatedFilePaths, noteSubjects, OBJECTIONS_PER_PAGE, sectionPaths, sitePaths, whatsNewLimits, type NoteSubject } from '../lib/site-paths.ts';
import { sharedId } from '../lib/translations.ts';
import { changePages, translationHistory } from '../lib/whats-new.ts';
import type { Concept } from '../schemas/concepts.ts';
import { normalizeUrl, urlProblem } from '../schemas/safe-url.ts';
import { allEntries } from './content-walk.ts';
import { closest, quote } from '../lib/text.ts';
import { languageOf, localesOf } from './translation-entries.ts';
import type { Entry, FieldPath, MdxNode, Position, Rule, RuleContext, RuleFinding } from './types.ts';

/** What the site publishes, as paths from the site's root ("/concepts/x/", "/assets/a.pdf"). */
export interface SiteMap {
  pages: Set<string>;
  /** Concept pages a production build leaves out, with the concept's id. */
  drafts: Map<string, string>;
  /** Files under public/; undefined when the check was given none (sources checked in memory). */
  files: ReadonlySet<string> | undefined;
  /** Files the build writes (CSV tables, JSON lists, the feed): they exist without being in public/. */
  generated: Set<string>;
  /** The feed's paths when this playbook has no `siteUrl`, so the build writes no feed. */
  noFeed: Set<string>;
}

/** How many pages a list of `count` items has, `perPage` a page: always one, even when empty. */
const pageCount = (count: number, perPage: number) => Math.max(1, Math.ceil(count / perPage));

/** Pages 2 … `last` of a paged list (page 1 is the list's own path). */
const laterPages = (last: number, path: (page: number) => string) => Array.from({ length: Math.max(0, last - 1) }, (_, i) => path(i + 2));

/**
 * The pages of the paged lists in one language, as many as the content fills, counted like the
 * pages count them: the concept index (published concepts), the objection library (objections
 * of published concepts that are not retired), What's new (every change shown in that
 * language, split by `whatsNewLimits` on the day of the check) and all field notes (notes about
 * published concepts, the same in every language).
 */
function pagedPaths(shown: readonly Entry<'concepts', Concept>[], originalOf: ReadonlyMap<string, Entry<'concepts', Concept>>, notes: number, today: Date, defaultLang: string): string[] {
  const objections = shown.filter((c) => c.data.status !== 'retired').reduce((sum, c) => sum + c.data.objections.length, 0);
  const changes = shown.flatMap((concept) => {
    const original = originalOf.get(concept.id);
    const history = original && original !== concept ? translationHistory(concept.data.changes, original.data.changes, defaultLang) : concept.data.changes;
    return history.map((change) => ({ concept, change }));
  });
  changes.sort((a, b) => b.change.date.getTime() - a.change.date.getTime());
  return [
    ...laterPages(pageCount(shown.length, conceptsPerPage), sitePaths.concepts),
    ...laterPages(pageCount(objections, OBJECTIONS_PER_PAGE), sitePaths.objections),
    ...laterPages(changePages(changes, today, whatsNewLimits).length, sitePaths.whatsNew),
    ...laterPages(pageCount(notes, notesPerPage), sitePaths.allFieldNotes),
  ];
}

/** Every page and generated file the build publishes for this content, for links-exist (and its test against a build). */
export function siteMap({ content, settings, today }: RuleContext, publicFiles: ReadonlySet<string> | undefined): SiteMap {
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
  const files = [...generatedFilePaths(fieldNoteTables), ...(settings.feed === false ? [] : [sitePaths.whatsNewFeed()])];
  const noFeed = new Set<string>();
  const originals = new Map(content.concepts.filter((c) => !c.id.includes('/')).map((c) => [c.id, c]));
  const byId = new Map(content.concepts.map((c) => [c.id, c]));
  const shownNotes = content['field-notes'].filter((note) => publishedIds.has(note.data.concept.id));
  const notes = shownNotes.length;
  // How many of those notes each concept, persona and industry has, for the pages of its own notes.
  const notesAbout = Object.fromEntries(noteSubjects.map((subject) => [subject, new Map<string, number>()])) as Record<NoteSubject, Map<string, number>>;
  for (const note of shownNotes) {
    const about = noteSubjectIds(note.data);
    for (const subject of noteSubjects) notesAbout[subject].set(about[subject], (notesAbout[subject].get(about[subject]) ?? 0) + 1);
  }
  const entryIds = { personas: new Set(ids(content.personas)), industries: new Set(ids(content.industries)) };
  const pages = new Set<string>();
  const generated = new Set<string>();
  locales.forEach((lang, i) => {
    const prefix = i === 0 ? '' : `/${lang}`;
    // Each concept as this language shows it: its translation when there is one.
    const shown = [...originals.values()]
      .map((original) => (i === 0 ? original : (byId.get(`${lang}/${original.id}`) ?? original)))
      .filter((c) => isPublishedStatus(c.data.status, settings.showDrafts));
    const byShared = new Map(shown.map((c) => [c.id, originals.get(sharedId(c.id, locales)) ?? c]));
    const subjects: Record<NoteSubject, ReadonlySet<string>> = { concepts: new Set(shown.map((c) => sharedId(c.id, locales))), ...entryIds };
    const ownNotes = noteSubjects.flatMap((subject) => [...notesAbout[subject]].filter(([id]) => subjects[subject].has(id)).flatMap(([id, count]) => ownNotesPages(subject, id, count)));
    for (const path of [...own, ...pagedPaths(shown, byShared, notes, today, locales[0] ?? 'en'), ...ownNotes]) pages.add(`${prefix}${path}`);
    for (const path of files) generated.add(`${prefix}${path}`);
    if (settings.feed === false) noFeed.add(`${prefix}${sitePaths.whatsNewFeed()}`);
  });
  const drafts = new Map<string, string>();
  const prefixes = locales.map((lang, i) => (i === 0 ? '' : `/${lang}`));
  for (const id of ids(content.concepts)) {
    if (publishedIds.has(id)) continue;
    for (const prefix of prefixes) drafts.set(`${prefix}${sitePaths.concept(id)}`, id);
  }
  return { pages, drafts, files: publicFiles, generated, noFeed };
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

/** The last page (/objections/7/) of the paged list at `list` (/objections/), when it has more than one. */
function lastPageOf(list: string, pages: ReadonlySet<string>): string | undefined {
  let last = 1;
  while (pages.has(`${list}${last + 1}/`)) last++;
  return last > 1 ? `${list}${last}/` : undefined;
}

/** Why a site path leads nowhere, as the end of a message; undefined when it exists. */
function missing(target: string, site: SiteMap, showDrafts: boolean): Missing | undefined {
  if (site.pages.has(target) || site.pages.has(`${target}/`) || site.generated.has(target)) return undefined;
  if (looksLikeFile(target)) {
    if (site.noFeed.has(target)) {
      return { why: 'the Atom feed is written only when `siteUrl` is set in playbook.config.ts (its entries need whole addresses). Set it, or link to /whats-new/ instead.' };
    }
    if (!site.files || site.files.has(target)) return undefined;
    const near = closest(target, [...site.files, ...site.generated]);
    return { why: `there is no file public${target}.${near ? ` Did you mean ${near}?` : ''} Put the file in public/ or correct the address.` };
  }
  const draft = site.drafts.get(target) ?? site.drafts.get(`${target}/`);
  if (draft !== undefined && !showDrafts) {
    return {
      draft: true,
      why: `that is the page of ${quote(draft)}, a draft concept, which the site does not publish. Link to it once it is pilot or live, or leave the link out for now.`,
    };
  }
  // A suggestion names a page as deep as the link's, never the section above it; past the end
  // of a paged list (/objections/9/), its last page.
  const page = target.endsWith('/') ? target : `${target}/`;
  const depth = (path: string) => path.split('/').length;
  const numbered = /^(.*\/)(\d+)\/$/.exec(page);
  const lastPage = numbered && site.pages.has(numbered[1] ?? '') ? lastPageOf(numbered[1] ?? '', site.pages) : undefined;
  const near = lastPage ?? closest(page, [...site.pages].filter((path) => depth(path) === depth(page)));
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
    "Links and images that stay on the site (assets' `href`, links in a body) lead to a file under public/, to a page the playbook publishes (pages of a paged list as far as the content fills them, a concept's, persona's or industry's own field notes where it has more than its page shows) or to a file the build writes (CSV tables, the concept picker, the feed); the page before an `#anchor` must exist.",
  fix: 'Correct the address, or put the file in public/; a page of an entry is at /<collection>/<file name>/ (like /concepts/scrap-to-savings/).',
  translations: {
    nl: {
      description:
        'Links en afbeeldingen binnen de site (de `href` van materiaal, links in een hoofdtekst) gaan naar een bestand in public/, naar een pagina die het playbook publiceert (bij een lijst over meer pagina’s alleen zo ver als de content die vult, en de eigen veldnotities van een concept, persona of branche als die er meer heeft dan zijn pagina toont) of naar een bestand dat de build maakt (CSV-tabellen, de conceptkiezer, de feed); de pagina vóór een `#anchor` moet bestaan.',
      fix: 'Verbeter het adres, of zet het bestand in public/; de pagina van een item staat op /<collectie>/<bestandsnaam>/ (zoals /concepts/scrap-to-savings/).',
    },
  },
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
