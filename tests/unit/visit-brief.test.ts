import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/checker/load-content.ts';
import { readContentFiles } from '../../src/checker/read-content.ts';
import { briefCompetitorFile, briefConceptFile, briefShards, handoutFile, isBriefConcept } from '../../src/lib/brief-data.ts';
import { briefText } from '../../src/lib/brief-text.ts';
import { handoutKeys, handoutText, handoutView } from '../../src/lib/handout-view.ts';
import { t } from '../../src/lib/i18n.ts';
import { playbookConfig } from '../../src/lib/playbook-config.ts';
import { buildSiteIndex, type SiteContent } from '../../src/lib/site-index.ts';
import { isTranslation } from '../../src/lib/translations.ts';
import { urlsFor } from '../../src/lib/urls.ts';
import { collectionNames } from '../../src/schemas/common.ts';
import {
  assembleBrief,
  briefOfflinePages,
  rankConcepts,
  selectOffers,
  type BriefBundle,
  type BriefCandidate,
  type BriefSelection,
} from '../../src/lib/visit-brief.ts';

const { content } = loadContent(readContentFiles('content'));
// The sample's originals (translations in nl/ get their own language's files).
const originals = <T extends { id: string }>(entries: readonly T[]) => entries.filter((entry) => !isTranslation(entry, playbookConfig.locales));
const index = buildSiteIndex({
  ...Object.fromEntries(collectionNames.map((name) => [name, originals((content as unknown as Record<string, { id: string }[]>)[name] ?? [])])),
  concepts: originals(content.concepts).filter((c) => c.data.status !== 'draft'),
} as unknown as SiteContent);
const products = (id: string) => index.productById.get(id)?.data;
const today = '2026-12-01';
const buildDay = new Date('2026-12-01T00:00:00Z');
const shards = briefShards(index.concepts);
const conceptFile = (id: string) => briefConceptFile(index.conceptById.get(id)!, products, urlsFor('en'), 'en', 'en', buildDay);
const qualis = briefCompetitorFile(index.competitorById.get('qualis-spc-cloud')!, urlsFor('en'), 'en');
const handoutTexts = (lang: string) => Object.fromEntries(handoutKeys.map((key) => [key, t(key, lang)])) as Record<(typeof handoutKeys)[number], string>;
const selection = (fields: Partial<BriefSelection>): BriefSelection => ({ personas: [], owns: [], ...fields });

describe('the visit brief on the sample', () => {
  const visit = selection({
    industry: 'food-and-beverage',
    personas: ['plant-manager', 'purchasing-manager'],
    competitor: 'qualis-spc-cloud',
  });

  it('puts Fill to the line first for a food-and-beverage visit, with the reasons', () => {
    const ranked = rankConcepts(shards.get('food-and-beverage') ?? [], visit);
    expect(ranked[0]?.candidate.id).toBe('fill-to-the-line');
    expect(ranked[0]?.reasons.map((r) => r.kind)).toEqual(['industry', 'competitor', 'personas']);
  });

  it('brings persona-tagged arguments first, the Qualis objection first, one priced offer and the landmines', () => {
    const brief = assembleBrief(conceptFile('fill-to-the-line'), visit, qualis, today);
    const tagged = brief.arguments.map((a) => a.forTable);
    expect(tagged.indexOf(false)).toBeGreaterThan(0);
    expect(tagged.slice(tagged.indexOf(false))).not.toContain(true);
    expect(brief.arguments[0]?.personas.some((p) => visit.personas.includes(p))).toBe(true);
    expect(brief.objections[0]?.id).toBe('qualis-does-weights');
    expect(brief.objections[0]?.href).toBe('/objections/fill-to-the-line/qualis-does-weights/');
    expect(brief.offers.shown.map((o) => o.id)).toEqual(['give-away-control']);
    expect(brief.offers.shown[0]?.priceLines).toEqual(['€38,900', '€7,200 / year']);
    expect(brief.offers.shown[0]?.negotiation?.floorPrice).toBe('€54,000');
    expect(brief.competitor?.landmines).toContain('What happens at the stations when the internet connection drops for an hour?');
    // The pilot concept says who may offer it.
    expect(brief.concept.pilotScope).toContain('One German dairy account');
    // Value-model questions are among the discovery questions.
    expect(brief.questions.some((q) => q.input === 'cost-per-gram')).toBe(true);
  });

  it('offers an LM-400 owner the owners’ bundle, never the device again', () => {
    const owner = selection({ industry: 'automotive-suppliers', owns: ['lm-400'] });
    const ranked = rankConcepts(shards.get('automotive-suppliers') ?? [], owner);
    expect(ranked[0]?.candidate.id).toBe('scrap-to-savings');
    expect(ranked[0]?.reasons).toContainEqual({ kind: 'owners', ids: ['lm-400'] });
    const brief = assembleBrief(conceptFile('scrap-to-savings'), owner, undefined, today);
    expect(brief.offers.shown.map((o) => o.id)).toEqual(['processlens-for-lm-400-owners']);
    expect(brief.offers.shown.flatMap((o) => o.items.map((i) => i.product))).not.toContain('lm-400');
    expect(brief.offers.ownedAgain).toEqual([]);
    // Without the gauges, the owners' bundle is not offered.
    const newCustomer = assembleBrief(conceptFile('scrap-to-savings'), selection({ industry: 'automotive-suppliers' }), undefined, today);
    expect(newCustomer.offers.shown.map((o) => o.id)).not.toContain('processlens-for-lm-400-owners');
    expect(newCustomer.offers.shown.length).toBeGreaterThan(0);
  });

  it('says which claims the hand-out leaves out for want of a public proof point', () => {
    const brief = assembleBrief(conceptFile('fill-to-the-line'), visit, qualis, today);
    // Its only proof point (the dairy) is not public: every claim is left out of the hand-out.
    expect(brief.handoutLeavesOut).toHaveLength(brief.concept.arguments.length);
  });

  it('saves for offline the concept page, every objection card it lists and the battlecard', () => {
    const brief = assembleBrief(conceptFile('fill-to-the-line'), visit, qualis, today);
    expect(briefOfflinePages(brief)).toEqual([
      '/concepts/fill-to-the-line/',
      ...brief.objections.map((o) => `/objections/fill-to-the-line/${o.id}/`),
      '/competitors/qualis-spc-cloud/',
    ]);
    expect(brief.objections.length).toBe(brief.concept.objections.length);
    // Without a competitor in the deal, no battlecard.
    const alone = assembleBrief(conceptFile('fill-to-the-line'), selection({ industry: 'food-and-beverage' }), undefined, today);
    expect(briefOfflinePages(alone).filter((url) => url.startsWith('/competitors/'))).toEqual([]);
  });

  it('writes the brief as an internal CRM note', () => {
    const brief = assembleBrief(conceptFile('fill-to-the-line'), visit, qualis, today);
    const text = briefText(brief, { say: (key) => t(key, 'en'), lang: 'en', customer: 'Acme', selectionLabel: 'Food and beverage', ranked: [], paybacks: { 'give-away-control': 'Pays back in 9.3 months' } });
    expect(text.split('\n')[0]).toBe('INTERNAL — not for the customer');
    expect(text).toContain('Visit brief: Acme');
    expect(text).toContain('Pays back in 9.3 months');
    expect(text).toContain('Max. discount without approval 5\u00a0%');
    const dutch = briefText(brief, { say: (key) => t(key, 'nl'), lang: 'nl', customer: 'Acme', selectionLabel: 'Voeding', ranked: [], paybacks: {} });
    expect(dutch).toContain(`${t('bundle.maxDiscount', 'nl')} 5\u00a0%;`);
  });
});

describe('the language of brief data', () => {
  it('names a candidate’s language only where it is not the page’s, in the industry files and the concept file', () => {
    const dutchPage = (id: string) => (id === 'scrap-to-savings' ? undefined : 'en');
    const candidates = briefShards(index.concepts, dutchPage).get('automotive-suppliers') ?? [];
    expect(candidates.find((c) => c.id === 'scrap-to-savings')).not.toHaveProperty('lang');
    expect(candidates.find((c) => c.id === 'audit-ready-gauges')?.lang).toBe('en');
    expect(shards.get('automotive-suppliers')?.every((c) => !('lang' in c))).toBe(true);
    const concept = index.conceptById.get('audit-ready-gauges')!;
    expect(briefConceptFile(concept, products, urlsFor('nl'), 'nl', 'en', buildDay).candidate.lang).toBe('en');
    expect(briefConceptFile(concept, products, urlsFor('en'), 'en', 'en', buildDay).candidate).not.toHaveProperty('lang');
  });
});

describe('rankConcepts', () => {
  const row = (id: string, fields: Partial<BriefCandidate> = {}): BriefCandidate => ({
    id,
    title: id,
    status: 'live',
    industries: ['food'],
    personas: [],
    competitors: [],
    products: [],
    ownersOf: [],
    ...fields,
  });

  it('never lists draft or retired concepts, whatever the data says', () => {
    const rows = [row('a'), row('b', { status: 'draft' as 'live' }), row('c', { status: 'retired' as 'live' })];
    expect(rankConcepts(rows, selection({ industry: 'food' })).map((r) => r.candidate.id)).toEqual(['a']);
  });

  it('puts live before pilot, then the better match, then the title', () => {
    const rows = [row('pilot-strong', { status: 'pilot', personas: ['p'], competitors: ['c'] }), row('z-live'), row('a-live')];
    const ranked = rankConcepts(rows, selection({ industry: 'food', personas: ['p'], competitor: 'c' }));
    expect(ranked.map((r) => r.candidate.id)).toEqual(['a-live', 'z-live', 'pilot-strong']);
    const scored = rankConcepts([row('x'), row('y', { personas: ['p'] })], selection({ industry: 'food', personas: ['p'] }));
    expect(scored.map((r) => r.candidate.id)).toEqual(['y', 'x']);
  });

  it('ranks an owners’ offer above a mere product match, and the chosen concept first', () => {
    const rows = [row('sells', { products: ['gauge'] }), row('owners', { ownersOf: ['gauge'], products: ['software'] }), row('other', { industries: ['cars'] })];
    const ranked = rankConcepts(rows, selection({ industry: 'food', owns: ['gauge'] }));
    expect(ranked.map((r) => r.candidate.id)).toEqual(['owners', 'sells']);
    expect(ranked[1]?.reasons).toContainEqual({ kind: 'completes', ids: ['gauge'] });
    expect(rankConcepts(rows, selection({ industry: 'food', concept: 'other' }))[0]?.candidate.id).toBe('other');
  });

  it('gives nothing for an empty shard', () => {
    expect(rankConcepts([], selection({ industry: 'food' }))).toEqual([]);
  });
});

describe('selectOffers', () => {
  const bundle = (id: string, fields: Partial<BriefBundle> = {}): BriefBundle => ({
    id,
    name: id,
    pitch: '',
    items: [{ product: 'device', name: 'Device', quantity: 1 }, { product: 'software', name: 'Software', quantity: 1 }],
    priceLines: [],
    total: '',
    parts: '',
    savingsPercent: '0',
    forOwnersOf: [],
    ...fields,
  });

  it('leaves out an offer that ended before the reader’s date, even if it was valid at build time', () => {
    const offers = selectOffers([bundle('old', { validUntil: '2026-11-30' }), bundle('current', { validUntil: '2026-12-01' })], [], '2026-12-01');
    expect(offers.shown.map((o) => o.id)).toEqual(['current']);
    expect(offers.expired).toEqual(['old']);
  });

  it('says when an owner would buy a product again because no owners’ offer exists', () => {
    const offers = selectOffers([bundle('whole')], ['device'], today);
    expect(offers.shown.map((o) => o.id)).toEqual(['whole']);
    expect(offers.ownedAgain).toEqual(['device']);
  });

  it('offers partial bundles (refills) only to owners', () => {
    const refill = bundle('refill', { partial: 'refill', items: [{ product: 'tips', name: 'Tips', quantity: 10 }] });
    expect(selectOffers([refill], [], today).shown).toEqual([]);
    expect(selectOffers([refill], ['tips'], today).shown.map((o) => o.id)).toEqual(['refill']);
  });
});

describe('the customer hand-out data', () => {
  const internalTexts = index.concepts.flatMap((c) => [
    ...c.data.objections.flatMap((o) => [o.objection, o.concern, o.response, o.followUp]),
    ...c.data.bundles.flatMap((b) => (b.negotiation ? [b.negotiation.approver, String(b.negotiation.floorPrice ?? ''), ...b.negotiation.trades.map((t) => t.give)] : [])),
    ...c.data.proofPoints.filter((p) => !p.public).map((p) => p.customer),
  ]).filter((text) => text.length > 3);

  it('holds no objection text, negotiation figure or non-public customer, for any concept', () => {
    for (const concept of index.concepts.filter(isBriefConcept)) {
      const json = JSON.stringify(handoutFile(concept, products, 'en'));
      for (const text of internalTexts) expect(json, `${concept.id}: ${text}`).not.toContain(text);
    }
  });

  it('footnotes each claim with its public proof point, and works out the payback from the brief’s figures', () => {
    const file = JSON.parse(JSON.stringify(handoutFile(index.conceptById.get('scrap-to-savings')!, products, 'en')));
    const typical = { 'scrap-parts': '12000', 'scrap-cost-per-part': '11.8', 'scrap-reduction': '25', 'stops-per-year': '30', 'hours-per-stop': '2', 'cost-per-hour': '720', 'stop-reduction': '35' };
    const view = handoutView(file, { offer: 'processlens-for-lm-400-owners', customer: '<b>x</b>', inputs: { 'scrap-parts': '20000' }, typical }, 'en', handoutTexts('en'), 'https://playbook.example/');
    expect(view.claims.length).toBeGreaterThan(0);
    expect(view.notes.map((n) => n.customer)).toEqual(['Hollmann Präzisionsteile GmbH']);
    expect(view.claims.every((c) => c.note === 1)).toBe(true);
    expect(view.offer?.priceLines).toEqual(['€33,900', '€5,400 / year']);
    expect(view.payback?.figures.find((f) => f.label.startsWith('Scrapped parts'))).toEqual({ label: 'Scrapped parts per year on this line', value: '20,000 parts', source: 'yours' });
    expect(view.payback?.text).toMatch(/^Pays back in [\d.]+ months$/);
    expect(view.preparedFor).toBe('Prepared for <b>x</b>');
    const text = handoutText(view, handoutTexts('en'));
    expect(text).toContain('Prices excl. VAT.');
    expect(text).toContain('This is not a binding quotation.');
    expect(text).toContain('Valid until 31 Mar 2027.');
    expect(text).toContain('https://playbook.example/assets/');
    // A private playbook's links would not open for the customer: the documents are attached.
    const privateText = handoutText(view, handoutTexts('en'), false);
    expect(privateText).not.toContain('https://playbook.example/');
    expect(privateText).toMatch(/^- ProcessLens data sheet \(attached\)$/m);
  });

  it('writes every digit of a figure, in the hand-out’s language', () => {
    const file = JSON.parse(JSON.stringify(handoutFile(index.conceptById.get('fill-to-the-line')!, products, 'en')));
    const typical = { 'packs-per-year': '24000000', 'grams-saved-per-pack': '1.5', 'cost-per-gram': '0.0011', 'lot-holds-per-year': '6', 'cost-per-hold': '3500', 'hold-reduction': '50' };
    const figure = (lang: 'en' | 'nl', label: string) =>
      handoutView(file, { offer: 'give-away-control', customer: '', inputs: {}, typical }, lang, handoutTexts(lang)).payback?.figures.find((f) => f.label === label)?.value;
    // Rounded to two decimals, a cost of 0.0011 per gram would read as 0.
    expect(figure('en', 'Product cost per gram')).toBe('0.0011 EUR');
    expect(figure('nl', 'Product cost per gram')).toBe('0,0011 EUR');
    expect(figure('nl', 'Packs filled per year')).toBe('24.000.000 packs');
  });

  it('is written in the hand-out’s language only', () => {
    const file = JSON.parse(JSON.stringify(handoutFile(index.conceptById.get('scrap-to-savings')!, products, 'en')));
    const view = handoutView(file, { offer: 'measure-and-improve', customer: 'Acme', inputs: {}, typical: {} }, 'nl', handoutTexts('nl'));
    const text = handoutText(view, handoutTexts('nl'));
    expect(text).toContain('Opgesteld voor Acme');
    expect(text).toContain('Prijzen excl. btw.');
    expect(text).not.toMatch(/Prepared for|Prices excl|not a binding/);
  });
});
