/**
 * What the product, objection-card and competitor pages decide, out of their templates:
 * pure builders over the site index, tested in tests/unit/entity-pages.test.ts.
 */
import type { Bundle } from '../schemas/concepts.ts';
import { buildDate } from './build-info.ts';
import { bundleView, type BundleView } from './bundle-view.ts';
import { playbookConfig } from './playbook-config.ts';
import { isStale } from './review.ts';
import { isActiveConcept, type ConceptEntry, type ObjectionRef, type SiteIndex } from './site-index.ts';
import type { Lang } from './i18n.ts';
import { urlsFor } from './urls.ts';

export interface SellItAs {
  concept: ConceptEntry;
  bundles: { bundle: Bundle; view: BundleView }[];
}

/**
 * "Sell it as": the active concepts that sell a product (the first `limit` of them), each with
 * its bundles that contain it.
 */
export function sellItAs(index: SiteIndex, productId: string, lang: string, limit = Infinity): SellItAs[] {
  const concepts = (index.conceptsByProduct.get(productId) ?? []).filter(isActiveConcept).slice(0, limit);
  const bundles = (index.bundlesByProduct.get(productId) ?? []).filter((ref) => isActiveConcept(ref.concept));
  const lookup = (id: string) => index.productById.get(id)?.data;
  return concepts.map((concept) => ({
    concept,
    bundles: bundles
      .filter((ref) => ref.concept === concept)
      .map((ref) => ({ bundle: ref.bundle, view: bundleView(ref.bundle, lookup, concept.data.valueModel, lang) })),
  }));
}

/** The objection card: links to its personas, its competitor, and its search facets. */
export function objectionCardView({ concept, objection }: ObjectionRef, index: SiteIndex, lang: Lang) {
  const routes = urlsFor(lang);
  return {
    isDraft: concept.data.status === 'draft',
    personas: objection.personas.flatMap((p) => {
      const entry = index.personaById.get(p.id);
      return entry ? [{ href: routes.persona(p.id), label: entry.data.name }] : [];
    }),
    competitor: objection.competitor ? index.competitorById.get(objection.competitor.id) : undefined,
    filters: {
      category: objection.category,
      concept: concept.id,
      competitor: objection.competitor?.id,
      persona: objection.personas.map((p) => p.id),
      industry: concept.data.industries.map((i) => i.id),
      status: concept.data.status,
    },
  };
}

/**
 * The battlecard: the objections of active concepts that name the competitor, and whether the
 * card is older than the configured limit on the build day.
 */
export function competitorPageView(
  index: SiteIndex,
  competitor: { id: string; data: { asOf: Date } },
  today: Date = buildDate,
  staleDays: number = playbookConfig.staleCompetitorDays,
): { objections: ObjectionRef[]; stale: boolean } {
  return {
    objections: (index.objectionsByCompetitor.get(competitor.id) ?? []).filter((ref) => isActiveConcept(ref.concept)),
    stale: isStale(competitor.data.asOf, staleDays, today),
  };
}
