/**
 * "What's new": the concepts' `changes[]` as one list, newest first, split into bounded pages
 * (the recent changes first, older ones paged behind them), and the Atom feed of the first page.
 * The feed needs the site's absolute address (`siteUrl` in playbook.config.ts); without it
 * there is no feed and the build says so once. Pure.
 */

/** The build's one warning when the feed cannot be built, or undefined when it can. */
export function feedWarning(siteUrl: string | undefined): string | undefined {
  if (siteUrl) return undefined;
  return 'No Atom feed for "What\'s new": set `siteUrl` in playbook.config.ts (or PLAYBOOK_SITE_URL) to the full address of the published site, like https://playbook.example.com. Feed readers need absolute links.';
}

/** An absolute URL from a site path (already with the base) and the site's address. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}

export interface FeedEntry {
  /** A stable, unique id (an absolute URL). */
  id: string;
  title: string;
  updated: Date;
  /** Absolute URL of the page the entry is about. */
  link: string;
  summary: string;
  /** Language of the entry's text, when it differs from the feed's. */
  lang?: string | undefined;
  /** Language of the summary, when it differs from the entry's (a translation's readers see the original's history). */
  summaryLang?: string | undefined;
}

export interface Feed {
  /** Absolute URL of the feed itself and of the page it mirrors. */
  selfUrl: string;
  pageUrl: string;
  title: string;
  subtitle?: string | undefined;
  lang: string;
  /** Newest first. */
  entries: readonly FeedEntry[];
  /** Used when there is no entry: the feed's own date. */
  updated: Date;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** RFC 3339 time of a calendar date (content dates are UTC midnight). */
const time = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** An Atom 1.0 document (RFC 4287). */
export function atomFeed(feed: Feed): string {
  const updated = feed.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), feed.entries[0]?.updated ?? feed.updated);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(feed.lang)}">`,
    `  <id>${xml(feed.selfUrl)}</id>`,
    `  <title>${xml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${xml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${time(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(feed.pageUrl)}"/>`,
    `  <author><name>${xml(feed.title)}</name></author>`,
    ...feed.entries.flatMap((entry) => [
      `  <entry${entry.lang && entry.lang !== feed.lang ? ` xml:lang="${xml(entry.lang)}"` : ''}>`,
      `    <id>${xml(entry.id)}</id>`,
      `    <title>${xml(entry.title)}</title>`,
      `    <updated>${time(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(entry.link)}"/>`,
      `    <summary${entry.summaryLang && entry.summaryLang !== (entry.lang ?? feed.lang) ? ` xml:lang="${xml(entry.summaryLang)}"` : ''}>${xml(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

/** The anchor of a change on the What's new page: concept, date and kind, numbered when repeated. */
export function changeAnchors(changes: readonly { conceptId: string; date: Date; kind: string }[]): string[] {
  const seen = new Map<string, number>();
  return changes.map((change) => {
    const base = `change-${change.conceptId}-${change.date.toISOString().slice(0, 10)}-${change.kind}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

interface LoggedChange {
  date: Date;
  kind: string;
  summary: string;
}

/**
 * A translated concept's history as its readers expect it: the translation's own changes, and
 * every change of the original that the translation has none of its own for (none of the same
 * day and kind), marked with the original's language, so a concept live since July does not
 * read as new on the day its translation came. For the same reason the translation's own
 * `added`, when the original was added before, is the day it was `translated`. Newest first.
 */
export function translationHistory<C extends LoggedChange>(
  own: readonly C[],
  original: readonly C[],
  originalLang: string,
): ((Omit<C, 'kind'> & { kind: C['kind'] | 'translated'; lang?: string }))[] {
  const key = (change: LoggedChange) => `${change.date.getTime()}:${change.kind}`;
  const ownKeys = new Set(own.map(key));
  const addedBefore = (date: Date) => original.some((change) => change.kind === 'added' && change.date.getTime() < date.getTime());
  return [
    ...own.map((change) => (change.kind === 'added' && addedBefore(change.date) ? { ...change, kind: 'translated' as const } : change)),
    ...original.filter((change) => !ownKeys.has(key(change))).map((change) => ({ ...change, lang: originalLang })),
  ].sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** How the What's new list is split (issue 17, bounded pages); the values are in src/lib/bounded.ts. */
export interface ChangeLimits {
  /** The first page holds the changes of this many days up to the build's day … */
  days: number;
  /** … but never fewer than this many (when there are), so it does not read empty after a quiet spell … */
  atLeast: number;
  /** … and never more than this; every older page holds this many. */
  perPage: number;
}

/** A change on the list: the concept it belongs to and the entry of its change log. */
export interface ChangeItem {
  concept: { id: string };
  change: { date: Date; kind: string };
}

const dayMs = 86_400_000;

/**
 * The pages of What's new from every change, newest first: page 1 the recent ones within
 * `limits`, then `perPage` older ones a page. Every change keeps the anchor it has in the whole
 * list (changeAnchors), so an anchor — and the feed entry id made from it — never changes when
 * the change moves to an older page. Always at least one page (empty when there is no change).
 */
export function changePages<T extends ChangeItem>(changes: readonly T[], today: Date, limits: ChangeLimits): (T & { anchor: string })[][] {
  const anchors = changeAnchors(changes.map(({ concept, change }) => ({ conceptId: concept.id, date: change.date, kind: change.kind })));
  const items = changes.map((item, i) => ({ ...item, anchor: anchors[i]! }));
  const since = today.getTime() - limits.days * dayMs;
  const recent = items.findIndex((item) => item.change.date.getTime() < since);
  const inWindow = recent === -1 ? items.length : recent;
  const first = Math.min(limits.perPage, Math.max(inWindow, Math.min(limits.atLeast, items.length)));
  const pages = [items.slice(0, first)];
  for (let at = first; at < items.length; at += limits.perPage) pages.push(items.slice(at, at + limits.perPage));
  return pages;
}
