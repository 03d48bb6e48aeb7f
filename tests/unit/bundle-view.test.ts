import { describe, expect, it } from 'vitest';
import { bundleView } from '../../src/lib/bundle-view.ts';
import { conceptSchema, plainRef, productSchema, type Product } from '../../src/schemas/index.ts';

const products = new Map<string, Product>([
  ['gauge', productSchema.parse({ name: 'Gauge', kind: 'device', sku: 'G-1', prices: [{ amount: 4000, per: 'once' }], summary: 's' })],
  [
    'software',
    productSchema.parse({
      name: 'Software',
      kind: 'software',
      sku: 'S-1',
      prices: [
        { amount: 30000, per: 'once' },
        { amount: 6000, per: 'year' },
      ],
      summary: 's',
    }),
  ],
]);

const concept = conceptSchema(plainRef).parse({
  title: 'c',
  tagline: 't',
  summary: 's',
  problem: 'p',
  outcome: 'o',
  status: 'live',
  owner: 'o',
  lastReviewed: '2026-01-01',
  bundles: [
    {
      id: 'kit',
      name: 'Kit',
      items: [{ product: 'gauge' }, { product: 'software' }],
      price: [
        { amount: 31000, per: 'once' },
        { amount: 5000, per: 'year' },
      ],
      termMonths: 36,
      pitch: 'one offer',
      negotiation: { maxDiscountWithoutApproval: 5, approver: 'Director', floorPrice: 40000 },
    },
  ],
  valueModel: {
    drivers: [
      {
        label: 'Less scrap',
        inputs: [
          { id: 'parts', label: 'Parts', unit: 'parts', default: 10000 },
          { id: 'cost', label: 'Cost', unit: 'EUR', default: 5 },
        ],
      },
    ],
  },
});
const kit = concept.bundles[0]!;

describe('bundleView', () => {
  it('shows the offer, its term total, the parts, the savings and the payback', () => {
    const view = bundleView(kit, products, concept.valueModel, 'en');
    expect(view.priceLines).toEqual(['€31,000', '€5,000 / year']);
    expect(view.total).toBe('€46,000'); // 31,000 + 3 × 5,000
    expect(view.parts).toBe('€52,000'); // 4,000 + 30,000 + 3 × 6,000
    expect(view.savings).toBe('€6,000');
    expect(view.savingsPercent).toBe('11.5');
    expect(bundleView(kit, products, concept.valueModel, 'nl').savingsPercent).toBe('11,5');
    // 31,000 upfront ÷ ((50,000 − 5,000) ÷ 12) = 8.3 months
    expect(view.paybackMonths).toBe(8.3);
    expect(view.yearlyBenefit).toBe('€50,000');
    expect(view.floorPrice).toBe('€40,000');
  });

  it('has no payback without a value model and no savings when dearer than the parts', () => {
    const dear = { ...kit, price: [{ amount: 60000, currency: 'EUR', per: 'once' as const }] };
    const view = bundleView(dear, products, undefined, 'en');
    expect(view.paybackMonths).toBeUndefined();
    expect(view.savings).toBeUndefined();
  });
});
