import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/checker/check.ts';
import { composeFieldNote, fieldNoteFile, fieldNotePath, mailtoHref, missingFields, newFileHref, type FieldNoteDraft } from '../../src/lib/field-note-file.ts';
import { buildFieldNoteIndex, objectionTallies, rankObjections, verdictOf, type NoteEntry } from '../../src/lib/field-note-stats.ts';
import { draftHasContent, draftToNote, emptyDraft, openingDraft, readAsideDrafts, readStoredDraft } from '../../src/components/field-notes/note-form.ts';
import type { FieldNote } from '../../src/schemas/field-notes.ts';
import { defaultOptions, goodPlaybookWith, lines } from './checker/check-helpers.ts';

const draft: FieldNoteDraft = {
  date: '2026-11-20',
  author: 'Jonas Weber',
  concept: 'gauge-and-insight',
  industry: 'automotive',
  persona: 'quality-manager',
  outcome: 'won',
  objectionsHeard: [
    { objection: 'too-expensive', handled: true },
    { objection: 'no-time', handled: false },
  ],
  newObjections: ['Our group buys "only from framework suppliers": Rival until 2028.'],
  worked: 'The payback from their own scrap figure.',
  didNotWork: '',
};

const withNote = (text: string, name = 'field-notes/2026-11-20-gauge.md') => goodPlaybookWith({ [name]: () => text });

describe('field notes: parsing', () => {
  it('a composed note passes the checker and reads back as written', () => {
    const text = composeFieldNote(draft);
    const result = checkSources(withNote(text), defaultOptions);
    expect(lines(result)).toEqual([]);
    expect(text).toMatchInlineSnapshot(`
      "---
      date: 2026-11-20
      author: "Jonas Weber"
      concept: gauge-and-insight
      industry: automotive
      persona: quality-manager
      outcome: won
      objectionsHeard:
        - objection: too-expensive
          handled: true
        - objection: no-time
          handled: false
      newObjections:
        - "Our group buys \\"only from framework suppliers\\": Rival until 2028."
      worked: "The payback from their own scrap figure."
      didNotWork: ""
      ---
      "
    `);
  });

  it('refuses an outcome other than won, lost or open', () => {
    const text = composeFieldNote(draft).replace('outcome: won', 'outcome: maybe');
    expect(lines(checkSources(withNote(text), defaultOptions))).toEqual([
      'field-notes/2026-11-20-gauge.md:7:1  error  schema  outcome  `outcome` must be one of won, lost, open; got "maybe"',
    ]);
  });

  it('reports an objection the concept does not have, one listed twice and a future date with file, line and field', () => {
    const text = composeFieldNote({ ...draft, date: '2026-12-24', objectionsHeard: [{ objection: 'too-expensiv', handled: false }, { objection: 'no-time', handled: true }, { objection: 'no-time', handled: false }] });
    expect(lines(checkSources(withNote(text), defaultOptions))).toMatchInlineSnapshot(`
      [
        "field-notes/2026-11-20-gauge.md:2:1  error  field-note-plausible  date  This note is dated 2026-12-24, later than tomorrow. Write the day of the visit (YYYY-MM-DD, year first).",
        "field-notes/2026-11-20-gauge.md:9:5  error  field-note-objections  objectionsHeard[0].objection  The concept "gauge-and-insight" has no objection "too-expensiv". Did you mean "too-expensive"? Its objections are "too-expensive", "no-time", "have-rival". If the customer said something the playbook has no answer for, write it under \`newObjections\` instead.",
        "field-notes/2026-11-20-gauge.md:13:5  error  field-note-objections  objectionsHeard[2].objection  The objection "no-time" is listed twice in this note. Keep one line for it, with \`handled: true\` if the answer worked in the end.",
      ]
    `);
  });

  it('a note about a missing concept is one references-exist finding, and an empty note is refused', () => {
    const text = composeFieldNote({ ...draft, concept: 'gauge-and-insights', objectionsHeard: [], newObjections: [], worked: '' });
    expect(lines(checkSources(withNote(text), defaultOptions)).map((line) => line.split('  ').slice(0, 4).join('  '))).toEqual([
      'field-notes/2026-11-20-gauge.md:2:1  error  field-note-plausible  -',
      'field-notes/2026-11-20-gauge.md:4:1  error  references-exist  concept',
    ]);
  });

  it('knows what a draft still misses, and where the file goes per language', () => {
    expect(missingFields({ ...draft, concept: '', outcome: '' as never, objectionsHeard: [], newObjections: [' '], worked: '' })).toEqual(['concept', 'outcome', 'worked']);
    const text = composeFieldNote(draft);
    expect(fieldNotePath(draft, text, 'en', 'en')).toMatch(/^field-notes\/2026-11-20-gauge-and-insight-[a-z0-9]{5}\.md$/);
    expect(fieldNotePath(draft, text, 'nl', 'en')).toMatch(/^field-notes\/nl\/2026-11-20-gauge-and-insight-[a-z0-9]{5}\.md$/);
    expect(fieldNotePath(draft, text, 'en', 'en')).not.toBe(fieldNotePath(draft, `${text} `, 'en', 'en'));
  });

  it('a note in another language says where it goes: file name, first line and `lang`, which the checker holds to its folder', () => {
    const english = fieldNoteFile(draft, 'en', 'en');
    expect(english.text).toBe(composeFieldNote(draft));
    expect(english.fileName).toBe(english.path.split('/').pop());
    const dutch = fieldNoteFile(draft, 'nl', 'en');
    expect(dutch.path).toMatch(/^field-notes\/nl\/2026-11-20-gauge-and-insight-[a-z0-9]{5}\.md$/);
    expect(dutch.fileName).toBe(`nl-${dutch.path.split('/').pop()}`);
    const [open, first, ...rest] = dutch.text.split('\n');
    expect([open, first]).toEqual(['---', `# File: ${dutch.path}`]);
    expect(rest.slice(rest.indexOf('---') - 1, rest.indexOf('---') + 1)).toEqual(['lang: nl', '---']);
    // Filed where it belongs it is a valid note; filed as English the checker says where it goes.
    expect(lines(checkSources(withNote(dutch.text, dutch.path), defaultOptions))).toEqual([]);
    expect(lines(checkSources(withNote(dutch.text, `field-notes/${dutch.fileName}`), defaultOptions)).map((line) => line.split('  ').slice(1, 4).join('  '))).toEqual([
      'error  translation-language  lang',
    ]);
  });

  it('builds the three ways to send a note', () => {
    expect(mailtoHref('enablement@meridian.example', 'Field note: A & B', 'line 1\nline 2')).toBe(
      'mailto:enablement@meridian.example?subject=Field%20note%3A%20A%20%26%20B&body=line%201%0D%0Aline%202',
    );
    const url = new URL(newFileHref('https://github.com/acme/playbook.git', 'main', 'content/field-notes/x.md', 'a: 1\n'));
    expect(url.pathname).toBe('/acme/playbook/new/main');
    expect(url.searchParams.get('filename')).toBe('content/field-notes/x.md');
    expect(url.searchParams.get('value')).toBe('a: 1\n');
  });

  it('reads a stored form draft defensively and keeps only the concept\'s objections', () => {
    expect(readStoredDraft('not json')).toBeUndefined();
    expect(readStoredDraft('[1]')).toBeUndefined();
    const stored = readStoredDraft(JSON.stringify({ concept: 'gauge-and-insight', outcome: 'open', worked: 7, objections: { 'no-time': 'handled', 'too-expensive': 'maybe', gone: 'not-handled' } }));
    expect(stored).toMatchObject({ concept: 'gauge-and-insight', outcome: 'open', worked: '', objections: { 'no-time': 'handled', gone: 'not-handled' } });
    expect(draftToNote(stored!, ['too-expensive', 'no-time']).objectionsHeard).toEqual([{ objection: 'no-time', handled: true }]);
  });
});

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
function note(id: string, date: string, concept: string, heard: [string, boolean][], extra: Partial<FieldNote> = {}): NoteEntry {
  return {
    id,
    lang: id.startsWith('nl/') ? 'nl' : 'en',
    data: {
      date: new Date(`${date}T00:00:00Z`),
      concept: ref('concepts', concept),
      industry: ref('industries', 'automotive'),
      persona: ref('personas', 'quality-manager'),
      outcome: 'open',
      objectionsHeard: heard.map(([objection, handled]) => ({ objection, handled })),
      newObjections: [],
      worked: '',
      didNotWork: '',
      lang: 'en',
      ...extra,
    } as FieldNote,
  };
}

describe('field notes: heard and handled', () => {
  const notes = [
    note('a', '2026-11-01', 'flagship', [['price', true], ['timing', true]]),
    note('b', '2026-11-02', 'flagship', [['price', false]]),
    note('nl/c', '2026-11-03', 'flagship', [['price', false], ['price', true]]),
    note('d', '2026-11-04', 'flagship', [['price', true], ['timing', true]], { newObjections: ['IT wants it on premises.'] }),
    note('e', '2026-11-05', 'other', [['price', false]], { newObjections: ['Validation takes nine months.', 'We need IQ/OQ first.'] }),
    note('nl/f', '2026-11-06', 'flagship', [['price', false], ['timing', true]], { newObjections: ['De checkweger doet het gratis.'] }),
    note('g', '2026-11-07', 'draft-concept', [['price', false]], { newObjections: ['Not shown.'] }),
  ];

  it('counts per objection of a concept, a note once per objection', () => {
    const tallies = objectionTallies(notes);
    expect(tallies.get('flagship/price')).toEqual({ heard: 5, handled: 2 });
    expect(tallies.get('flagship/timing')).toEqual({ heard: 3, handled: 3 });
    expect(tallies.get('other/price')).toEqual({ heard: 1, handled: 0 });
  });

  it('says what to do: revise under half, works from three in four, too few under three notes', () => {
    expect(verdictOf({ heard: 9, handled: 4 })).toBe('revise');
    expect(verdictOf({ heard: 4, handled: 2 })).toBe('watch');
    expect(verdictOf({ heard: 4, handled: 3 })).toBe('works');
    expect(verdictOf({ heard: 2, handled: 0 })).toBe('few');
  });

  it('ranks the answers that fail most first and leaves out notes about unpublished concepts', () => {
    const index = buildFieldNoteIndex(notes, new Set(['flagship', 'other']));
    const objections = [
      { concept: { id: 'flagship' }, objection: { id: 'timing' } },
      { concept: { id: 'flagship' }, objection: { id: 'price' } },
      { concept: { id: 'flagship' }, objection: { id: 'never-heard' } },
      { concept: { id: 'other' }, objection: { id: 'price' } },
    ];
    expect(rankObjections(objections, index.tallies).map((r) => [`${r.concept}/${r.objection.id}`, r.tally.heard, r.tally.handled, r.verdict])).toEqual([
      ['flagship/price', 5, 2, 'revise'],
      ['other/price', 1, 0, 'few'],
      ['flagship/timing', 3, 3, 'works'],
    ]);
    expect(index.notes.map((n) => n.id)).toEqual(['nl/f', 'e', 'd', 'nl/c', 'b', 'a']);
    expect(index.about.concepts.get('other')?.map((n) => n.id)).toEqual(['e']);
  });

  it('groups the notes about each concept, persona and industry, newest first, without unpublished concepts', () => {
    const more = [
      ...notes,
      note('h', '2026-11-08', 'other', [], { persona: ref('personas', 'plant-manager'), industry: ref('industries', 'food') }),
      note('i', '2026-11-09', 'draft-concept', [], { persona: ref('personas', 'plant-manager'), industry: ref('industries', 'food') }),
    ] as NoteEntry[];
    const { about } = buildFieldNoteIndex(more, new Set(['flagship', 'other']));
    const ids = (map: Map<string, NoteEntry[]>) => Object.fromEntries([...map].map(([id, list]) => [id, list.map((n) => n.id)]));
    expect(ids(about.concepts)).toEqual({ other: ['h', 'e'], flagship: ['nl/f', 'd', 'nl/c', 'b', 'a'] });
    expect(ids(about.personas)).toEqual({ 'plant-manager': ['h'], 'quality-manager': ['nl/f', 'e', 'd', 'nl/c', 'b', 'a'] });
    expect(ids(about.industries)).toEqual({ food: ['h'], automotive: ['nl/f', 'e', 'd', 'nl/c', 'b', 'a'] });
  });

  it('lists new objections by concept, newest first, the concept with the newest first', () => {
    const index = buildFieldNoteIndex(notes, new Set(['flagship', 'other']));
    expect(index.newObjections.map((g) => [g.concept, g.items.map((i) => [i.text, i.lang])])).toEqual([
      ['flagship', [['De checkweger doet het gratis.', 'nl'], ['IT wants it on premises.', 'en']]],
      ['other', [['Validation takes nine months.', 'en'], ['We need IQ/OQ first.', 'en']]],
    ]);
  });
});

describe('field-note form: which draft it opens with', () => {
  const scrap = { ...emptyDraft('2026-12-01', 'Sanne'), concept: 'scrap-to-savings', industry: 'medical-devices', worked: 'Their own scrap figure.' };

  it('a link for another concept opens that concept and sets the written draft aside, newest first', () => {
    const older = { ...emptyDraft('2026-11-20', ''), concept: 'every-part-inline', outcome: 'won' };
    const { draft, aside } = openingDraft(scrap, [older], 'fill-to-the-line');
    expect(draft).toEqual({ ...emptyDraft('2026-12-01', 'Sanne'), concept: 'fill-to-the-line' });
    expect(aside).toEqual([scrap, older]);
  });

  it('the same concept, no link, or a draft without a concept keep the draft; an untouched draft makes way', () => {
    expect(openingDraft(scrap, [], 'scrap-to-savings')).toEqual({ draft: scrap, aside: [] });
    expect(openingDraft(scrap, [], '')).toEqual({ draft: scrap, aside: [] });
    expect(openingDraft({ ...scrap, concept: '' }, [], 'fill-to-the-line').draft).toEqual({ ...scrap, concept: 'fill-to-the-line' });
    const untouched = { ...emptyDraft('2026-12-01', ''), concept: 'scrap-to-savings', industry: 'medical-devices' };
    expect(openingDraft(untouched, [], 'fill-to-the-line')).toEqual({ draft: { ...emptyDraft('2026-12-01', ''), concept: 'fill-to-the-line' }, aside: [] });
    expect(openingDraft(undefined, [], 'fill-to-the-line').draft.concept).toBe('fill-to-the-line');
  });

  it('counts only what the reader told about the visit as something to keep', () => {
    expect(draftHasContent({ ...emptyDraft('2026-12-01', 'Sanne'), concept: 'fill-to-the-line', industry: 'food-and-beverage', persona: 'plant-manager' })).toBe(false);
    expect(draftHasContent({ ...emptyDraft('', ''), worked: ' x ' })).toBe(true);
    expect(draftHasContent({ ...emptyDraft('', ''), objections: { 'too-expensive': 'handled' } })).toBe(true);
  });

  it('reads back the drafts set aside, dropping what is not one', () => {
    expect(readAsideDrafts(JSON.stringify([scrap, 'junk', { ...emptyDraft('', ''), concept: 'x' }]))).toEqual([scrap]);
    expect(readAsideDrafts('{')).toEqual([]);
    expect(readAsideDrafts(JSON.stringify(scrap))).toEqual([]);
  });
});
