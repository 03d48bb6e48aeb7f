/**
 * The data the visit brief loads, built once per build and language and split so that one
 * brief loads only what it needs: the candidates of one industry (a shard of match keys, no
 * text but titles), the chosen concept, the competitor in the deal, and — for the customer
 * hand-out, in its own folder — the customer-safe copy of that concept, made only by
 * src/schemas/customer-safe.ts. Pure over the site index; src/pages/brief-data/ writes the files.
 */
import type { Concept } from '../schemas/concepts.ts';
import type { Competitor } from '../schemas/competitors.ts';
import type { Product } from '../schemas/products.ts';
import { customerSafeClaims, customerSafeCopy } from '../schemas/customer-safe.ts';
import { bundleView } from './bundle-view.ts';
import type { Entry } from './entries.ts';
import { isoDate } from './format.ts';
import { splitExample } from './proof-figures.ts';
import type { Lang } from './i18n.ts';
import { openingLine } from './objection-opening.ts';
import { conceptCompetitorIds, conceptPersonaIds, type ConceptEntry } from './site-index.ts';
import type { SiteUrls } from './urls.ts';
import { calculatorOffers, type CalculatorOffer } from './value-calculator.ts';
import { hasExpired, type BriefCandidate, type BriefCompetitor, type BriefConcept } from './visit-brief.ts';
import type { ValueModel } from '../schemas/concepts.ts';

/** The file paths of the brief data, under the site's `/brief-data/`. */
export const briefDataPaths = {
  industry: (lang: string, id: string) => `${lang}/industry/${id}.json`,
  concept: (lang: string, id: string) => `${lang}/concept/${id}.json`,
  competitor: (lang: string, id: string) => `${lang}/competitor/${id}.json`,
  handout: (lang: string, id: string) => `handout/${lang}/${id}.json`,
};

/** A concept the brief may offer: live or pilot (drafts, even in previews, and retired ones never). */
export function isBriefConcept(concept: ConceptEntry): boolean {
  return concept.data.status === 'live' || concept.data.status === 'pilot';
}

/** `lang`: the concept's language, when it is not the page's. */
export function briefCandidate(concept: ConceptEntry, lang?: string): BriefCandidate {
  const data = concept.data;
  const inBundles = data.bundles.flatMap((b) => b.items.map((item) => item.product.id));
  return {
    id: concept.id,
    title: data.title,
    status: data.status === 'live' ? 'live' : 'pilot',
    industries: data.industries.map((i) => i.id),
    personas: conceptPersonaIds(concept),
    competitors: conceptCompetitorIds(concept),
    products: [...new Set([...data.products.map((p) => p.id), ...inBundles])],
    ownersOf: [...new Set(data.bundles.flatMap((b) => (b.forOwnersOf ?? []).map((ref) => ref.id)))],
    ...(lang ? { lang } : {}),
  };
}

/**
 * industry id → the candidates for it, in the index's order (live first); `otherLang` gives a
 * concept's language where it is not the page's.
 */
export function briefShards(concepts: readonly ConceptEntry[], otherLang: (id: string) => string | undefined = () => undefined): Map<string, BriefCandidate[]> {
  const shards = new Map<string, BriefCandidate[]>();
  for (const concept of concepts.filter(isBriefConcept)) {
    const candidate = briefCandidate(concept, otherLang(concept.id));
    for (const industry of candidate.industries) {
      const list = shards.get(industry) ?? [];
      list.push(candidate);
      shards.set(industry, list);
    }
  }
  return shards;
}

/** The brief's file of one concept, with the calculator's model and offers. */
export interface BriefConceptFile extends BriefConcept {
  lang: string;
  valueModel?: ValueModel | undefined;
  calculatorOffers: CalculatorOffer[];
}

type ProductLookup = (id: string) => Product | undefined;

/** Everything the brief shows of a concept (internal). Offers that ended before `today` are left out. */
export function briefConceptFile(
  concept: ConceptEntry,
  products: ProductLookup,
  urls: SiteUrls,
  lang: Lang,
  contentLang: string,
  today: Date,
): BriefConceptFile {
  const data: Concept = concept.data;
  const proofById = new Map(data.proofPoints.map((p) => [p.id, p]));
  const publicProof = new Set(customerSafeClaims(data).claims.map((c) => c.id));
  const bundles = data.bundles.filter((b) => !hasExpired(b.validUntil && isoDate(b.validUntil), isoDate(today)));
  return {
    candidate: briefCandidate(concept, contentLang !== lang ? contentLang : undefined),
    lang: contentLang,
    tagline: data.tagline,
    summary: data.summary,
    href: urls.concept(concept.id),
    pilotScope: data.status === 'pilot' ? (data.pilot?.scope ?? []) : [],
    arguments: data.arguments.map((a) => ({
      id: a.id,
      claim: a.claim,
      proof: a.proof ?? (a.proofPoint ? proofById.get(a.proofPoint)?.result : undefined) ?? a.source ?? '',
      benefit: a.benefit,
      personas: a.personas.map((p) => p.id),
      publicProof: publicProof.has(a.id),
    })),
    objections: data.objections.map((o) => ({
      id: o.id,
      objection: o.objection,
      category: o.category,
      concern: o.concern,
      response: o.response,
      opening: openingLine(o),
      followUp: o.followUp,
      personas: o.personas.map((p) => p.id),
      competitor: o.competitor?.id,
      href: urls.objection(concept.id, o.id),
    })),
    bundles: bundles.map((b) => {
      const view = bundleView(b, products, data.valueModel, lang);
      return {
        id: b.id,
        name: b.name,
        pitch: b.pitch,
        items: b.items.map((item) => ({
          product: item.product.id,
          name: products(item.product.id)?.name ?? item.product.id,
          quantity: item.quantity,
        })),
        priceLines: view.priceLines,
        termMonths: b.termMonths,
        total: view.total,
        parts: view.parts,
        savings: view.savings,
        savingsPercent: view.savingsPercent,
        validUntil: b.validUntil && isoDate(b.validUntil),
        forOwnersOf: (b.forOwnersOf ?? []).map((ref) => ref.id),
        partial: b.partial,
        negotiation: b.negotiation && {
          maxDiscountWithoutApproval: b.negotiation.maxDiscountWithoutApproval,
          approver: b.negotiation.approver,
          floorPrice: view.floorPrice,
          trades: b.negotiation.trades.map((trade) => ({ give: trade.give, get: trade.get })),
        },
      };
    }),
    questions: [
      ...data.discoveryQuestions.map((q) => ({
        id: q.id,
        question: q.question,
        purpose: q.purpose,
        personas: q.personas.map((p) => p.id),
      })),
      ...(data.valueModel?.drivers ?? []).flatMap((driver) =>
        driver.inputs.flatMap((input) =>
          input.question ? [{ id: `value-${input.id}`, question: input.question, purpose: input.label, personas: [], input: input.id }] : [],
        ),
      ),
    ],
    proofPoints: data.proofPoints.map((p) => ({
      id: p.id,
      customer: p.customer,
      industry: p.industry.id,
      result: p.result,
      quote: p.quote,
      public: p.public,
    })),
    valueModel: data.valueModel,
    calculatorOffers: data.valueModel ? calculatorOffers(bundles, data.valueModel) : [],
  };
}

export function briefCompetitorFile(competitor: Entry<Competitor>, urls: SiteUrls, contentLang: string): BriefCompetitor {
  return {
    id: competitor.id,
    name: competitor.data.name,
    href: urls.competitor(competitor.id),
    landmines: competitor.data.landmines,
    weWinWhen: competitor.data.weWinWhen,
    lang: contentLang,
  };
}

/**
 * The customer hand-out's data of one concept: nothing but the customer-safe copy of the concept
 * and of the products its offers hold, and the claims that a public proof point footnotes (a
 * benefit's worked example apart from what it says).
 */
export function handoutFile(concept: ConceptEntry, products: ProductLookup, contentLang: string) {
  const copy = customerSafeCopy('concepts', concept.data);
  delete copy.arguments;
  const productIds = [...new Set(concept.data.bundles.flatMap((b) => b.items.map((item) => item.product.id)))];
  return {
    lang: contentLang,
    concept: copy,
    // A benefit's worked example comes apart, for the hand-out to label as an example.
    claims: customerSafeClaims(concept.data).claims.map(({ benefit, ...claim }) => {
      const { text, example } = splitExample(benefit, contentLang);
      return { ...claim, benefit: text, ...(example === undefined ? {} : { example }) };
    }),
    products: Object.fromEntries(
      productIds.flatMap((id) => {
        const product = products(id);
        return product ? [[id, customerSafeCopy('products', product)]] : [];
      }),
    ),
  };
}
export type HandoutFile = ReturnType<typeof handoutFile>;
