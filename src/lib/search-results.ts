/**
 * Shapes Pagefind's result data for our own result list. Pure, so the rules about what a result
 * shows (badges, sub-results, the highlighted excerpt) are unit-tested without a browser.
 */

/** The subset of Pagefind's `result.data()` we use. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text (what search-rank.ts tiers results by). */
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}

/** A run of excerpt text; `mark` runs are the matched words. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface ResultView {
  url: string;
  title: string;
  type?: string;
  status?: string;
  excerpt: ExcerptPart[];
  subResults: { url: string; title: string; excerpt: ExcerptPart[] }[];
  /** The concept an objection belongs to (tells the same objection of two concepts apart). */
  context?: string;
  /** An objection's follow-up question, so the result list itself answers. */
  followUp?: string;
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities Pagefind writes into excerpts (named basics and numeric). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return namedEntities[body.toLowerCase()] ?? entity;
  });
}

/**
 * Splits an excerpt on its `<mark>` tags — the only markup Pagefind puts in it — into plain text
 * runs. The caller renders them as text nodes, so nothing in an excerpt is ever parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pieces = excerpt.split(/<(\/?)mark>/i);
  let mark = false;
  // split() with one capture group alternates: text, "/" or "", text, …
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i] ?? '';
    if (i % 2 === 1) {
      mark = piece !== '/';
      continue;
    }
    const text = decodeEntities(piece);
    if (!text) continue;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Says where an excerpt (Pagefind's, with its `<mark>` tags) is cut from the page's text `from`:
 * "…" at the start or the end where the text goes on (Pagefind cuts its window of words
 * mid-sentence, without saying so). An excerpt not found in the text is left as it is.
 * `fromStart`: the excerpt begins where its section does, so nothing is cut there.
 */
export function markCuts(excerpt: string, from: string | undefined, fromStart = false): string {
  const text = squash(decodeEntities(excerpt.replace(/<\/?mark>/gi, '')));
  const whole = squash(from ?? '');
  const at = text ? whole.indexOf(text) : -1;
  if (at < 0) return excerpt;
  return `${at > 0 && !fromStart ? '…' : ''}${excerpt}${at + text.length < whole.length ? '…' : ''}`;
}

/**
 * A sub-result's excerpt starts with its own heading when the heading opens the window: that is
 * already the title of the row, so it is left out ("Na deze les kun je Na deze les kun je …").
 */
export function withoutHeading(excerpt: string, heading: string): string {
  const start = excerpt.trimStart();
  return heading && start.startsWith(`${heading} `) ? start.slice(heading.length + 1) : excerpt;
}

/** Turns Pagefind's data for one page into what a result row shows. */
export function shapeResult(data: PagefindResultData, maxSubResults = 3): ResultView {
  const pageUrl = data.url.split('#')[0];
  const subResults = (data.sub_results ?? [])
    .filter((sub) => sub.url.includes('#') && sub.url.split('#')[0] === pageUrl)
    .slice(0, maxSubResults)
    .map((sub) => {
      const rest = withoutHeading(sub.excerpt, sub.title);
      return { url: sub.url, title: sub.title, excerpt: excerptParts(markCuts(rest, data.content, rest !== sub.excerpt)) };
    });
  const view: ResultView = {
    url: data.url,
    title: data.meta.title?.trim() || data.url,
    type: data.filters?.type?.[0],
    status: data.filters?.status?.[0],
    excerpt: excerptParts(markCuts(data.excerpt, data.content)),
    subResults,
  };
  const context = data.meta.concept?.trim();
  const followUp = data.meta.followup?.trim();
  if (context) view.context = context;
  if (followUp) view.followUp = followUp;
  return view;
}

/** Types of pages that are named after a thing (a search for the name wants that page). */
const namedTypes = new Set(['competitor', 'product', 'concept', 'persona', 'industry']);

const words = (text: string) =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * A name search ("Qualis", "LineMeter") should land on the page of that thing, not on an
 * objection that mentions it: results of a named type whose title holds every query word (as
 * the start of a word) move to the front. Everything else keeps Pagefind's order.
 */
export function preferNameMatches<T extends Pick<ResultView, 'title' | 'type'>>(views: readonly T[], query: string): T[] {
  const wanted = words(query);
  if (wanted.length === 0) return [...views];
  const named = (view: T) => {
    if (!view.type || !namedTypes.has(view.type)) return false;
    const title = words(view.title);
    return wanted.every((word) => title.some((part) => part.startsWith(word)));
  };
  return [...views.filter(named), ...views.filter((view) => !named(view))];
}

export interface FacetValueView {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

/**
 * One facet's values with their counts, for checkboxes: selected values always show (even with
 * a count of 0, so they can be unticked), others only when they have results; sorted by label.
 */
export function facetValues(
  counts: Record<string, number> | undefined,
  selected: readonly string[],
  label: (value: string) => string,
): FacetValueView[] {
  const values = new Set([...Object.keys(counts ?? {}), ...selected]);
  return [...values]
    .map((value) => ({ value, label: label(value), count: counts?.[value] ?? 0, checked: selected.includes(value) }))
    .filter((view) => view.checked || view.count > 0)
    .sort((a, b) => a.label.localeCompare(b.label));
}
