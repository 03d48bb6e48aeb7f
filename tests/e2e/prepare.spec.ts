import { expect, test, type Page } from '@playwright/test';
import { loadContent } from '../../src/checker/load-content.ts';
import { readContentFiles } from '../../src/checker/read-content.ts';
import { formatMoney } from '../../src/lib/money.ts';

/** The visit brief and the customer hand-out (issue "Prepare a visit"), on the built sample. */

const foodVisit = '/prepare/?industry=food-and-beverage&persona=plant-manager&persona=purchasing-manager&competitor=qualis-spc-cloud';
const ownerVisit = '/prepare/?industry=automotive-suppliers&persona=plant-manager&persona=quality-manager&owns=lm-400';

async function openBrief(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-brief-title]')).toBeVisible();
}

test.describe('the visit brief', () => {
  test('food and beverage, plant and purchasing manager, Qualis: Fill to the line first, with all it needs', async ({ page }) => {
    await openBrief(page, foodVisit);
    await expect(page.locator('[data-match]').first()).toHaveAttribute('data-match', 'fill-to-the-line');
    await expect(page.locator('#brief-concept')).toHaveText('Fill to the line');
    // Arguments for the people at the table first.
    const tags = await page.locator('[data-brief-arguments] > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-for-table')));
    expect(tags[0]).toBe('true');
    expect(tags.slice(tags.indexOf('false'))).not.toContain('true');
    // Its objections, the Qualis one first, each linking its card.
    const objections = page.locator('[data-brief-objections] > li');
    await expect(objections).toHaveCount(3);
    await expect(objections.first()).toContainText('Qualis can chart our checkweigher data too.');
    await expect(objections.first().getByRole('link', { name: 'Open the card' })).toHaveAttribute('href', '/objections/fill-to-the-line/qualis-does-weights/');
    // The bundle as one price, the guardrails marked internal.
    const offer = page.locator('[data-offer="give-away-control"]');
    await expect(offer).toContainText('€38,900 + €7,200 / year');
    await expect(offer.locator('[data-internal] summary')).toContainText('Internal');
    await expect(offer.locator('[data-brief-payback]')).toHaveText(/^Pays back in [\d.]+ months$/);
    // Its label names the section whose figures it uses, wherever that section is on the page.
    await expect(offer.locator('dt:has(+ dd [data-brief-payback])')).toHaveText('Payback with the customer’s numbers');
    await expect(page.locator('#brief-calculator')).toHaveText('The customer’s numbers');
    // The pilot's scope, and Qualis's landmines.
    await expect(page.getByRole('note').filter({ hasText: 'Pilot: only these teams' })).toBeVisible();
    await expect(page.locator('[data-brief-landmines]')).toContainText('Where will your measurement data be stored');
  });

  test('an LM-400 owner gets the owners’ bundle, not the device again', async ({ page }) => {
    await openBrief(page, ownerVisit);
    await expect(page.locator('[data-match]').first()).toHaveAttribute('data-match', 'scrap-to-savings');
    await expect(page.locator('[data-match]').first()).toContainText('has an offer for owners of LineMeter LM-400');
    const offers = page.locator('[data-brief-offers] > li');
    await expect(offers).toHaveCount(1);
    await expect(offers.first()).toHaveAttribute('data-offer', 'processlens-for-lm-400-owners');
    await expect(offers.first()).not.toContainText('LineMeter LM-400 ×');
    await expect(offers.first()).toContainText('€33,900 + €5,400 / year');
  });

  test('a calculator figure changes the payback and survives a reload', async ({ page }) => {
    await openBrief(page, foodVisit);
    const payback = page.locator('[data-brief-payback="give-away-control"]');
    const before = await payback.textContent();
    await page.getByLabel('Packs filled per year').fill('48000000');
    await expect(payback).not.toHaveText(before ?? '');
    const after = await payback.textContent();
    await expect(page).toHaveURL(/v\.packs-per-year=48000000/);
    await page.reload();
    await expect(page.getByLabel('Packs filled per year')).toHaveValue('48000000');
    await expect(payback).toHaveText(after ?? '');
    await expect(page.locator('#brief-value-packs-per-year-note')).toHaveText("Customer's figure");
  });

  test('a link with an unknown persona says so and still works; a customer name stays text', async ({ page }) => {
    await openBrief(page, `${foodVisit}&persona=chief-wizard&customer=${encodeURIComponent('<b>x</b>')}`);
    await expect(page.locator('[data-dropped]')).toContainText('persona “chief-wizard”');
    await expect(page.locator('[data-match]').first()).toHaveAttribute('data-match', 'fill-to-the-line');
    await expect(page.locator('[data-brief-title]')).toHaveText('Visit brief: <b>x</b>');
    await expect(page.locator('[data-brief-title] b')).toHaveCount(0);
    await expect(page.getByLabel('Customer name')).toHaveValue('<b>x</b>');
  });

  test('an industry without a concept, and an empty page, say what to do', async ({ page }) => {
    await page.goto('/prepare/');
    await expect(page.locator('[data-brief]')).toContainText('Choose the customer’s industry');
    await page.goto('/prepare/?persona=plant-manager');
    await expect(page.locator('[data-brief]')).toContainText('Choose the customer’s industry to see which concepts fit.');
  });

  test('lists the recent briefs of this browser', async ({ page }) => {
    await openBrief(page, foodVisit);
    await openBrief(page, ownerVisit);
    await page.goto('/prepare/');
    const recent = page.locator('[data-recent-list] a');
    await expect(recent.first()).toContainText('Automotive suppliers');
    await expect(recent.nth(1)).toContainText('Food and beverage');
    await recent.nth(1).click();
    await expect(page.locator('[data-match]').first()).toHaveAttribute('data-match', 'fill-to-the-line');
  });

  test('prints the flagship brief with two personas on one A4 page', async ({ page }) => {
    await openBrief(page, '/prepare/?industry=automotive-suppliers&persona=plant-manager&persona=purchasing-manager&competitor=qualis-spc-cloud&concept=scrap-to-savings');
    await expect(page.locator('[data-brief-print]')).toContainText('Scrap to savings');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
    expect(pages.length).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const print = page.locator('[data-brief-print]');
    await expect(print.locator('section').first().locator('li')).toHaveCount(3);
    const fontSize = await print.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(12); // 9 pt = 12 px
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  });

  test('copies the brief as an internal note', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openBrief(page, foodVisit);
    await page.getByRole('button', { name: 'Copy the brief for a CRM note' }).click();
    await expect(page.getByText('Copied.')).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.split('\n')[0]).toBe('INTERNAL — not for the customer');
    expect(text).toContain('Qualis can chart our checkweigher data too.');
  });

  test('works in Dutch at /nl/prepare/', async ({ page }) => {
    await page.goto(foodVisit.replace('/prepare/', '/nl/prepare/'));
    await expect(page.locator('[data-brief-title]')).toHaveText('Bezoekbriefing');
    await expect(page.locator('#brief-concept')).toHaveText('Vullen tot aan de streep');
    await expect(page.locator('#brief-arguments')).toHaveText('Wat je zegt');
    await expect(page.locator('[data-brief-offers] dt:has(+ dd [data-brief-payback])').first()).toHaveText('Terugverdientijd met de cijfers van de klant');
    // The calculator's figures as Dutch writes them; the typical ones stay out of the URL.
    const grams = page.getByLabel('Bespaarde overvulling per verpakking');
    await expect(grams).toHaveValue('1,5');
    await expect(page.getByLabel('Productkostprijs per gram')).toHaveValue('0,0011');
    await expect(page.locator('#brief-value-grams-saved-per-pack-note')).toHaveText('Gangbaar cijfer');
    await grams.fill('2,5');
    await expect(page).toHaveURL(/v\.grams-saved-per-pack=2%2C5/);
    await grams.fill('1,5');
    await expect(page.locator('#brief-value-grams-saved-per-pack-note')).toHaveText('Gangbaar cijfer');
    await expect(page).not.toHaveURL(/grams-saved-per-pack/);
    await page.getByRole('button', { name: 'Offline bewaren' }).click();
    await expect(page.locator('[data-brief] [data-save-offline-status]')).toHaveText(
      'Dit browservenster bewaart geen pagina’s offline (een privévenster, of sitegegevens staan uit). Er is niets bewaard.',
    );
  });

  test('"Save for offline" comes with a brief, is a phone-sized button, and says why it cannot save here', async ({ page }) => {
    await page.goto('/prepare/');
    await expect(page.locator('[data-brief]')).toContainText('Choose the customer’s industry');
    await expect(page.getByRole('button', { name: 'Save for offline' })).toHaveCount(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await openBrief(page, foodVisit);
    const save = page.locator('[data-brief] header').getByRole('button', { name: 'Save for offline' });
    await expect(save).toBeVisible();
    expect((await save.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    // This suite blocks service workers (playwright.config.ts), as a private window does: the
    // button says so instead of failing in silence (offline.spec.ts saves with a worker).
    await save.click();
    const status = page.locator('[data-brief] header').getByRole('status').filter({ hasText: 'Nothing was saved' });
    await expect(status).toHaveText('This browser window does not keep pages offline (a private window, or site data switched off). Nothing was saved.');
    await page.emulateMedia({ media: 'print' });
    await expect(save).toBeHidden();
  });
});

test.describe('the customer hand-out', () => {
  const { content } = loadContent(readContentFiles('content'));
  const internal = content.concepts.flatMap((c) => [
    ...c.data.objections.flatMap((o) => [o.objection, o.concern, o.response, o.followUp]),
    ...c.data.bundles.flatMap((b) =>
      b.negotiation
        ? [
            b.negotiation.approver,
            ...b.negotiation.trades.flatMap((t) => [t.give, t.get]),
            ...(b.negotiation.floorPrice === undefined
              ? []
              : [formatMoney(b.negotiation.floorPrice * 100, 'EUR', 'en'), formatMoney(b.negotiation.floorPrice * 100, 'EUR', 'nl'), String(b.negotiation.floorPrice)]),
          ]
        : [],
    ),
    ...c.data.proofPoints.filter((p) => !p.public).map((p) => p.customer),
  ]);

  async function handoutFromBrief(page: Page, language: string) {
    await openBrief(page, `${ownerVisit}&customer=${encodeURIComponent('<b>x</b>')}`);
    await page.getByLabel('Customer name').isVisible();
    await page.getByLabel('Language of the hand-out').selectOption(language);
    const href = await page.locator('[data-handout-link]').getAttribute('href');
    expect(href).toContain(`hl=${language}`);
    return href ?? '';
  }

  test('holds no objection, negotiation figure or non-public customer in its print text, DOM and responses', async ({ page }) => {
    const href = await handoutFromBrief(page, 'en');
    const bodies: string[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(response.text().then((text) => void bodies.push(`${response.url()}\n${text}`), () => undefined));
    });
    await page.goto(href);
    await expect(page.locator('[data-handout-terms]')).toContainText('Prices excl. VAT. This is not a binding quotation.');
    await expect(page.locator('[data-prepared-for]')).toHaveText('Prepared for <b>x</b>');
    await expect(page.locator('[data-handout-payback]')).toHaveText(/^Pays back in [\d.]+ months$/);
    await expect(page.locator('[data-handout]')).toContainText('ProcessLens for your LM-400 gauges');
    await expect(page.locator('[data-handout]')).toContainText('Valid until 31 Mar 2027.');
    // The sample playbook is private: the salesperson is told to attach the documents.
    await expect(page.locator('[data-handout-attach]')).toBeVisible();
    await expect(page.locator('[data-handout-attach]')).toContainText('its links do not open for the customer');
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    await page.emulateMedia({ media: 'print' });
    const printText = await page.locator('body').innerText();
    const dom = await page.content();
    expect(bodies.length).toBeGreaterThan(1);
    expect(bodies.some((body) => body.includes('/brief-data/handout/en/scrap-to-savings.json'))).toBe(true);
    expect(bodies.some((body) => /\/brief-data\/en\//.test(body.split('\n')[0] ?? ''))).toBe(false);
    for (const text of internal) {
      expect(printText, `print text: ${text}`).not.toContain(text);
      expect(dom, `DOM: ${text}`).not.toContain(text);
      for (const body of bodies) expect(body, `response: ${text}`).not.toContain(text);
    }
  });

  test('prints on one A4 page in either language, its terms with it', async ({ page }) => {
    for (const language of ['en', 'nl']) {
      await page.goto(await handoutFromBrief(page, language));
      await expect(page.locator('[data-handout]')).toContainText(language === 'en' ? 'not a binding quotation' : 'geen bindende offerte');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [], language).toHaveLength(1);
    }
  });

  test('with the customer\'s own figures, promises no other payback and labels the playbook\'s example as one (one A4 page)', async ({ page }) => {
    // The salesperson's report: 1.500 scrapped parts at 14,5 typed in, the other figures typical.
    const figures = 'v.scrap-parts=1.500&v.scrap-cost-per-part=14%2C5&tv.scrap-reduction=25&tv.stops-per-year=30&tv.hours-per-stop=2&tv.cost-per-hour=720&tv.stop-reduction=35';
    const cases = [
      { path: '/prepare/handout/', hl: 'en', payback: 'Pays back in 37.9 months', promise: /payback of about|pays back in about/i, example: 'Example: At 12,000 scrapped parts a year and EUR 11.80 a part, a quarter less scrap is worth EUR 35,400 a year.' },
      { path: '/nl/prepare/handout/', hl: 'nl', payback: 'Terugverdiend in 37,9 maanden', promise: /terugverdientijd van ongeveer|jaar terugverdient/i, example: 'Voorbeeld: Bij 12.000 afgekeurde onderdelen per jaar à € 11,80 levert een kwart minder afkeur € 35.400 per jaar op.' },
    ];
    for (const { path, hl, payback, promise, example } of cases) {
      await page.goto(`${path}?concept=scrap-to-savings&offer=measure-and-improve&customer=Acme+Werke+GmbH&hl=${hl}&${figures}`);
      const handout = page.locator('[data-handout]');
      await expect(page.locator('[data-handout-payback]')).toHaveText(payback);
      await expect(handout.locator('[data-handout-example]')).toHaveText([example]);
      // The example's figures appear in the example only, not as the benefit the customer reads.
      const gains = handout.getByRole('listitem').filter({ has: page.locator('[data-handout-example]') });
      const benefit = await gains.evaluate((item) => {
        const copy = item.cloneNode(true) as HTMLElement;
        copy.querySelector('[data-handout-example]')?.remove();
        return copy.textContent ?? '';
      });
      expect(benefit, hl).not.toMatch(/12[.,]000|35[.,]400/);
      await expect(handout, hl).not.toContainText(promise);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [], hl).toHaveLength(1);
    }
  });

  test('is written in its own language, whatever the interface’s', async ({ page }) => {
    const href = await handoutFromBrief(page, 'nl');
    await page.goto(href);
    const handout = page.locator('[data-handout]');
    await expect(handout).toHaveAttribute('lang', 'nl');
    await expect(handout).toContainText('Opgesteld voor <b>x</b>');
    await expect(handout).toContainText('Prijzen excl. btw. Dit is geen bindende offerte.');
    await expect(handout).not.toContainText('Prices excl. VAT');
    await expect(page.getByRole('button', { name: 'Copy as text for an e-mail' })).toBeVisible();
  });

  test('"Back to the brief" comes back to the same visit: industry, people, competitor, what they own, the figures', async ({ page }) => {
    await openBrief(page, `${ownerVisit}&competitor=vantor-instruments`);
    await page.getByLabel('Scrapped parts per year on this line').fill('20000');
    await page.locator('[data-handout-link]').click();
    await expect(page.locator('[data-handout]')).toContainText('ProcessLens for your LM-400 gauges');
    await page.getByRole('link', { name: 'Back to the brief' }).click();
    await expect(page.locator('[data-brief-title]')).toBeVisible();
    const back = new URL(page.url());
    expect(back.searchParams.get('industry')).toBe('automotive-suppliers');
    expect(back.searchParams.getAll('persona')).toEqual(['plant-manager', 'quality-manager']);
    expect(back.searchParams.get('competitor')).toBe('vantor-instruments');
    expect(back.searchParams.getAll('owns')).toEqual(['lm-400']);
    await expect(page.getByLabel('Scrapped parts per year on this line')).toHaveValue('20000');
    // Still the owners' offer, not the device again.
    await expect(page.locator('[data-brief-offers] > li')).toHaveCount(1);
    await expect(page.locator('[data-brief-offers] > li').first()).toHaveAttribute('data-offer', 'processlens-for-lm-400-owners');
  });

  test('with more than one offer, the salesperson picks the one the hand-out carries', async ({ page }) => {
    await openBrief(page, '/prepare/?industry=automotive-suppliers&persona=plant-manager&concept=scrap-to-savings');
    const offer = page.getByLabel('Offer in the hand-out');
    await expect(offer.locator('option')).toHaveCount(await page.locator('[data-brief-offers] > li').count());
    await offer.selectOption('measure-and-improve-monthly');
    const name = (await offer.locator('option:checked').textContent()) ?? '';
    await expect(page.locator('[data-handout-link]')).toHaveAttribute('href', /[?&]offer=measure-and-improve-monthly(&|$)/);
    await page.locator('[data-handout-link]').click();
    await expect(page.locator('[data-handout]')).toContainText(`Our offer: ${name}`);
  });

  test('a concept without a Dutch version: the Dutch brief says so, and its hand-out is written in English throughout', async ({ page }) => {
    await openBrief(page, '/nl/prepare/?industry=automotive-suppliers&persona=plant-manager&persona=purchasing-manager&competitor=vantor-instruments');
    await expect(page.locator('#brief-concept')).toHaveText('Audit-ready gauge control');
    await expect(page.locator('[data-brief-fallback]')).toHaveText('Van deze pagina is nog geen versie in het Nederlands: je ziet hem in het Engels.');
    // Each language of the hand-out is listed by its own name, in its own language, as on the hand-out page.
    const languages = page.getByLabel('Taal van de hand-out').locator('option');
    expect(await languages.evaluateAll((options) => options.map((o) => `${o.getAttribute('value')} ${o.getAttribute('lang')} ${o.textContent}`))).toEqual(['en en English', 'nl nl Nederlands']);
    await page.locator('[data-handout-link]').click();
    const handout = page.locator('[data-handout]');
    await expect(handout).toHaveAttribute('lang', 'en');
    await expect(handout).toContainText('Where you are today');
    await expect(handout).not.toContainText('Waar jullie nu staan');
    await expect(page.locator('[data-handout-status]')).toHaveText('Van deze pagina is nog geen versie in het Nederlands: je ziet hem in het Engels.');
  });

  test('without a concept says where to start', async ({ page }) => {
    await page.goto('/prepare/handout/');
    await expect(page.locator('[data-handout]')).toContainText('Open a visit brief first');
  });
});
