/**
 * The visit brief: which concepts fit a visit (industry, the people at the table, the competitor
 * in the deal, what the customer already owns), best first with the reasons, and what of the
 * chosen concept to bring: arguments for these people first, their objections, the offers this
 * customer may get, the questions to ask and the competitor's landmines. Pure: the data comes
 * from the JSON that brief-data.ts writes at build time, and "today" is the reader's date,
 * passed in (so an offer that expired after the build is left out too).
 */

/** What the salesperson knows before the visit; every id already checked against the playbook. */
export interface BriefSelection {
  industry?: string | undefined;
  personas: string[];
  competitor?: string | undefined;
  owns: string[];
  concept?: string | undefined;
}

/** One concept as the ranking sees it (a row of an industry's shard). */
export interface BriefCandidate {
  id: string;
  title: string;
  status: 'live' | 'pilot';
  industries: string[];
  personas: string[];
  competitors: string[];
  /** Products the concept sells (its own list and its bundles' items). */
  products: string[];
  /** Products for whose owners the concept has an offer (`forOwnersOf` of its bundles). */
  ownersOf: string[];
  /** The language of the title, when it is not the page's (a concept without a translation yet). */
  lang?: string | undefined;
}

export type MatchReason =
  | { kind: 'chosen' }
  | { kind: 'industry'; id: string }
  | { kind: 'personas'; ids: string[] }
  | { kind: 'competitor'; id: string }
  | { kind: 'owners'; ids: string[] }
  | { kind: 'completes'; ids: string[] };

export interface RankedConcept {
  candidate: BriefCandidate;
  score: number;
  reasons: MatchReason[];
}

const statusRank = { live: 0, pilot: 1 } as const;

/** Why a concept fits the selection, and how well (higher is better). */
export function matchConcept(candidate: BriefCandidate, selection: BriefSelection): RankedConcept {
  const reasons: MatchReason[] = [];
  let score = 0;
  if (selection.concept === candidate.id) {
    reasons.push({ kind: 'chosen' });
    score += 1000;
  }
  if (selection.industry && candidate.industries.includes(selection.industry)) {
    reasons.push({ kind: 'industry', id: selection.industry });
    score += 100;
  }
  const owners = selection.owns.filter((id) => candidate.ownersOf.includes(id));
  if (owners.length > 0) {
    reasons.push({ kind: 'owners', ids: owners });
    score += 40;
  }
  const completes = selection.owns.filter((id) => !owners.includes(id) && candidate.products.includes(id));
  if (completes.length > 0) {
    reasons.push({ kind: 'completes', ids: completes });
    score += 10;
  }
  if (selection.competitor && candidate.competitors.includes(selection.competitor)) {
    reasons.push({ kind: 'competitor', id: selection.competitor });
    score += 20;
  }
  const personas = selection.personas.filter((id) => candidate.personas.includes(id));
  if (personas.length > 0) {
    reasons.push({ kind: 'personas', ids: personas });
    score += 5 * personas.length;
  }
  return { candidate, score, reasons };
}

/**
 * The concepts that fit, best first. Only live and pilot concepts ever appear (a draft or retired
 * row is dropped, whatever the data says). With an industry, only concepts for it count (and the
 * chosen one); live comes before pilot, then the better match, then the title. The chosen concept
 * always leads.
 */
export function rankConcepts(candidates: readonly BriefCandidate[], selection: BriefSelection): RankedConcept[] {
  const seen = new Set<string>();
  const ranked: RankedConcept[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.id) || !(candidate.status in statusRank)) continue;
    seen.add(candidate.id);
    const match = matchConcept(candidate, selection);
    const chosen = selection.concept === candidate.id;
    if (selection.industry && !chosen && !candidate.industries.includes(selection.industry)) continue;
    if (!selection.industry && !chosen && match.reasons.length === 0) continue;
    ranked.push(match);
  }
  return ranked.sort(
    (a, b) =>
      Number(b.candidate.id === selection.concept) - Number(a.candidate.id === selection.concept) ||
      statusRank[a.candidate.status] - statusRank[b.candidate.status] ||
      b.score - a.score ||
      a.candidate.title.localeCompare(b.candidate.title) ||
      a.candidate.id.localeCompare(b.candidate.id),
  );
}

// ——— One concept's brief ———

export interface BriefArgument {
  id: string;
  claim: string;
  proof: string;
  benefit: string;
  personas: string[];
  /** Whether a public proof point backs it (only those go into the customer hand-out). */
  publicProof: boolean;
}

export interface BriefObjection {
  id: string;
  objection: string;
  category: string;
  concern: string;
  response: string;
  /** The response's first sentence (or the author's opening). */
  opening: string;
  followUp: string;
  personas: string[];
  competitor?: string | undefined;
  /** The objection card. */
  href: string;
}

export interface BriefBundle {
  id: string;
  name: string;
  pitch: string;
  items: { product: string; name: string; quantity: number }[];
  /** The price components, formatted ("€38,900", "€7,200 / year"). */
  priceLines: string[];
  termMonths?: number | undefined;
  total: string;
  parts: string;
  savings?: string | undefined;
  savingsPercent: string;
  validUntil?: string | undefined;
  forOwnersOf: string[];
  partial?: string | undefined;
  negotiation?: {
    maxDiscountWithoutApproval: number;
    approver: string;
    floorPrice?: string | undefined;
    trades: { give: string; get: string }[];
  } | undefined;
}

export interface BriefQuestion {
  id: string;
  question: string;
  purpose?: string | undefined;
  personas: string[];
  /** Set for a value-model question: the calculator input it fills. */
  input?: string | undefined;
}

export interface BriefProofPoint {
  id: string;
  customer: string;
  industry: string;
  result: string;
  quote?: string | undefined;
  public: boolean;
}

/** Everything the brief shows of one concept (internal: the salesperson's, never the customer's). */
export interface BriefConcept {
  candidate: BriefCandidate;
  tagline: string;
  summary: string;
  href: string;
  pilotScope: string[];
  arguments: BriefArgument[];
  objections: BriefObjection[];
  bundles: BriefBundle[];
  questions: BriefQuestion[];
  proofPoints: BriefProofPoint[];
}

export interface BriefCompetitor {
  id: string;
  name: string;
  href: string;
  landmines: string[];
  weWinWhen: string[];
  /** The language the battlecard is written in. */
  lang?: string | undefined;
}

export interface BriefOffers {
  /** The offers to make, owners' offers first. */
  shown: BriefBundle[];
  /** Offers left out because they ended before today. */
  expired: string[];
  /** Owned products that a shown offer contains again, because the concept has no owners' offer for them. */
  ownedAgain: string[];
}

/** Whether a `YYYY-MM-DD` validity date has passed on `today` (also `YYYY-MM-DD`). */
export function hasExpired(validUntil: string | undefined, today: string): boolean {
  return validUntil !== undefined && validUntil < today;
}

/**
 * The offers this customer may get: never one that has expired by `today`; an owners' offer only
 * for a customer who owns all of its `forOwnersOf` products, and then instead of every offer that
 * would sell them those products again; a partial offer (refill, spare parts) only to a customer
 * who owns something of it. A price is never computed by taking owned parts out of a bundle.
 */
export function selectOffers(bundles: readonly BriefBundle[], owns: readonly string[], today: string): BriefOffers {
  const owned = new Set(owns);
  const expired = bundles.filter((b) => hasExpired(b.validUntil, today)).map((b) => b.name);
  const valid = bundles.filter((b) => !hasExpired(b.validUntil, today));
  const owners = valid.filter((b) => b.forOwnersOf.length > 0 && b.forOwnersOf.every((id) => owned.has(id)));
  const covered = new Set(owners.flatMap((b) => b.forOwnersOf));
  const complete = valid.filter(
    (b) => b.forOwnersOf.length === 0 && !b.partial && !b.items.some((item) => covered.has(item.product)),
  );
  const partial = valid.filter((b) => b.forOwnersOf.length === 0 && b.partial && b.items.some((item) => owned.has(item.product)));
  const shown = [...owners, ...complete, ...partial];
  const ownedAgain = [...new Set(shown.flatMap((b) => b.items.map((item) => item.product)).filter((id) => owned.has(id)))];
  return { shown, expired, ownedAgain };
}

export interface Brief {
  concept: BriefConcept;
  /** Arguments for the people at the table first; `forTable` marks them. */
  arguments: (BriefArgument & { forTable: boolean })[];
  /** Objections tagged with the competitor or the people at the table first. */
  objections: (BriefObjection & { forTable: boolean; aboutCompetitor: boolean })[];
  offers: BriefOffers;
  /** Questions for the people at the table first, the value-model questions among them. */
  questions: (BriefQuestion & { forTable: boolean })[];
  /** Proof points from the customer's industry first. */
  proofPoints: BriefProofPoint[];
  competitor?: BriefCompetitor | undefined;
  /** Claims the customer hand-out leaves out because no public proof point backs them. */
  handoutLeavesOut: string[];
}

/** Orders items whose `first` is true before the others, keeping the authoring order otherwise. */
function firstWhere<T>(items: readonly T[], first: (item: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i, rank: first(item) }))
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .map(({ item }) => item);
}

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function assembleBrief(
  concept: BriefConcept,
  selection: BriefSelection,
  competitor: BriefCompetitor | undefined,
  today: string,
): Brief {
  const atTable = (personas: readonly string[]) => personas.some((id) => selection.personas.includes(id));
  const args = firstWhere(
    concept.arguments.map((a) => ({ ...a, forTable: atTable(a.personas) })),
    (a) => Number(a.forTable),
  );
  const objections = firstWhere(
    concept.objections.map((o) => ({
      ...o,
      forTable: atTable(o.personas),
      aboutCompetitor: !!selection.competitor && o.competitor === selection.competitor,
    })),
    (o) => 2 * Number(o.aboutCompetitor) + Number(o.forTable),
  );
  // A value-model question that repeats a discovery question (same words) is asked once.
  const seen = new Set<string>();
  const questions = concept.questions.filter((q) => {
    const key = normalise(q.question);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    concept,
    arguments: args,
    objections,
    offers: selectOffers(concept.bundles, selection.owns, today),
    questions: firstWhere(
      questions.map((q) => ({ ...q, forTable: atTable(q.personas) })),
      (q) => Number(q.forTable),
    ),
    proofPoints: firstWhere(concept.proofPoints, (p) => Number(!!selection.industry && p.industry === selection.industry)),
    competitor: competitor && selection.competitor === competitor.id ? competitor : undefined,
    handoutLeavesOut: concept.arguments.filter((a) => !a.publicProof).map((a) => a.claim),
  };
}

/** What the printed page keeps: three arguments, three objections, one offer, five questions. */
export const printLimits = { arguments: 3, objections: 3, offers: 1, questions: 5 } as const;

/**
 * The pages "save for offline" keeps with a brief, besides the brief itself: the concept's page
 * (with its calculator), the card of every objection the brief lists, and the battlecard of the
 * competitor in the deal — each a link of the brief, so each works offline from it.
 */
export function briefOfflinePages(brief: Brief): string[] {
  return [brief.concept.href, ...brief.objections.map((o) => o.href), ...(brief.competitor ? [brief.competitor.href] : [])];
}
