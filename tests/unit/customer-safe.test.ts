import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/checker/load-content.ts';
import { readContentFiles } from '../../src/checker/read-content.ts';
import { fieldReference } from '../../src/lib/field-reference.ts';
import { namesIn, secretNames } from '../../src/rules/customer-safe-names.ts';
import { customerSafeCopy, customerSafeMark, customerSafeTexts } from '../../src/schemas/customer-safe.ts';

const { content } = loadContent(readContentFiles('content'));
const flagship = content.concepts.find((c) => c.id === 'scrap-to-savings')!;
const lm400 = content.products.find((p) => p.id === 'lm-400')!;

describe('customerSafeCopy', () => {
  it('copies only the customer-safe fields of a concept', () => {
    const copy = customerSafeCopy('concepts', flagship.data) as Record<string, any>;
    expect(Object.keys(copy).sort()).toEqual(
      ['arguments', 'assets', 'bundles', 'outcome', 'problem', 'proofPoints', 'summary', 'tagline', 'title', 'valueModel'].sort(),
    );
    expect(copy.title).toBe(flagship.data.title);
    // Arguments keep claim and benefit (and their id, for the hand-out's footnotes), never the internal proof.
    expect(Object.keys(copy.arguments[0]).sort()).toEqual(['benefit', 'claim', 'id']);
    // Bundles lose their negotiation guardrails.
    for (const bundle of copy.bundles) expect(bundle).not.toHaveProperty('negotiation');
    expect(copy.bundles[0].price).toEqual(flagship.data.bundles[0]!.price);
    // Only public proof points, only customer-safe assets.
    expect(copy.proofPoints.map((p: { customer: string }) => p.customer)).toEqual(['Hollmann Präzisionsteile GmbH']);
    expect(copy.assets.every((a: { customerSafe: boolean }) => a.customerSafe)).toBe(true);
    expect(copy.assets.length).toBeLessThan(flagship.data.assets.length);
    // The value model keeps labels, units, questions and the ids the brief's figures are keyed by; no defaults.
    const input = copy.valueModel.drivers[0].inputs[0];
    expect(Object.keys(input).sort()).toEqual(['id', 'label', 'question', 'unit']);
  });

  it('copies nothing internal out of a product, and nothing of a battlecard', () => {
    const copy = customerSafeCopy('products', lm400.data);
    expect(Object.keys(copy).sort()).toEqual(['assets', 'keyFacts', 'name', 'summary']);
    expect(customerSafeCopy('competitors', content.competitors[0]!.data)).toEqual({});
  });
});

describe('customerSafeTexts', () => {
  it('points at the list item in the original data when internal items were left out', () => {
    const texts = customerSafeTexts('concepts', flagship.data);
    const proof = texts.filter((t) => t.path[0] === 'proofPoints');
    const index = flagship.data.proofPoints.findIndex((p) => p.public);
    expect(proof.length).toBeGreaterThan(0);
    expect(proof.every((t) => t.path[1] === index)).toBe(true);
    expect(texts.some((t) => t.path.join('.') === 'bundles.0.negotiation.approver')).toBe(false);
  });
});

describe('customerSafeMark', () => {
  it('marks safe fields, their parts, and fields of flagged items', () => {
    expect(customerSafeMark('concepts', 'arguments[].claim')).toEqual({});
    expect(customerSafeMark('concepts', 'arguments[].proof')).toBeUndefined();
    expect(customerSafeMark('concepts', 'bundles[].price[].amount')).toEqual({});
    expect(customerSafeMark('concepts', 'bundles[].negotiation.floorPrice')).toBeUndefined();
    expect(customerSafeMark('concepts', 'proofPoints')).toEqual({ when: 'public' });
    expect(customerSafeMark('concepts', 'proofPoints[].customer')).toEqual({ when: 'public' });
    expect(customerSafeMark('concepts', 'objections[].response')).toBeUndefined();
    expect(customerSafeMark('personas', 'name')).toBeUndefined();
  });

  it('is what the field reference shows', () => {
    const concepts = fieldReference().find((c) => c.collection === 'concepts')!;
    const safe = concepts.fields.filter((f) => f.customerSafe).map((f) => f.path);
    expect(safe).toContain('valueModel.drivers[].inputs[].unit');
    expect(safe).not.toContain('valueModel.drivers[].inputs[].default');
    expect(safe).not.toContain('kpis');
  });
});

describe('customer-safe-names matching', () => {
  const secret = secretNames([
    { name: 'Brakel Automotive GmbH', public: false },
    { name: 'Acme', public: false },
    { name: 'Open Works', public: true },
  ]);

  it('finds a name with or without its legal form, across line breaks and case', () => {
    expect(namesIn('We cut scrap at brakel\nAutomotive by 40 %.', secret)).toEqual(['Brakel Automotive GmbH']);
    expect(namesIn('Ask ACME and Brakel Automotive GmbH', secret)).toEqual(['Acme', 'Brakel Automotive GmbH']);
  });

  it('matches whole words only and ignores public customers', () => {
    expect(namesIn('Acmetal and Brakeland', secret)).toEqual([]);
    expect(namesIn('As Open Works said', secret)).toEqual([]);
  });
});
