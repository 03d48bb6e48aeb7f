import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { toAuthorJsonSchema } from '../../src/lib/content-json-schema.ts';
import {
  describeFields,
  fieldReference,
  fieldTypeLabel,
  limitLabel,
  undocumentedCollections,
  undocumentedFields,
  type FieldDoc,
} from '../../src/lib/field-reference.ts';

const reference = fieldReference();
const field = (collection: string, path: string): FieldDoc => {
  const found = reference.find((c) => c.collection === collection)?.fields.find((f) => f.path === path);
  if (!found) throw new Error(`no field ${collection}: ${path}`);
  return found;
};

describe('field reference', () => {
  it('documents every field of every collection (each schema field has a description)', () => {
    expect(undocumentedCollections()).toEqual([]);
    expect(undocumentedFields(reference)).toEqual([]);
  });

  it('lists the collections with the concept first and every collection once', () => {
    expect(reference.map((c) => c.collection)).toEqual([
      'concepts',
      'products',
      'personas',
      'industries',
      'competitors',
      'lessons',
    ]);
  });

  it('shows nested list and object fields with their full path', () => {
    const floor = field('concepts', 'bundles[].negotiation.floorPrice');
    expect(floor).toMatchObject({ kind: 'number', list: false, required: false, depth: 2 });
    expect(floor.description).toMatch(/lowest total/i);
    expect(field('concepts', 'bundles[].negotiation.maxDiscountWithoutApproval').limits).toEqual([
      { kind: 'range', min: 0, max: 100 },
    ]);
    expect(field('concepts', 'valueModel.drivers[].inputs[].default')).toMatchObject({ kind: 'number', required: true });
    expect(field('concepts', 'bundles[].price[].per').allowed).toEqual(['once', 'month', 'year', 'day', 'unit']);
  });

  it('tells required from optional the way an author writes the file (defaults make a field optional)', () => {
    expect(field('concepts', 'status')).toMatchObject({ required: true, allowed: ['draft', 'pilot', 'live', 'retired'] });
    expect(field('concepts', 'reviewEveryDays')).toMatchObject({ required: false, defaultValue: '180', kind: 'integer' });
    expect(field('products', 'prices[].currency')).toMatchObject({ required: false, defaultValue: '"EUR"' });
    expect(field('products', 'kind').allowed).toEqual(['device', 'software', 'service', 'consumable']);
    // An empty list as default says nothing beyond "optional".
    expect(field('products', 'aliases').defaultValue).toBeUndefined();
  });

  it('names the collection a reference points to and marks dates', () => {
    expect(field('concepts', 'arguments[].personas')).toMatchObject({ kind: 'reference', list: true, reference: 'personas' });
    expect(field('concepts', 'replacedBy')).toMatchObject({ kind: 'reference', list: false, reference: 'concepts' });
    expect(field('concepts', 'lastReviewed').kind).toBe('date');
    expect(field('competitors', 'asOf').kind).toBe('date');
  });

  it('renders types and limits in plain words', () => {
    expect(fieldTypeLabel(field('concepts', 'arguments[].personas'), 'en')).toBe('list of: id (in personas)');
    expect(fieldTypeLabel(field('concepts', 'bundles'), 'en')).toBe('list of: group of fields');
    expect(fieldTypeLabel(field('concepts', 'pilot.start'), 'en')).toBe('date (YYYY-MM-DD)');
    expect(limitLabel({ kind: 'min-items', count: 1 }, 'en')).toBe('1 or more items');
    expect(limitLabel({ kind: 'range', min: 0, max: 100 }, 'en')).toBe('0 to 100');
    expect(field('concepts', 'arguments[].id').limits).toEqual([{ kind: 'slug' }]);
  });

  it('reports a field without a description by its path', () => {
    const schema = z.object({
      name: z.string().describe('Documented.'),
      items: z.array(z.object({ label: z.string() })).describe('Documented list.'),
    });
    const fields = describeFields(toAuthorJsonSchema(schema));
    expect(fields.map((f) => f.path)).toEqual(['name', 'items', 'items[].label']);
    expect(undocumentedFields([{ collection: 'products', format: 'yaml', files: 'products/*.yaml', fields }])).toEqual([
      'products: items[].label',
    ]);
  });
});
