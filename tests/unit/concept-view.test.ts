import { describe, expect, it } from 'vitest';
import {
  audienceMatches,
  filterPersonaIds,
  paramsWithSelection,
  personaAudience,
  selectedFromParams,
} from '../../src/lib/concept-view.ts';

const refs = (ids: string[]) => ids.map((id) => ({ id, collection: 'personas' as const }));
const item = (personas: string[]) => ({ personas: refs(personas) });

describe('persona filter: what it offers', () => {
  it('offers every persona named on an argument or an objection once, in the concept’s order', () => {
    const concept = {
      personas: refs(['plant', 'buyer', 'qm', 'cfo']),
      arguments: [item(['qm', 'plant']), item([]), item(['qm'])],
      objections: [item(['buyer', 'plant']), item(['tech'])],
    };
    // `cfo` is on the concept but on no argument or objection; `tech` is on an objection only.
    expect(filterPersonaIds(concept)).toEqual(['plant', 'buyer', 'qm', 'tech']);
  });

  it('offers a persona named only on objections (the purchasing manager of the flagship)', () => {
    const concept = { personas: refs([]), arguments: [item(['plant'])], objections: [item(['buyer'])] };
    expect(filterPersonaIds(concept)).toEqual(['plant', 'buyer']);
  });
});

describe('persona filter: what a selection shows', () => {
  const everyone = personaAudience([]);
  const plant = personaAudience(refs(['plant', 'cfo']));
  const buyer = personaAudience(refs(['buyer']));
  const qm = personaAudience(refs(['qm']));

  it('marks an item for everyone with "*" and others with their persona ids', () => {
    expect(everyone).toBe('*');
    expect(plant).toBe('plant cfo');
  });

  it('shows everything when nothing is selected', () => {
    for (const audience of [everyone, plant, buyer, qm]) expect(audienceMatches(audience, [])).toBe(true);
  });

  it('shows the union of the selected personas’ items, and items for everyone', () => {
    const selected = ['plant', 'buyer'];
    expect(audienceMatches(plant, selected)).toBe(true);
    expect(audienceMatches(buyer, selected)).toBe(true);
    expect(audienceMatches(everyone, selected)).toBe(true);
    expect(audienceMatches(qm, selected)).toBe(false);
  });

  it('matches whole ids, not parts of them', () => {
    expect(audienceMatches(personaAudience(refs(['plant-manager'])), ['plant'])).toBe(false);
  });
});

describe('persona filter: the selection in the URL', () => {
  const offered = ['plant', 'buyer', 'qm'];
  const read = (search: string) => selectedFromParams(new URLSearchParams(search), offered);

  it('reads repeated parameters and comma lists, in the filter’s order, once each', () => {
    expect(read('persona=buyer&persona=plant')).toEqual(['plant', 'buyer']);
    expect(read('persona=buyer,plant')).toEqual(['plant', 'buyer']);
    expect(read('persona=qm,%20buyer&persona=qm')).toEqual(['buyer', 'qm']);
  });

  it('drops personas the filter does not offer and reads nothing from other parameters', () => {
    expect(read('persona=cfo,plant&x=qm')).toEqual(['plant']);
    expect(read('persona=')).toEqual([]);
    expect(read('')).toEqual([]);
  });

  it('writes one parameter per persona and keeps the other parameters', () => {
    const params = new URLSearchParams('persona=qm&lang=nl');
    expect(paramsWithSelection(params, ['plant', 'buyer']).toString()).toBe('lang=nl&persona=plant&persona=buyer');
    expect(paramsWithSelection(params, []).toString()).toBe('lang=nl');
    expect(params.toString()).toBe('persona=qm&lang=nl');
  });

  it('reads back what it writes', () => {
    expect(read(paramsWithSelection(new URLSearchParams(), ['buyer', 'qm']).toString())).toEqual(['buyer', 'qm']);
  });
});
