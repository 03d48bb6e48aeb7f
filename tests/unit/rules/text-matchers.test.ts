import { describe, expect, it } from 'vitest';
import { hasFigureWithUnit } from '../../../src/rules/argument-has-proof.ts';
import { vagueWordMatcher, vagueWordsIn } from '../../../src/rules/no-vague-claims.ts';
import { paybackPromisesIn } from '../../../src/lib/vague-words.ts';

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

describe('paybackPromisesIn', () => {
  it.each([
    ['The plant cuts scrap and line stops with a payback of about a year.', 'en', ['payback of about a year']],
    ['One offer that pays back in about 13 months on one line.', 'en', ['pays back in about 13 months']],
    ['It breaks even within two quarters.', 'en', ['breaks even within two quarters']],
    ['One investment, one payback: EUR 50,100 over 36 months.', 'en', ['payback: EUR 50,100 over 36 months']],
    ['Met een terugverdientijd van ongeveer een jaar.', 'nl', ['terugverdientijd van ongeveer een jaar']],
    ['Eén aanbieding die zich op één lijn in ongeveer een jaar terugverdient.', 'nl', ['in ongeveer een jaar terugverdient']],
    ['De bundel verdient zich binnen 9 maanden terug.', 'nl', ['verdient zich binnen 9 maanden']],
    ['Een ROI binnen het jaar.', 'nl', ['ROI binnen het jaar']],
  ])('finds the promise in %j (%s)', (text, lang, promises) => expect(paybackPromisesIn(text, lang)).toEqual(promises));

  it.each([
    ['One investment with one payback, for EUR 64,100 over 36 months.', 'en'],
    ['One investment decision with one payback figure for the capex meeting, instead of a software debate next year.', 'en'],
    ['Payback worked out from your own figures. Ready in two weeks.', 'en'],
    ['Eén investering met één terugverdientijd, voor EUR 64.100 over 36 maanden.', 'nl'],
    // "vandaag" holds "dag", "yearly" holds "year": not a span of time.
    ['De terugverdientijd rekenen we vandaag uit.', 'nl'],
    ['The payback is worked out from the yearly benefit.', 'en'],
  ])('finds none in %j (%s)', (text, lang) => expect(paybackPromisesIn(text, lang)).toEqual([]));
});
