import { describe, expect, it } from 'vitest';
import { saveRequest, saveSummary, sitePath } from '../../../src/lib/offline-save.ts';

const origin = 'https://playbook.example';
const brief = `${origin}/prepare/?industry=food-and-beverage&persona=plant-manager#brief-offers`;

describe('saveRequest', () => {
  it('puts the current page first (with its query, without its #fragment) and lists every URL once', () => {
    const request = saveRequest(brief, ['/concepts/fill-to-the-line/', '/objections/fill-to-the-line/a/', '/concepts/fill-to-the-line/'], [
      '/brief-data/en/industry/food-and-beverage.json',
      '/brief-data/en/industry/food-and-beverage.json',
    ]);
    expect(request).toEqual({
      pages: [
        `${origin}/prepare/?industry=food-and-beverage&persona=plant-manager`,
        `${origin}/concepts/fill-to-the-line/`,
        `${origin}/objections/fill-to-the-line/a/`,
      ],
      files: [`${origin}/brief-data/en/industry/food-and-beverage.json`],
    });
  });

  it('resolves relative URLs against the current page and keeps the base', () => {
    const request = saveRequest(`${origin}/playbook/prepare/?industry=x`, ['../concepts/a/'], []);
    expect(request.pages[1]).toBe(`${origin}/playbook/concepts/a/`);
  });
});

describe('saveSummary', () => {
  const request = saveRequest(brief, ['/concepts/a/', '/objections/a/b/', '/objections/a/c/'], ['/brief-data/en/concept/a.json']);

  it('counts the pages kept, not the data files', () => {
    const saved = ['/prepare/?industry=food-and-beverage&persona=plant-manager', '/concepts/a/', '/objections/a/b/', '/objections/a/c/', '/brief-data/en/concept/a.json'];
    expect(saveSummary(request, { saved, failed: [] }, origin)).toEqual({ pages: 4, failed: [] });
  });

  it('names what was not kept as site paths, a data file included', () => {
    const summary = saveSummary(
      request,
      { saved: ['/prepare/?industry=food-and-beverage&persona=plant-manager', '/concepts/a/', '/objections/a/b/'], failed: [`${origin}/objections/a/c/`, `${origin}/brief-data/en/concept/a.json`] },
      origin,
    );
    expect(summary).toEqual({ pages: 3, failed: ['/objections/a/c/', '/brief-data/en/concept/a.json'] });
  });

  it('keeps a URL of another site whole, so the reader sees where it pointed', () => {
    expect(sitePath('https://elsewhere.example/x/', origin)).toBe('https://elsewhere.example/x/');
  });
});
