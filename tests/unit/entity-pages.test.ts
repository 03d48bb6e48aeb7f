import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/checker/load-content.ts';
import { readContentFiles } from '../../src/checker/read-content.ts';
import { competitorPageView, objectionCardView, sellItAs } from '../../src/lib/entity-pages.ts';
import { buildSiteIndex, type SiteContent } from '../../src/lib/site-index.ts';

const { content } = loadContent(readContentFiles('content'));
const index = buildSiteIndex(content as unknown as SiteContent);

describe('product page: sell it as', () => {
  it('lists the active concepts selling LM-400 with only the bundles that contain it', () => {
    const offers = sellItAs(index, 'lm-400', 'en');
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.every(({ concept }) => concept.data.status !== 'retired')).toBe(true);
    const flagship = offers.find(({ concept }) => concept.id === 'scrap-to-savings')!;
    // The owners' bundle leaves the gauge out (they own it), so it is not listed under LM-400.
    expect(flagship.bundles.map(({ bundle }) => bundle.id)).toEqual(['measure-and-improve', 'measure-and-improve-monthly']);
    expect(sellItAs(index, 'processlens', 'en').find(({ concept }) => concept.id === 'scrap-to-savings')!.bundles.map(({ bundle }) => bundle.id)).toContain(
      'processlens-for-lm-400-owners',
    );
    expect(flagship.bundles[0]!.view.priceLines.length).toBeGreaterThan(0);
  });
});

describe('objection card', () => {
  it('links the known personas and carries the search facets', () => {
    const ref = index.objections.find((r) => r.objection.personas.length > 0 && r.objection.competitor)!;
    const view = objectionCardView(ref, index, 'en');
    expect(view.personas.map((p) => p.href)).toEqual(ref.objection.personas.map((p) => `/personas/${p.id}/`));
    expect(view.competitor?.id).toBe(ref.objection.competitor!.id);
    expect(view.filters).toMatchObject({ category: ref.objection.category, concept: ref.concept.id, status: ref.concept.data.status });
    expect(view.isDraft).toBe(false);
  });
});

describe('battlecard', () => {
  it('is stale the day after the limit, with the objections that name the competitor', () => {
    const competitor = index.competitorById.get('vantor-instruments')!;
    const asOf = competitor.data.asOf.getTime();
    const day = 86_400_000;
    expect(competitorPageView(index, competitor, new Date(asOf + 90 * day), 90).stale).toBe(false);
    expect(competitorPageView(index, competitor, new Date(asOf + 91 * day), 90).stale).toBe(true);
    const { objections } = competitorPageView(index, competitor);
    expect(objections.length).toBeGreaterThan(0);
    expect(objections.every((r) => r.objection.competitor?.id === 'vantor-instruments')).toBe(true);
  });
});
