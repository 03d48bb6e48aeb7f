/**
 * The pages of a concept's, persona's or industry's own field notes: which exist, what they are
 * called, and the link to them from the latest notes on its page.
 */
import { describe, expect, it } from 'vitest';
import { notesPerPage, notesShown, ownNotesPages } from '../../src/lib/field-notes-bounded.ts';
import { nameInSentence, ownNotesHeading, ownNotesLink, subjectEntries, subjectName } from '../../src/lib/note-subjects.ts';
import type { SiteIndex } from '../../src/lib/site-index.ts';

describe('ownNotesPages', () => {
  it('is none while the page shows every note, then one page per notesPerPage notes', () => {
    expect(notesShown).toBe(3);
    expect(ownNotesPages('industries', 'automotive-suppliers', 0)).toEqual([]);
    expect(ownNotesPages('industries', 'automotive-suppliers', notesShown)).toEqual([]);
    expect(ownNotesPages('industries', 'automotive-suppliers', notesShown + 1)).toEqual(['/field-notes/industries/automotive-suppliers/']);
    expect(ownNotesPages('personas', 'quality-manager', notesPerPage)).toEqual(['/field-notes/personas/quality-manager/']);
    expect(ownNotesPages('personas', 'quality-manager', notesPerPage * 2 + 1)).toEqual([
      '/field-notes/personas/quality-manager/',
      '/field-notes/personas/quality-manager/2/',
      '/field-notes/personas/quality-manager/3/',
    ]);
    expect(ownNotesPages('concepts', 'scrap-to-savings', 6)).toEqual(['/field-notes/concepts/scrap-to-savings/']);
  });
});

describe('the link to a subject’s own notes', () => {
  const automotive = { id: 'automotive-suppliers', name: 'Automotive suppliers' };
  const quality = { id: 'quality-manager', name: 'Quality manager' };

  it('names the persona or industry inside the sentence and counts as the concept link does, in both languages', () => {
    expect(ownNotesLink('industries', automotive, 5, 'en')).toEqual({ href: '/field-notes/industries/automotive-suppliers/', label: 'All 5 notes from automotive suppliers' });
    expect(ownNotesLink('industries', { ...automotive, name: 'Automotive-toeleveranciers' }, 5, 'nl')).toEqual({
      href: '/nl/field-notes/industries/automotive-suppliers/',
      label: 'Alle 5 notities uit de branche automotive-toeleveranciers',
    });
    expect(ownNotesLink('personas', quality, 1234, 'en')).toEqual({ href: '/field-notes/personas/quality-manager/', label: 'All 1,234 notes with the quality manager' });
    expect(ownNotesLink('personas', { ...quality, name: 'Kwaliteitsmanager' }, 1234, 'nl')?.label).toBe('Alle 1.234 notities over de kwaliteitsmanager');
    expect(ownNotesLink('concepts', { id: 'scrap-to-savings', name: 'Scrap to savings' }, 6, 'nl')).toEqual({
      href: '/nl/field-notes/concepts/scrap-to-savings/',
      label: 'Alle 6 notities over dit concept',
    });
  });

  it('is left out when the page already shows every note', () => {
    expect(ownNotesLink('personas', quality, notesShown, 'en')).toBeUndefined();
    expect(ownNotesLink('industries', automotive, 0, 'nl')).toBeUndefined();
  });

  it('titles the page with the name as written and leads with it inside the sentence', () => {
    expect(ownNotesHeading('personas', 'Quality manager', 'en')).toEqual({
      title: 'Field notes: Quality manager',
      lead: 'Every note from the field on talks with the quality manager, newest first: what the customer said, what worked and what did not.',
    });
    expect(ownNotesHeading('industries', 'Medische hulpmiddelen', 'nl')).toEqual({
      title: 'Veldnotities: Medische hulpmiddelen',
      lead: 'Elke notitie van bezoeken in de branche medische hulpmiddelen, de nieuwste eerst: wat de klant zei, wat werkte en wat niet.',
    });
    expect(ownNotesHeading('concepts', 'Scrap to savings', 'en').title).toBe('Field notes: Scrap to savings');
  });
});

describe('nameInSentence', () => {
  it('lowers a capital followed by a small letter, and keeps abbreviations and lower-case names', () => {
    expect(nameInSentence('Plant manager', 'en')).toBe('plant manager');
    expect(nameInSentence('Voedingsmiddelen en dranken', 'nl')).toBe('voedingsmiddelen en dranken');
    expect(nameInSentence('IT manager', 'en')).toBe('IT manager');
    expect(nameInSentence('OEM', 'en')).toBe('OEM');
    expect(nameInSentence('Ölindustrie', 'nl')).toBe('ölindustrie');
    expect(nameInSentence('e-mobility', 'en')).toBe('e-mobility');
  });
});

describe('subjectEntries', () => {
  const entry = <D>(id: string, data: D) => ({ id, data });
  const concepts = [entry('scrap-to-savings', { title: 'Scrap to savings' })];
  const index = {
    concepts,
    conceptById: new Map(concepts.map((c) => [c.id, c])),
    personaById: new Map([['quality-manager', entry('quality-manager', { name: 'Kwaliteitsmanager' })]]),
    industryById: new Map([['medical-devices', entry('medical-devices', { name: 'Medische hulpmiddelen' })]]),
  } as unknown as SiteIndex;

  it('lists the published concepts by title and the personas and industries by name', () => {
    expect(subjectEntries(index, 'concepts')).toEqual([{ id: 'scrap-to-savings', name: 'Scrap to savings' }]);
    expect(subjectEntries(index, 'personas')).toEqual([{ id: 'quality-manager', name: 'Kwaliteitsmanager' }]);
    expect(subjectEntries(index, 'industries')).toEqual([{ id: 'medical-devices', name: 'Medische hulpmiddelen' }]);
    expect(subjectName(index, 'industries', 'medical-devices')).toBe('Medische hulpmiddelen');
    expect(subjectName(index, 'personas', 'plant-manager')).toBeUndefined();
  });
});
