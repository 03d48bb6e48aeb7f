/**
 * Links and toggles that repeat on a page say what they open when read out of context (a screen
 * reader's list of links): each "Open card" names its objection, each internal proof-point link
 * what it proves, each "Brief for this concept" its concept, each guardrails toggle its offer.
 * The visible words stay first, so speech input still finds them (WCAG 2.5.3).
 */
import { expect, test, type Page } from '@playwright/test';
import { accessibleNames } from './checks.ts';

const brief = '/prepare/?industry=automotive-suppliers&persona=finance-controller&persona=plant-manager&competitor=vantor-instruments&customer=Hollmann';

const texts = (page: Page, selector: string) => page.locator(selector).evaluateAll((nodes) => nodes.map((node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? ''));

/** What a screen reader reads of each toggle (a <summary> has no name of its own: its text). */
async function toggleTexts(page: Page, selector: string): Promise<string[]> {
  const texts: string[] = [];
  for (const summary of await page.locator(selector).all()) texts.push((await summary.ariaSnapshot()).replace(/^- text: /, ''));
  return texts;
}

for (const { path, openCard, proofPoint, guardrails } of [
  { path: '/concepts/scrap-to-savings/', openCard: 'Open card', proofPoint: 'Proof point', guardrails: 'Negotiation guardrails' },
  { path: '/nl/concepts/scrap-to-savings/', openCard: 'Kaart openen', proofPoint: 'Referentie', guardrails: 'Onderhandelingsruimte' },
]) {
  test(`concept page ${path}: each card link names its objection, each proof-point link and guardrails toggle its own`, async ({ page }) => {
    await page.goto(path);
    const objections = await texts(page, '#objections li h3');
    expect(objections.length).toBeGreaterThan(5);
    expect(await accessibleNames(page.getByRole('link', { name: openCard }))).toEqual(objections.map((objection) => `${openCard} ${objection}`));

    const proofNames = await accessibleNames(page.locator('#arguments').getByRole('link', { name: proofPoint }));
    expect(proofNames.length).toBeGreaterThan(1);
    expect(new Set(proofNames).size).toBe(proofNames.length);
    for (const name of proofNames) expect(name).toMatch(new RegExp(`^${proofPoint} — \\S`));

    const offers = await texts(page, '#offers article h3');
    expect(offers.length).toBeGreaterThan(1);
    expect(await toggleTexts(page, '#offers summary')).toEqual(offers.map((offer) => expect.stringContaining(`${guardrails} · ${offer}`)));
  });
}

for (const { path, openCard, other, guardrails } of [
  { path: brief, openCard: 'Open the card', other: 'Brief for this concept', guardrails: 'Internal · Negotiation guardrails' },
  { path: `/nl${brief}`, openCard: 'Open de kaart', other: 'Briefing voor dit concept', guardrails: 'Intern · Onderhandelingsruimte' },
]) {
  test(`the brief ${path.slice(0, 12)}…: each card link names its objection, each other concept and guardrails toggle its own`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('[data-brief-title]')).toBeVisible();
    // The objection is the first part of each item's first line, before its badges.
    const objections = await page.locator('[data-brief-objections] > li').evaluateAll((items) => items.map((li) => li.querySelector('p')?.firstChild?.textContent ?? ''));
    expect(objections.length).toBeGreaterThan(5);
    expect(await accessibleNames(page.getByRole('link', { name: openCard }))).toEqual(objections.map((objection) => `${openCard} ${objection}`));

    expect(await accessibleNames(page.getByRole('link', { name: other }))).toEqual([`${other} — Audit-ready gauge control`, `${other} — Every part, measured in line`]);

    // The offer's name is the first heading of its item (its level follows the brief's outline).
    const offers = await texts(page, '[data-brief-offers] > li :is(h3, h4, h5):first-child');
    expect(offers.length).toBeGreaterThan(1);
    expect(await toggleTexts(page, '[data-brief-offers] summary')).toEqual(offers.map((offer) => `${guardrails} · ${offer}`));
  });
}
