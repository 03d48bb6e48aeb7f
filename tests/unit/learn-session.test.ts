/**
 * The pure parts of the learn pages: the word diff behind "changed since you practised it",
 * the drill data split (manifest and concept files), pitch-practice rounds, first-answer quiz
 * scores, lessons done, and the completion summary's figures. Pinned dates, fuzz off.
 */
import { describe, expect, it } from 'vitest';
import { buildDrillCards, type DrillConceptInput } from '../../src/lib/drill-cards.ts';
import { conceptLearnFile, drillManifest, manifestCards, type LearnConceptInput } from '../../src/lib/drill-data.ts';
import { Rating, gradeCard, newCard } from '../../src/lib/drill-schedule.ts';
import {
  clearQuiz,
  emptyProgress,
  learnedTexts,
  localDay,
  markLessonIfDone,
  parseProgress,
  reconcileCards,
  recordCard,
  quizAnswerHash,
  recordFirstAnswer,
  serializeProgress,
  withLimits,
} from '../../src/lib/learn-progress.ts';
import { learnSummary } from '../../src/lib/learn-summary.ts';
import { practiceRound } from '../../src/lib/pitch-practice.ts';
import { diffWords } from '../../src/lib/text-diff.ts';

const day1 = new Date('2026-12-01T09:00:00Z');

/** Declared apart: a literal in place would be checked against the learn file's narrower view of an objection. */
const objections = [
  { id: 'software-too-expensive', objection: 'The software is too expensive.', category: 'price', concern: 'Paying for software nobody opens.', response: 'Agree, then compare the whole offer with the cost of scrap.', followUp: 'What did scrap cost you last year?', personas: [{ id: 'finance-controller' }] },
  { id: 'just-the-gauges', objection: 'Only the gauges for now.', category: 'timing', concern: 'Budget this year.', response: 'Gauges alone do not cut scrap.', followUp: 'Who signs next year?' },
];

const concept: DrillConceptInput & LearnConceptInput = {
  id: 'scrap-to-savings',
  data: {
    title: 'Scrap to savings',
    status: 'live',
    tagline: 'Measure at the line, see why scrap happens, and stop it.',
    problem: 'We find the bad parts at final inspection, hours too late.',
    arguments: [
      { id: 'drift-at-the-station', claim: 'Drift shows at the station.', proof: 'scrap down 27 % in the pilot', benefit: 'Less scrap.', personas: [{ id: 'plant-manager' }] },
      { id: 'audit-ready', claim: 'Every reading is audit-ready.', benefit: 'No retyping before the audit.', personas: [], proofPoint: 'hollmann' },
      { id: 'for-finance', claim: 'Pays back in 13 months.', proof: '13 months median', benefit: 'A safe investment.', personas: [{ id: 'finance-controller' }] },
    ],
    discoveryQuestions: [
      { id: 'scrap-last-year', question: 'How many parts did you scrap last year?', personas: [{ id: 'plant-manager' }] },
      { id: 'cost-of-a-part', question: 'What does one scrapped part cost you?', personas: [{ id: 'finance-controller' }] },
      { id: 'reading-to-chart', question: 'What happens to a reading next?', personas: [{ id: 'metrology-technician' }] },
    ],
    proofPoints: [{ id: 'hollmann', result: 'EUR 84,000 of scrap saved in year one' }],
    industries: [{ id: 'automotive-suppliers' }],
    personas: [{ id: 'plant-manager' }, { id: 'finance-controller' }],
    objections,
  },
};

describe('word diff of a changed answer', () => {
  it('marks the added words and the removed ones where they stood', () => {
    expect(diffWords('Agree, then compare the offer.', 'Agree, ask what a bad batch cost, then compare the whole offer.')).toEqual([
      { kind: 'same', text: 'Agree,' },
      { kind: 'added', text: 'ask what a bad batch cost,' },
      { kind: 'same', text: 'then compare the' },
      { kind: 'added', text: 'whole' },
      { kind: 'same', text: 'offer.' },
    ]);
    expect(diffWords('Pays back in 13 months.', 'Pays back in 11 months.')).toEqual([
      { kind: 'same', text: 'Pays back in' },
      { kind: 'removed', text: '13' },
      { kind: 'added', text: '11' },
      { kind: 'same', text: 'months.' },
    ]);
  });
});

describe('drill data split', () => {
  const cards = buildDrillCards([concept], 'en');
  const manifest = drillManifest(cards, () => 'en', (id) => ({ 'finance-controller': 'Finance controller' })[id]);

  it('the manifest holds keys, categories, personas and hashes, no answer text', () => {
    expect(manifestCards(manifest)).toEqual([
      { key: 'scrap-to-savings/software-too-expensive', concept: 'scrap-to-savings', objectionId: 'software-too-expensive', category: 'price', personas: ['finance-controller'], answerHash: cards[0]!.answerHash, lang: 'en' },
      { key: 'scrap-to-savings/just-the-gauges', concept: 'scrap-to-savings', objectionId: 'just-the-gauges', category: 'timing', personas: [], answerHash: cards[1]!.answerHash, lang: 'en' },
    ]);
    expect(manifest.personas).toEqual({ 'finance-controller': 'Finance controller' });
    expect(JSON.stringify(manifest)).not.toContain('compare the whole offer');
  });

  it('a concept file holds its cards’ texts and its pitch, proof from a proof point when the argument names one', () => {
    const file = conceptLearnFile(concept, cards, 'en');
    expect(file.cards['software-too-expensive']).toMatchObject({ objection: 'The software is too expensive.', response: 'Agree, then compare the whole offer with the cost of scrap.' });
    expect(file.arguments[1]).toEqual({ id: 'audit-ready', claim: 'Every reading is audit-ready.', proof: 'EUR 84,000 of scrap saved in year one', benefit: 'No retyping before the audit.', personas: [] });
    expect(file.questions.map((q) => q.id)).toEqual(['scrap-last-year', 'cost-of-a-part', 'reading-to-chart']);
  });

  it('a concept file holds what the field-note form asks: every objection in order (a draft’s too), the industries and personas', () => {
    const draft = { ...concept, data: { ...concept.data, status: 'draft' as const } };
    const file = conceptLearnFile(draft, buildDrillCards([draft], 'en'), 'en');
    expect(file.cards).toEqual({});
    expect(file.objections).toEqual([
      { id: 'software-too-expensive', objection: 'The software is too expensive.' },
      { id: 'just-the-gauges', objection: 'Only the gauges for now.' },
    ]);
    expect(file.industries).toEqual(['automotive-suppliers']);
    expect(file.personas).toEqual(['plant-manager', 'finance-controller']);
  });

  it('stays small at 3,000 concepts: the manifest is about 100 bytes a card', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...concept, id: `concept-${i}` }));
    const all = buildDrillCards(many, 'en');
    const size = JSON.stringify(drillManifest(all, () => 'en', () => undefined)).length;
    expect(all).toHaveLength(6000);
    expect(size / all.length).toBeLessThan(100);
  });
});

describe('pitch practice', () => {
  it('shows the arguments for the persona (and those for everyone) and one right question among others', () => {
    const round = practiceRound(conceptLearnFile(concept, [], 'en'), 'finance-controller');
    expect(round.arguments.map((a) => a.id)).toEqual(['audit-ready', 'for-finance']);
    expect(round.choices.filter((c) => c.right).map((c) => c.id)).toEqual(['cost-of-a-part']);
    expect(round.choices.map((c) => c.id).sort()).toEqual(['cost-of-a-part', 'reading-to-chart', 'scrap-last-year']);
    expect(practiceRound(conceptLearnFile(concept, [], 'en'), 'finance-controller')).toEqual(round);
    // No question is meant for a purchasing manager: no choices at all rather than only wrong ones.
    expect(practiceRound(conceptLearnFile(concept, [], 'en'), 'purchasing-manager').choices).toEqual([]);
  });
});

describe('progress of the learn pages', () => {
  const question = { id: 'reframe-the-price', options: ['Competitor', 'Whole offer against scrap', 'Last year'], answer: 2 };

  it('keeps the first answer of a question as its score until the quiz is taken again', () => {
    let progress = recordFirstAnswer(emptyProgress(), 'price', question, false, 'en');
    progress = recordFirstAnswer(progress, 'price', question, true, 'en');
    expect(progress.quiz.price!['reframe-the-price']!.correct).toBe(false);
    progress = markLessonIfDone(progress, 'price', [question]);
    expect(progress.lessonsDone).toEqual(['price']);
    progress = recordFirstAnswer(clearQuiz(progress, 'price'), 'price', question, true, 'en');
    expect(progress.quiz.price!['reframe-the-price']!.correct).toBe(true);
    expect(progress.lessonsDone).toEqual(['price']);
  });

  it('keeps the first answer as the score when the same question is answered in the other language', () => {
    const dutch = { ...question, options: ['Concurrent', 'Het hele aanbod tegen de afkeur', 'Vorig jaar'] };
    let progress = recordFirstAnswer(emptyProgress(), 'price', dutch, true, 'nl');
    progress = recordFirstAnswer(progress, 'price', question, false, 'en');
    expect(progress.quiz.price!['reframe-the-price']).toEqual({ correct: true, hashes: { nl: quizAnswerHash(dutch), en: quizAnswerHash(question) } });
    expect(recordFirstAnswer(progress, 'price', question, false, 'en')).toBe(progress);
    // A right answer since changed in one language still lets the new first answer count.
    const changed = { ...question, answer: 3 };
    expect(recordFirstAnswer(progress, 'price', changed, false, 'en').quiz.price!['reframe-the-price']!.correct).toBe(false);
  });

  it('remembers the answer text a card was learned on, so the change can be shown, and counts a card once a session', () => {
    const [card] = buildDrillCards([concept], 'en');
    const graded = gradeCard(newCard(day1), Rating.Again, day1);
    let progress = recordCard(emptyProgress(), card!, graded, 'new', localDay(day1));
    progress = recordCard(progress, card!, gradeCard(graded, Rating.Good, day1), null, localDay(day1));
    expect(progress.today).toEqual({ day: '2026-12-01', new: 1, reviews: 0 });
    expect(learnedTexts(progress, card!.key, 'en')).toEqual([card!.concern, card!.response, card!.followUp]);
    // What the export file carries survives the round trip, texts included.
    const imported = parseProgress(serializeProgress(progress));
    expect(imported.notice).toBe('none');
    const [edited] = buildDrillCards([{ ...concept, data: { ...concept.data, objections: [{ ...concept.data.objections[0]!, response: 'Agree, ask what a bad batch cost, then compare.' }] } }], 'en');
    const { progress: after, changed } = reconcileCards(imported.progress, [edited!], new Date('2026-12-05T08:00:00Z'));
    expect(changed).toEqual([card!.key]);
    expect(learnedTexts(after, card!.key, 'en')?.[1]).toBe(card!.response);
  });

  it('keeps daily limits whole and within bounds', () => {
    expect(withLimits(emptyProgress(), { newPerDay: 12.4, reviewsPerDay: -3 }).limits).toEqual({ newPerDay: 12, reviewsPerDay: 0 });
    expect(withLimits(emptyProgress(), { newPerDay: Number.NaN, reviewsPerDay: 1e9 }).limits).toEqual({ newPerDay: 0, reviewsPerDay: 10000 });
  });

  it('sums up lessons, quiz scores, cards practised and mastered, and the expected recall', () => {
    const [card] = buildDrillCards([concept], 'en');
    let state = newCard(day1);
    let now = day1;
    let progress = emptyProgress();
    // Good, then Good on each due date, until the next review is three weeks or more away.
    for (let i = 0; i < 4; i++) {
      state = gradeCard(state, Rating.Good, now);
      progress = recordCard(progress, card!, state, i === 0 ? 'new' : 'review', localDay(now));
      now = state.due;
    }
    progress = markLessonIfDone(recordFirstAnswer(progress, 'price', question, true, 'en'), 'price', [question]);
    const summary = learnSummary(progress, [{ id: 'price', title: 'Price', questions: [question] }, { id: 'pilots', title: 'Pilots', questions: [{ id: 'q' }] }], buildDrillCards([concept], 'en').map((c) => c.key), now);
    expect(summary.lessons.map((l) => [l.id, l.done, l.correct, l.total])).toEqual([['price', true, 1, 1], ['pilots', false, 0, 1]]);
    expect(summary).toMatchObject({ lessonsDone: 1, cardsTotal: 2, cardsPractised: 1, cardsMastered: 1 });
    expect(summary.retention).toBeCloseTo(0.9, 2);
  });
});
