import { describe, expect, it } from 'vitest';
import { conceptSchema, plainRef, type Concept } from '../../src/schemas/index.ts';
import {
  buildSiteIndex,
  compareConcepts,
  conceptPersonaIds,
  flattenObjections,
  groupBy,
  indexProducts,
  recentChanges,
  type ConceptEntry,
} from '../../src/lib/site-index.ts';

const schema = conceptSchema(plainRef);

/** A valid concept from a few fields; everything else takes the schema's defaults. */
function concept(id: string, fields: Record<string, unknown> = {}): ConceptEntry {
  const data: Concept = schema.parse({
    title: id.replace(/-/g, ' '),
    tagline: 't',
    summary: 's',
    problem: 'p',
    outcome: 'o',
    status: 'live',
    owner: 'Anna',
    lastReviewed: '2026-01-01',
    ...fields,
  });
  return { id, data };
}

const objection = (id: string, category: string, extra: Record<string, unknown> = {}) => ({
  id,
  objection: `Objection ${id}`,
  category,
  concern: 'c',
  response: 'r',
  followUp: 'f',
  ...extra,
});

const bundle = (id: string, products: string[]) => ({
  id,
  name: `Bundle ${id}`,
  items: products.map((product) => ({ product })),
  price: [{ amount: 100, per: 'once' }],
  pitch: 'one offer',
});

describe('indexProducts', () => {
  it('maps a product to every concept that lists it or bundles it, and to its bundles', () => {
    const a = concept('alpha', { products: ['gauge', 'software'], bundles: [bundle('a1', ['gauge', 'software'])] });
    const b = concept('beta', { products: ['service'], bundles: [bundle('b1', ['gauge', 'service'])] });
    const c = concept('gamma', { products: ['software'] });
    const { conceptsByProduct, bundlesByProduct } = indexProducts([c, b, a]);

    expect(conceptsByProduct.get('gauge')?.map((x) => x.id)).toEqual(['alpha', 'beta']);
    expect(conceptsByProduct.get('software')?.map((x) => x.id)).toEqual(['alpha', 'gamma']);
    expect(bundlesByProduct.get('gauge')?.map((x) => x.bundle.id)).toEqual(['a1', 'b1']);
    expect(bundlesByProduct.get('software')?.map((x) => `${x.concept.id}/${x.bundle.id}`)).toEqual(['alpha/a1']);
    expect(bundlesByProduct.has('nothing')).toBe(false);
  });

  it('lists a concept once even when a product appears in several of its bundles', () => {
    const a = concept('alpha', { bundles: [bundle('a1', ['gauge']), bundle('a2', ['gauge'])] });
    const { conceptsByProduct, bundlesByProduct } = indexProducts([a]);
    expect(conceptsByProduct.get('gauge')).toHaveLength(1);
    expect(bundlesByProduct.get('gauge')).toHaveLength(2);
  });
});

describe('compareConcepts', () => {
  it('orders live, pilot, draft, retired, then by title', () => {
    const list = [
      concept('zulu', { status: 'retired' }),
      concept('bravo', { status: 'pilot' }),
      concept('alpha', { status: 'pilot' }),
      concept('yankee', { status: 'live' }),
      concept('delta', { status: 'draft' }),
    ].sort(compareConcepts);
    expect(list.map((c) => c.id)).toEqual(['yankee', 'alpha', 'bravo', 'delta', 'zulu']);
  });
});

describe('conceptPersonaIds', () => {
  it('joins the concept personas with those on arguments, objections and questions, once each', () => {
    const c = concept('alpha', {
      personas: ['buyer'],
      arguments: [{ claim: 'c', benefit: 'b', proof: '5 %', personas: ['engineer', 'buyer'] }],
      objections: [objection('o', 'price', { personas: ['controller'] })],
      discoveryQuestions: [{ question: 'q?', personas: ['engineer'] }],
    });
    expect(conceptPersonaIds(c)).toEqual(['buyer', 'engineer', 'controller']);
  });
});

describe('flattenObjections', () => {
  it('sorts by category in schema order, then concept title, then authoring order', () => {
    const b = concept('beta', { objections: [objection('b-need', 'need'), objection('b-price', 'price')] });
    const a = concept('alpha', {
      objections: [objection('a-timing', 'timing'), objection('a-price-2', 'price'), objection('a-price-1', 'price')],
    });
    expect(flattenObjections([b, a]).map((o) => o.objection.id)).toEqual([
      'a-price-2',
      'a-price-1',
      'b-price',
      'a-timing',
      'b-need',
    ]);
  });
});

describe('recentChanges', () => {
  it('lists every change newest first, limited', () => {
    const a = concept('alpha', {
      changes: [
        { date: '2026-05-01', kind: 'revised', summary: 'a2' },
        { date: '2026-01-01', kind: 'added', summary: 'a1' },
      ],
    });
    const b = concept('beta', { changes: [{ date: '2026-03-01', kind: 'added', summary: 'b1' }] });
    expect(recentChanges([a, b]).map((c) => c.change.summary)).toEqual(['a2', 'b1', 'a1']);
    expect(recentChanges([a, b], 2).map((c) => c.change.summary)).toEqual(['a2', 'b1']);
    // A page in another language can show another history (a translation's with its original's).
    expect(recentChanges([a, b], Infinity, (c) => (c.id === 'beta' ? [] : c.data.changes)).map((c) => c.change.summary)).toEqual(['a2', 'a1']);
  });
});

describe('groupBy', () => {
  it('keeps the order of first appearance', () => {
    const groups = groupBy(['b1', 'a1', 'b2'], (s) => s.charAt(0));
    expect([...groups]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1']],
    ]);
  });
});

describe('buildSiteIndex', () => {
  it('indexes personas, industries and competitors, including competitors named on objections', () => {
    const a = concept('alpha', {
      industries: ['food'],
      personas: ['buyer'],
      competitors: ['acme'],
      objections: [objection('o1', 'competition', { competitor: 'rival' })],
    });
    const b = concept('beta', { status: 'pilot', industries: ['food', 'pharma'] });
    const index = buildSiteIndex({ concepts: [b, a], products: [], personas: [], industries: [], competitors: [], lessons: [], metrics: [], 'field-notes': [] });

    expect(index.concepts.map((c) => c.id)).toEqual(['alpha', 'beta']);
    expect(index.conceptsByIndustry.get('food')?.map((c) => c.id)).toEqual(['alpha', 'beta']);
    expect(index.conceptsByIndustry.get('pharma')?.map((c) => c.id)).toEqual(['beta']);
    expect(index.conceptsByPersona.get('buyer')?.map((c) => c.id)).toEqual(['alpha']);
    expect(index.conceptsByCompetitor.get('rival')?.map((c) => c.id)).toEqual(['alpha']);
    expect(index.conceptsByCompetitor.get('acme')?.map((c) => c.id)).toEqual(['alpha']);
    expect(index.objectionsByCompetitor.get('rival')?.map((o) => o.objection.id)).toEqual(['o1']);
    expect(index.conceptById.get('beta')).toBe(b);
  });
});
