import { describe, expect, it } from 'vitest';
import { argumentAudience, argumentMatches, argumentPersonaIds } from '../../src/lib/concept-view.ts';
import type { Argument } from '../../src/schemas/index.ts';

const arg = (id: string, personas: string[]): Argument => ({
  id,
  claim: id,
  benefit: 'b',
  personas: personas.map((p) => ({ id: p, collection: 'personas' })),
});

describe('argument persona filter', () => {
  it('offers each persona named on an argument once, in order', () => {
    expect(argumentPersonaIds({ arguments: [arg('a', ['qm', 'buyer']), arg('b', []), arg('c', ['buyer', 'cfo'])] })).toEqual([
      'qm',
      'buyer',
      'cfo',
    ]);
  });

  it('shows an argument for everyone under every filter, others only for their personas', () => {
    const everyone = argumentAudience(arg('a', []));
    const buyer = argumentAudience(arg('b', ['buyer', 'cfo']));
    expect(everyone).toBe('*');
    expect(argumentMatches(everyone, 'qm')).toBe(true);
    expect(argumentMatches(buyer, 'cfo')).toBe(true);
    expect(argumentMatches(buyer, 'qm')).toBe(false);
    expect(argumentMatches(buyer, null)).toBe(true);
  });
});
