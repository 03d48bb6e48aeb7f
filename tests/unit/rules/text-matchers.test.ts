import { describe, expect, it } from 'vitest';
import { hasFigureWithUnit } from '../../../src/rules/argument-has-proof.ts';
import { vagueWordMatcher, vagueWordsIn } from '../../../src/rules/no-vague-claims.ts';

describe('hasFigureWithUnit', () => {
  it.each([
    'Scrap down 38 % in 6 months',
    'scrap down 38%',
    'EUR 12,000 saved per line',
    '€4k less rework',
    '4 hours faster per audit',
    '2.5x faster set-up',
    '1,200 pieces measured per shift',
    'Saves 3 FTE',
    'Accuracy of 0.5 µm',
  ])('accepts %s', (text) => expect(hasFigureWithUnit(text)).toBe(true));

  it.each(['Afkeur 38 procent lager', '12 dagen sneller', '4 uur per audit', '1.200 stuks per ploeg', '€ 12.000 per lijn', 'Afkeur 2,5 % lager'])(
    'accepts %s in Dutch',
    (text) => expect(hasFigureWithUnit(text, 'nl')).toBe(true),
  );

  it('reads the units of the entry\'s language only', () => {
    expect(hasFigureWithUnit('12 dagen sneller', 'en')).toBe(false);
    expect(hasFigureWithUnit('4 uur per audit', 'en')).toBe(false);
    expect(hasFigureWithUnit('12 days faster', 'nl')).toBe(false);
  });

  it.each(['ISO 9001', 'Certified to ISO 9001 and IATF 16949', 'Customers love it', 'Since 2019', 'Cpk 1.33'])(
    'rejects %s',
    (text) => expect(hasFigureWithUnit(text)).toBe(false),
  );
});

describe('vagueWordsIn', () => {
  const matcher = vagueWordMatcher();

  it.each([
    ['An innovative gauge', ['innovative']],
    ['Een innovatieve en naadloze oplossing', ['innovatieve', 'naadloze']],
    ['INNOVATIEF meten', ['innovatief']],
    ['Best-in-class accuracy', ['best in class']],
    ['Best in class accuracy', ['best in class']],
    ['Seamlessly connected', ['seamlessly']],
  ])('finds the buzzwords in %s', (text, words) => expect(vagueWordsIn(text, matcher)).toEqual(words));

  it('uses the words of one language when given one (Dutch also gets the English ones)', () => {
    expect(vagueWordsIn('Een innovatieve en naadloze oplossing', vagueWordMatcher({}, 'en'))).toEqual(['innovatieve']);
    expect(vagueWordsIn('Een toonaangevende oplossing', vagueWordMatcher({}, 'en'))).toEqual([]);
    expect(vagueWordsIn('Een toonaangevende, seamless oplossing', vagueWordMatcher({}, 'nl'))).toEqual(['toonaangevende', 'seamless']);
    expect(vagueWordsIn('Een uitmuntende oplossing', vagueWordMatcher({ nl: ['uitmunt'] }, 'nl'))).toEqual(['uitmuntende']);
    expect(vagueWordsIn('An uitmuntende gauge', vagueWordMatcher({ nl: ['uitmunt'] }, 'en'))).toEqual([]);
  });

  it('ignores a claim with a figure and words that merely contain a stem', () => {
    expect(vagueWordsIn('Innovative: scrap down 38 %', matcher)).toEqual([]);
    expect(vagueWordsIn('Reinnovation of the line', matcher)).toEqual([]);
  });

  it('does not take a year, a standard or a version for a figure', () => {
    expect(vagueWordsIn('Innovative since 2019, for IATF 16949, version 2', matcher)).toEqual(['innovative']);
    expect(vagueWordsIn('Een innovatieve meting, 12 uur sneller', vagueWordMatcher({}, 'nl'), 'nl')).toEqual([]);
  });
});
