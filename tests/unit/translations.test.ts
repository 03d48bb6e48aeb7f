/** Which entries are translations, how they pair, and when one is stale. */
import { describe, expect, it } from 'vitest';
import {
  entryLanguage,
  isTranslation,
  sharedId,
  staleSince,
  translationPairs,
  localizeEntries,
} from '../../src/lib/translations.ts';

const locales = ['en', 'nl'];
const entries = [
  { id: 'scrap-to-savings' },
  { id: 'nl/scrap-to-savings' },
  { id: 'fill-to-the-line' },
  { id: 'nl/alleen-nederlands' },
  { id: 'de/machined-parts' },
];

describe('translations', () => {
  it('knows a translation by its locale folder, among the configured locales only', () => {
    expect(isTranslation({ id: 'nl/scrap-to-savings' }, locales)).toBe(true);
    expect(isTranslation({ id: 'scrap-to-savings' }, locales)).toBe(false);
    // "de" is not configured, and the default locale is never a folder of translations.
    expect(isTranslation({ id: 'de/machined-parts' }, locales)).toBe(false);
    expect(isTranslation({ id: 'en/scrap-to-savings' }, locales)).toBe(false);
    expect(isTranslation({ id: 'nl/scrap-to-savings' }, ['en'])).toBe(false);
  });

  it('gives the shared id and the language from the folder', () => {
    expect(sharedId('nl/scrap-to-savings', locales)).toBe('scrap-to-savings');
    expect(sharedId('scrap-to-savings', locales)).toBe('scrap-to-savings');
    expect(entryLanguage('nl/scrap-to-savings', locales)).toBe('nl');
    expect(entryLanguage('scrap-to-savings', locales)).toBe('en');
  });

  it('pairs each translation with its original; a Dutch-only entry has no pair', () => {
    expect(translationPairs(entries, locales).map((p) => [p.original.id, p.translation.id, p.locale])).toEqual([
      ['scrap-to-savings', 'nl/scrap-to-savings', 'nl'],
    ]);
  });

  it('calls a translation stale when the original changed later', () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const original = { lastReviewed: day('2026-09-01'), changes: [{ date: day('2026-10-14'), summary: 'Floor price raised' }] };
    expect(staleSince(original, { lastReviewed: day('2026-10-01'), changes: [] })).toEqual({
      date: day('2026-10-14'),
      path: ['changes', 0],
      summary: 'Floor price raised',
    });
    expect(staleSince(original, { lastReviewed: day('2026-10-14'), changes: [] })).toBeUndefined();
  });

  it('shows each original in a language through its translation, or itself as the fallback', () => {
    const shown = localizeEntries(entries, 'nl', locales);
    // Only originals have pages: a text only in nl/ has nothing to fall back on, so is left out.
    expect(shown.map((e) => [e.entry.id, e.sourceId, e.lang])).toEqual([
      ['scrap-to-savings', 'nl/scrap-to-savings', 'nl'],
      ['fill-to-the-line', 'fill-to-the-line', 'en'],
      ['de/machined-parts', 'de/machined-parts', 'en'],
    ]);
    expect(shown[0]?.original.id).toBe('scrap-to-savings');
    // The default language always shows the originals.
    expect(localizeEntries(entries, 'en', locales).map((e) => [e.entry.id, e.lang])).toEqual([
      ['scrap-to-savings', 'en'],
      ['fill-to-the-line', 'en'],
      ['de/machined-parts', 'en'],
    ]);
  });
});
