import { describe, expect, it } from 'vitest';
import { libraryObjections, objectionsRaisedBy } from '../../src/lib/objection-library.ts';
import type { ConceptEntry, ObjectionRef } from '../../src/lib/site-index.ts';

const concept = (id: string, title: string, status: ConceptEntry['data']['status']) =>
  ({ id, data: { title, status } }) as ConceptEntry;
const ref = (c: ConceptEntry, id: string, category: string): ObjectionRef =>
  ({ concept: c, objection: { id, category } }) as unknown as ObjectionRef;

const retired = concept('a-gauge', 'A gauge at every station', 'retired');
const pilot = concept('every-part', 'Every part, measured in line', 'pilot');
const live = concept('scrap', 'Scrap to savings', 'live');
const all = [
  ref(retired, 'price-1', 'price'),
  ref(pilot, 'price-2', 'price'),
  ref(live, 'price-3', 'price'),
  ref(retired, 'timing-1', 'timing'),
  ref(live, 'timing-2', 'timing'),
];
const ids = (refs: ObjectionRef[]) => refs.map((r) => r.objection.id);

describe('libraryObjections', () => {
  it('lists live before pilot within a category, and leaves retired concepts out', () => {
    expect(ids(libraryObjections(all))).toEqual(['price-3', 'price-2', 'timing-2']);
  });

  it('lists only the retired ones when asked for them', () => {
    expect(ids(libraryObjections(all, 'retired'))).toEqual(['price-1', 'timing-1']);
  });
});

describe('objectionsRaisedBy', () => {
  it('lists the current objections a persona raises', () => {
    const withPersona = (r: ObjectionRef, personas: string[]) =>
      ({ ...r, objection: { ...r.objection, personas: personas.map((id) => ({ id, collection: 'personas' })) } }) as ObjectionRef;
    const refs = [
      withPersona(all[0]!, ['buyer']),
      withPersona(all[1]!, ['buyer', 'plant']),
      withPersona(all[2]!, ['plant']),
    ];
    expect(ids(objectionsRaisedBy(refs, 'buyer'))).toEqual(['price-2']);
    expect(ids(objectionsRaisedBy(refs, 'plant'))).toEqual(['price-3', 'price-2']);
  });
});
