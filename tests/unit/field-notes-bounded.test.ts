import { describe, expect, it } from 'vitest';
import { newestNewObjections, newObjectionsLimit } from '../../src/lib/field-notes-bounded.ts';
import { fieldNotesCsv } from '../../src/lib/field-notes-csv.ts';
import { buildFieldNoteIndex, rankObjections, type NewObjectionGroup } from '../../src/lib/field-note-stats.ts';
import { csvFormat, csvText } from '../../src/lib/csv-write.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const item = (text: string, date: string) => ({ text, date: day(date), note: `${date}-${text}`, lang: 'en' });

describe('newestNewObjections', () => {
  const groups: NewObjectionGroup[] = [
    { concept: 'scrap-to-savings', items: [item('a', '2026-11-24'), item('b', '2026-10-01'), item('c', '2026-09-01')] },
    { concept: 'fill-to-the-line', items: [item('d', '2026-11-20'), item('e', '2026-11-19')] },
    { concept: 'audit-ready-gauges', items: [item('f', '2026-08-01')] },
  ];

  it('keeps the newest, grouped by concept in the groups’ order, and counts them all and per concept', () => {
    const { groups: shown, total } = newestNewObjections(groups, 3);
    expect(total).toBe(6);
    expect(shown).toEqual([
      { concept: 'scrap-to-savings', items: [groups[0]!.items[0]], all: 3 },
      { concept: 'fill-to-the-line', items: groups[1]!.items, all: 2 },
    ]);
  });

  it('shows everything when there are no more than the limit', () => {
    expect(newestNewObjections(groups, 6)).toEqual({ groups: groups.map((group) => ({ ...group, all: group.items.length })), total: 6 });
    expect(newestNewObjections([], 6)).toEqual({ groups: [], total: 0 });
  });

  it('stays at its limit however many notes there are', () => {
    const many: NewObjectionGroup[] = Array.from({ length: 300 }, (_, i) => ({
      concept: `concept-${i}`,
      items: [item(`new ${i}`, `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`)],
    }));
    const { groups: shown, total } = newestNewObjections(many);
    expect(total).toBe(300);
    expect(shown.flatMap((group) => group.items)).toHaveLength(newObjectionsLimit);
    const oldestShown = Math.min(...shown.flatMap((group) => group.items.map((i) => i.date.getTime())));
    const left = many.flatMap((group) => group.items).filter((i) => !shown.some((group) => group.items.includes(i)));
    expect(left.every((i) => i.date.getTime() <= oldestShown)).toBe(true);
  });
});

describe('fieldNotesCsv', () => {
  const note = (id: string, date: string, concept: string, heard: [string, boolean][], newObjections: string[] = [], lang = 'en') => ({
    id,
    lang,
    data: {
      date: day(date),
      concept: { collection: 'concepts' as const, id: concept },
      industry: { collection: 'industries' as const, id: 'automotive-suppliers' },
      persona: { collection: 'personas' as const, id: 'plant-manager' },
      outcome: 'open' as const,
      objectionsHeard: heard.map(([objection, handled]) => ({ objection, handled })),
      newObjections,
      worked: '',
      didNotWork: '',
      author: 'Eva Lindqvist',
      lang,
    },
  });
  const notes = buildFieldNoteIndex(
    [
      note('2026-11-19-a', '2026-11-19', 'scrap-to-savings', [['too-expensive', false], ['no-time', true]], ['Our works council has to agree first.']),
      note('nl/2026-11-20-b', '2026-11-20', 'scrap-to-savings', [['too-expensive', false]], ['Onze IT wil geen cloud.'], 'nl'),
    ],
    new Set(['scrap-to-savings']),
  );
  const objections = [
    { concept: { id: 'scrap-to-savings' }, objection: { id: 'too-expensive', objection: 'The software is too expensive.' } },
    { concept: { id: 'scrap-to-savings' }, objection: { id: 'no-time', objection: 'We have no time.' } },
  ];
  const input = (lang: string) => ({
    notes,
    ranking: rankObjections(objections, notes.tallies),
    lang,
    titles: new Map([['scrap-to-savings', 'Scrap to savings']]),
    card: (concept: string, objection: string) => `https://playbook.example/objections/${concept}/${objection}/`,
  });

  it('lists every objection heard with its tally and verdict, the answers that fail most first', () => {
    const { header, rows } = fieldNotesCsv('answers', input('en'));
    expect(header).toEqual(['Concept id', 'Concept', 'Objection id', 'Objection', 'Heard', 'Handled', 'What to do', 'Page']);
    expect(rows.map((row) => row.slice(2, 6))).toEqual([
      ['too-expensive', 'The software is too expensive.', 2, 0],
      ['no-time', 'We have no time.', 1, 1],
    ]);
    expect(rows[0]![7]).toBe('https://playbook.example/objections/scrap-to-savings/too-expensive/');
  });

  it('lists every new objection, newest first, in the reader’s language’s labels and separator, without the author', () => {
    const { header, rows } = fieldNotesCsv('new-objections', input('nl'));
    expect(header).toEqual(['Datum', 'Concept-id', 'Concept', 'Nieuw bezwaar', 'Taal', 'Veldnotitie']);
    expect(rows).toEqual([
      ['2026-11-20', 'scrap-to-savings', 'Scrap to savings', 'Onze IT wil geen cloud.', 'nl', 'nl/2026-11-20-b'],
      ['2026-11-19', 'scrap-to-savings', 'Scrap to savings', 'Our works council has to agree first.', 'en', '2026-11-19-a'],
    ]);
    const text = csvText(header, rows, csvFormat('nl'));
    expect(text).toContain('Datum;Concept-id;Concept;Nieuw bezwaar;Taal;Veldnotitie');
    expect(text).not.toContain('Eva Lindqvist');
  });
});
