/** The interface language from the route, paths per language, and the notice a page shows. */
import { describe, expect, it } from 'vitest';
import { localeFromPath, localeParam, localePaths, localePrefix, switchLocale } from '../../src/lib/locale.ts';
import { translationStatus } from '../../src/lib/translation-status.ts';
import { translator } from '../../src/lib/i18n.ts';
import type { LocalizedSiteIndex } from '../../src/lib/site-data.ts';

describe('locale from the route', () => {
  it('reads the language off the first path segment, the default language elsewhere', () => {
    expect(localeFromPath('/')).toBe('en');
    expect(localeFromPath('/concepts/scrap-to-savings/')).toBe('en');
    expect(localeFromPath('/nl/')).toBe('nl');
    expect(localeFromPath('/nl/concepts/scrap-to-savings/')).toBe('nl');
    // A segment that only starts like a locale, or the default locale as a folder, is not one.
    expect(localeFromPath('/nlx/')).toBe('en');
    expect(localeFromPath('/en/concepts/')).toBe('en');
    expect(localeFromPath('/nl/', ['en'])).toBe('en');
  });

  it('builds the route parameter and prefix of each language', () => {
    expect(localeParam('en')).toBeUndefined();
    expect(localeParam('nl')).toBe('nl');
    expect(localePrefix('en')).toBe('');
    expect(localePrefix('nl')).toBe('/nl');
  });

  it('switches a path to the same page in the other language', () => {
    expect(switchLocale('/concepts/scrap-to-savings/', 'nl')).toBe('/nl/concepts/scrap-to-savings/');
    expect(switchLocale('/nl/concepts/scrap-to-savings/', 'en')).toBe('/concepts/scrap-to-savings/');
    expect(switchLocale('/nl/', 'en')).toBe('/');
    expect(switchLocale('/', 'nl')).toBe('/nl/');
    expect(switchLocale('/nl/objections/2/', 'nl')).toBe('/nl/objections/2/');
  });

  it('lists the static paths of a page once per language', async () => {
    const paths = await localePaths((lang) => [{ params: { id: `a-${lang}` } }]);
    expect(paths).toEqual([
      { params: { id: 'a-en', locale: undefined } },
      { params: { id: 'a-nl', locale: 'nl' } },
    ]);
  });

  it('binds the strings of one language, with plural-free templates filled', () => {
    const nl = translator('nl');
    expect(nl.t('nav.concepts')).toBe('Concepten');
    expect(translator('en').tf('search.many', { count: 3, query: 'te duur' })).toBe('3 results for “te duur”');
  });
});

describe('translation status of a page', () => {
  const dated = (date: string, changes: string[] = []) => ({
    lastReviewed: new Date(date),
    changes: changes.map((d) => ({ date: new Date(d), summary: `Changed on ${d}` })),
  });
  const index = (shownIn: 'en' | 'nl', original?: ReturnType<typeof dated>) => ({
    lang: 'nl' as const,
    otherLang: () => (shownIn === 'nl' ? undefined : shownIn),
    // Only the review dates are read; the cast keeps the stand-in small whatever the collections hold.
    originalOf: (() => (original ? { id: 'x', data: original } : undefined)) as unknown as LocalizedSiteIndex['originalOf'],
  });

  it('is a fallback when the entry has no translation', () => {
    expect(translationStatus(index('en'), 'concepts', 'x', dated('2026-10-01'))).toEqual({ kind: 'fallback', shownIn: 'en' });
  });

  it('is stale when the original changed after the translation, with the change', () => {
    const status = translationStatus(index('nl', dated('2026-09-01', ['2026-10-14'])), 'concepts', 'x', dated('2026-10-01'));
    expect(status).toMatchObject({ kind: 'stale', original: 'en', since: { date: new Date('2026-10-14'), summary: 'Changed on 2026-10-14' } });
  });

  it('is current when the translation is as new as its original', () => {
    expect(translationStatus(index('nl', dated('2026-10-01')), 'concepts', 'x', dated('2026-10-01'))).toEqual({ kind: 'translated' });
    // Entries without review dates (personas) are never stale.
    expect(translationStatus(index('nl', undefined), 'personas', 'x', { name: 'Inkoopmanager' })).toEqual({ kind: 'original' });
  });
});
