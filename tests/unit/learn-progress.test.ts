import { describe, expect, it } from 'vitest';
import { buildDrillCards, cardKey, type DrillConceptInput } from '../../src/lib/drill-cards.ts';
import { Rating, answerInSession, buildQueue, newCard } from '../../src/lib/drill-schedule.ts';
import {
  emptyProgress,
  fromStoredCard,
  isChanged,
  parseProgress,
  reconcileCards,
  reconcileQuiz,
  recordCard,
  recordQuizAnswer,
  serializeProgress,
  storageKey,
} from '../../src/lib/learn-progress.ts';

const day1 = new Date('2026-12-01T09:00:00Z');
const day9 = new Date('2026-12-09T09:00:00Z');

const objection = (id: string, response: string) => ({
  id,
  objection: `Customer says ${id}`,
  category: 'price',
  concern: 'They fear paying for software nobody opens.',
  response,
  followUp: 'What did scrap cost you last year?',
  personas: [{ id: 'finance-controller' }],
});

const concept = (id: string, status: DrillConceptInput['data']['status'], objections: DrillConceptInput['data']['objections']): DrillConceptInput => ({
  id,
  data: { title: id, status, objections },
});

const sample = [
  concept('scrap-to-savings', 'live', [objection('software-too-expensive', 'Compare the whole offer with the cost of scrap.'), objection('just-the-gauges-for-now', 'Gauges alone do not cut scrap.')]),
  concept('every-part-inline', 'pilot', [objection('too-fast-a-line', 'The LS-20 measures every part at line speed.')]),
  concept('first-article-at-the-line', 'draft', [objection('not-yet', 'Drafts are not drilled.')]),
  concept('gauge-at-every-station', 'retired', [objection('old', 'Retired concepts are not drilled.')]),
];

describe('drill cards', () => {
  it('makes one card per objection of every live and pilot concept, keyed by concept and objection id', () => {
    const cards = buildDrillCards(sample, 'en');
    expect(cards.map((c) => c.key)).toEqual([
      'every-part-inline/too-fast-a-line',
      'scrap-to-savings/software-too-expensive',
      'scrap-to-savings/just-the-gauges-for-now',
    ]);
    expect(cards[1]).toMatchObject({ objection: 'Customer says software-too-expensive', category: 'price', personas: ['finance-controller'], lang: 'en' });
    expect(cards[1]!.answerHash).toMatch(/^[0-9a-f]{14}$/);
  });

  it('changes the answer hash when the response changes, and only then', () => {
    const [before] = buildDrillCards([sample[0]!], 'en');
    const [same] = buildDrillCards([concept('scrap-to-savings', 'live', [{ ...objection('software-too-expensive', 'Compare the whole offer with the cost of scrap.'), objection: 'Reworded front' }])], 'en');
    const [edited] = buildDrillCards([concept('scrap-to-savings', 'live', [objection('software-too-expensive', 'Show the payback of 13 months first.')])], 'en');
    expect(same!.answerHash).toBe(before!.answerHash);
    expect(edited!.answerHash).not.toBe(before!.answerHash);
  });
});

describe('learn progress', () => {
  it('damaged, foreign and newer data parse to a clean state with a notice', () => {
    expect(parseProgress('{"format":"playbook-learn-progress","version":1,"cards":')).toEqual({ progress: emptyProgress(), notice: 'damaged' });
    expect(parseProgress('{"theme":"dark"}')).toEqual({ progress: emptyProgress(), notice: 'foreign' });
    expect(parseProgress('[1,2,3]').notice).toBe('foreign');
    expect(parseProgress(JSON.stringify({ ...emptyProgress(), version: 2 })).notice).toBe('newer');
    const wrongShape = { ...emptyProgress(), cards: { 'a/b': { card: { due: 'yesterday' }, hashes: {} } } };
    expect(parseProgress(JSON.stringify(wrongShape))).toEqual({ progress: emptyProgress(), notice: 'damaged' });
    expect(parseProgress(null)).toEqual({ progress: emptyProgress(), notice: 'none' });
    expect(storageKey).toBe('playbook.learn.v1');
  });

  it('exports and imports as one JSON document, card state and all', () => {
    const [card] = buildDrillCards(sample, 'en');
    const step = answerInSession([card!.key], card!.key, newCard(day1), Rating.Good, day1);
    let progress = recordCard(emptyProgress(), card!, step.card, step.counted, '2026-12-01');
    progress = recordQuizAnswer(progress, 'concepts-not-boxes', { id: 'q1', options: ['a', 'b'], answer: 2 }, true, 'en');
    const imported = parseProgress(serializeProgress(progress));
    expect(imported.notice).toBe('none');
    expect(imported.progress).toEqual(progress);
    expect(fromStoredCard(imported.progress.cards[card!.key]!.card)).toEqual(step.card);
    expect(imported.progress.today).toEqual({ day: '2026-12-01', new: 1, reviews: 0 });
  });

  it('an edited response makes its card due with the change flag; a removed objection drops its card', () => {
    const cards = buildDrillCards(sample, 'en');
    let progress = emptyProgress();
    for (const card of cards) {
      const graded = answerInSession([card.key], card.key, newCard(day1), Rating.Good, day1);
      progress = recordCard(progress, card, graded.card, graded.counted, '2026-12-01');
    }
    const keys = cards.map((c) => c.key);
    const states = (p: typeof progress) => new Map(Object.entries(p.cards).map(([k, v]) => [k, fromStoredCard(v.card)]));
    expect(buildQueue({ keys, states: states(progress), now: new Date('2026-12-02T09:00:00Z') }).queue).toEqual([]);

    // Marketing edits the flagship's price response and removes an objection.
    const edited = buildDrillCards(
      [concept('scrap-to-savings', 'live', [objection('software-too-expensive', 'Show the payback of 13 months first.')]), sample[1]!],
      'en',
    );
    const day2 = new Date('2026-12-02T09:00:00Z');
    const { progress: after, changed } = reconcileCards(progress, edited, day2);
    const key = cardKey('scrap-to-savings', 'software-too-expensive');
    expect(changed).toEqual([key]);
    expect(isChanged(after, key)).toBe(true);
    expect(after.cards[cardKey('scrap-to-savings', 'just-the-gauges-for-now')]).toBeUndefined();
    expect(buildQueue({ keys: edited.map((c) => c.key), states: states(after), now: day2 }).queue).toEqual([key]);

    // Practising it again clears the flag; the Dutch hash is separate.
    const card = edited.find((c) => c.key === key)!;
    const again = answerInSession([key], key, fromStoredCard(after.cards[key]!.card), Rating.Good, day2);
    const practised = recordCard(after, card, again.card, again.counted, '2026-12-02');
    expect(isChanged(practised, key)).toBe(false);
    expect(reconcileCards(practised, edited, day9).changed).toEqual([]);
    expect(reconcileCards(practised, [{ ...card, lang: 'nl', answerHash: 'ffffffffffffff' }], day9).changed).toEqual([]);
  });

  it('quiz answers: a changed right answer is flagged, a removed question or lesson is dropped', () => {
    let progress = recordQuizAnswer(emptyProgress(), 'pricing', { id: 'reframe', options: ['a', 'b', 'c'], answer: 2 }, true, 'en');
    progress = recordQuizAnswer(progress, 'pricing', { id: 'gone', options: ['a', 'b'], answer: 1 }, false, 'en');
    progress = recordQuizAnswer(progress, 'old-lesson', { id: 'q', options: ['a', 'b'], answer: 1 }, true, 'en');
    progress = { ...progress, lessonsDone: ['pricing', 'old-lesson'] };
    const lessons = new Map([['pricing', [{ id: 'reframe', options: ['a', 'b', 'c'], answer: 3 }]]]);
    const { progress: after, changed } = reconcileQuiz(progress, lessons, 'en');
    expect(changed).toEqual(['pricing/reframe']);
    expect(after.quiz).toEqual({ pricing: { reframe: expect.objectContaining({ correct: true, changed: true }) } });
    expect(after.lessonsDone).toEqual(['pricing']);
  });
});
