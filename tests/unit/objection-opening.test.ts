import { describe, expect, it } from 'vitest';
import { openingAddsSomething, openingLine } from '../../src/lib/objection-opening.ts';

describe('openingLine', () => {
  it('takes the first sentence of the response', () => {
    expect(openingLine({ response: 'Fair point. Over 36 months it pays back twice. Let me show you.' })).toBe('Fair point.');
    expect(openingLine({ response: 'Is it, per part? Look at the scrap.' })).toBe('Is it, per part?');
  });

  it('does not cut at a decimal point or a figure', () => {
    expect(openingLine({ response: 'At EUR 4.150 per gauge and 1.5 % scrap it pays back. Next.' })).toBe('At EUR 4.150 per gauge and 1.5 % scrap it pays back.');
  });

  it('prefers the author\'s opening, and gives the whole response when it is one sentence', () => {
    expect(openingLine({ opening: ' Compare it with your scrap bill. ', response: 'Long answer. More.' })).toBe('Compare it with your scrap bill.');
    expect(openingLine({ response: 'No full stop here' })).toBe('No full stop here');
    expect(openingAddsSomething({ response: 'One sentence.' })).toBe(false);
    expect(openingAddsSomething({ response: 'One. Two.' })).toBe(true);
  });
});
