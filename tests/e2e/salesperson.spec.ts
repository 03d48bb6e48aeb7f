/**
 * What a salesperson hit when trying the playbook on a phone and a laptop (issue 11): the value
 * calculator in front of a customer, withdrawn answers, the objection card, search results that
 * answer, and the smaller things. Runs against the built sample.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './checks.ts';

const flagship = '/concepts/scrap-to-savings/';
const calculator = (page: Page) => page.locator('#value');
const field = (page: Page, label: string) => calculator(page).getByRole('textbox', { name: label });
const total = (page: Page) => calculator(page).locator('[data-value-total]');
const oneLine = (page: Page) => calculator(page).locator('[data-value-offer="measure-and-improve"]');
const scrapCost = 'Cost of one scrapped part (material and machine time)';
const scrapParts = 'Scrapped parts per year on this line';

test.describe('value calculator in front of a customer', () => {
  test('reads "11,80" and "11.80" as 11.8, whatever the browser language', async ({ page }) => {
    await page.goto(flagship);
    await field(page, scrapCost).fill('23,60');
    // 12,000 × 23.60 × 25 % = 70,800; + 15,120 = 85,920
    await expect(total(page)).toHaveText('€85,920');
    await field(page, scrapCost).fill('11,80');
    await expect(total(page)).toHaveText('€50,520');
    await expect(oneLine(page)).toContainText('Pays back in 12.7 months');
    await field(page, scrapCost).fill('11.80');
    await expect(total(page)).toHaveText('€50,520');
  });

  test('says how it read an ambiguous entry', async ({ page }) => {
    await page.goto(flagship);
    await field(page, scrapParts).fill('1,500');
    // 1,500 × 11.80 × 25 % = 4,425; + 15,120 = 19,545
    await expect(total(page)).toHaveText('€19,545');
    await expect(field(page, scrapParts)).toHaveAccessibleDescription(/read as 1,500/);
  });

  test('a Dutch page starts its fields with the figures as Dutch writes them, and reads them back', async ({ page }) => {
    await page.goto(`/nl${flagship}`);
    const cost = field(page, 'Kosten van één afgekeurd onderdeel (materiaal en machinetijd)');
    await expect(cost).toHaveValue('11,8');
    await expect(cost).toHaveAccessibleDescription('Gangbaar cijfer');
    await expect(field(page, 'Afgekeurde onderdelen per jaar op deze lijn')).toHaveValue('12000');
    await expect(total(page)).toHaveText('€ 50.520');
    // Typing a figure and then the typical one again counts with the typical figure.
    await cost.fill('14,5');
    await expect(cost).toHaveAccessibleDescription('Cijfer van de klant');
    await cost.fill('11,8');
    await expect(cost).toHaveAccessibleDescription('Gangbaar cijfer');
    await expect(total(page)).toHaveText('€ 50.520');
    await cost.fill('');
    await expect(cost).toHaveAccessibleDescription('Leeg: telt met het gangbare cijfer, 11,8');
    await field(page, 'Afgekeurde onderdelen per jaar op deze lijn').fill('1.500');
    await expect(field(page, 'Afgekeurde onderdelen per jaar op deze lijn')).toHaveAccessibleDescription('Cijfer van de klant, gelezen als 1.500');
  });

  test('rejects garbage and negative numbers with a field error instead of a figure', async ({ page }) => {
    await page.goto(flagship);
    await field(page, scrapCost).fill('abc');
    await expect(field(page, scrapCost)).toHaveAttribute('aria-invalid', 'true');
    await expect(field(page, scrapCost)).toHaveAccessibleDescription(/Not a number/);
    await expect(total(page)).toHaveText('—');
    await expect(oneLine(page)).not.toContainText('months');
    await expect(calculator(page)).toContainText('Fix the marked figure');

    await field(page, scrapCost).fill('-5');
    await expect(field(page, scrapCost)).toHaveAccessibleDescription(/below zero/);
    await expect(total(page)).toHaveText('—');

    await field(page, scrapCost).fill('12');
    await expect(field(page, scrapCost)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(total(page)).not.toHaveText('—');
  });

  test('a field error and the opened guardrails pass axe, in light and dark mode', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(flagship);
      await field(page, scrapParts).fill('abc');
      await page.locator('#bundle-measure-and-improve [data-internal] summary').click();
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  test('an empty field says it counts with the typical figure', async ({ page }) => {
    await page.goto(flagship);
    await field(page, scrapParts).fill('');
    await expect(field(page, scrapParts)).toHaveAccessibleDescription(/Empty: counts with the typical figure, 12000/);
    await expect(total(page)).toHaveText('€50,520');
  });

  test('marks which figures are the customer\'s and which are typical', async ({ page }) => {
    await page.goto(flagship);
    await expect(field(page, scrapParts)).toHaveAccessibleDescription(/Typical figure/);
    await expect(calculator(page).locator('[data-value-basis]')).toHaveText(/All figures are typical/);
    await field(page, scrapParts).fill('30000');
    await expect(field(page, scrapParts)).toHaveAccessibleDescription(/Customer's figure/);
    await expect(field(page, scrapCost)).toHaveAccessibleDescription(/Typical figure/);
    await expect(calculator(page).locator('[data-value-basis]')).toHaveText(/1 of 7 figures is the customer's/);
  });

  test('explains the payback of the monthly plan next to the one-off one', async ({ page }) => {
    await page.goto(flagship);
    const monthly = calculator(page).locator('[data-value-offer="measure-and-improve-monthly"]');
    // (50,520 − 19,080) ÷ 12 = 2,620 a month; 9,900 + 36 × 1,590 = 67,140, 3,040 more than 64,100.
    await expect(monthly).toContainText('€9,900 paid up front ÷ €2,620 a month of net benefit');
    await expect(monthly).toContainText('€67,140 over 36 months, €3,040 more than “Measure and improve, one line”');
    await field(page, scrapParts).fill('30000');
    await expect(monthly).toContainText('÷ €7,045 a month of net benefit');
  });

  test('collapses the internal negotiation guardrails above the calculator behind a control', async ({ page }) => {
    await page.goto(flagship);
    const guardrails = page.locator('#bundle-measure-and-improve [data-internal]');
    const summary = guardrails.getByText('Negotiation guardrails');
    await expect(summary).toBeVisible();
    await expect(guardrails.getByText('Max. discount without approval')).toBeHidden();
    await summary.click();
    await expect(guardrails.getByText('Max. discount without approval')).toBeVisible();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('keeps the yearly benefit and the payback in view while the inputs are edited', async ({ page }) => {
      await page.goto(flagship);
      const bar = calculator(page).locator('[data-value-bar]');
      for (const label of [scrapParts, 'Cost of one hour of lost production']) {
        const input = field(page, label);
        await input.scrollIntoViewIfNeeded();
        await input.fill('30000');
        await expect(input).toBeInViewport();
        await expect(bar).toBeInViewport();
        await expect(bar).toContainText('Yearly benefit');
        await expect(bar).toContainText(await total(page).innerText());
        await expect(bar).toContainText('months');
        // The bar does not cover the field being edited.
        const [a, b] = [await input.boundingBox(), await bar.boundingBox()];
        expect(a && b && (a.y >= b.y + b.height || a.y + a.height <= b.y)).toBe(true);
      }
    });
  });
});

test.describe('industry page', () => {
  test('lists each regulation once', async ({ page }) => {
    await page.goto('/industries/automotive-suppliers/');
    await expect(page.getByRole('main').getByText('IATF 16949:2016 (quality management for automotive production)')).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Regulations' })).toContainText('VDA 6.3 process audit');
  });
});

test.describe('withdrawn answers', () => {
  test('the library lists live answers before pilot ones and leaves retired concepts out', async ({ page }) => {
    await page.goto('/objections/');
    const price = page.getByRole('region', { name: 'Price' });
    await expect(price.getByText('“The software is too expensive next to the device.”')).toBeVisible();
    await expect(price.locator('li').first()).not.toContainText(/Pilot|Retired/);
    await expect(page.getByRole('main')).not.toContainText('A gauge at every station');
    const statuses = await price.locator('li').evaluateAll((items) =>
      items.map((item) => (item.textContent?.includes('Pilot') ? 'pilot' : 'live')),
    );
    expect(statuses.indexOf('pilot')).toBeGreaterThan(statuses.lastIndexOf('live'));
  });

  test('a clear filter shows the retired answers, without JavaScript too', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/objections/');
    await page.getByRole('link', { name: /Show withdrawn answers/ }).click();
    await expect(page).toHaveURL(/\/objections\/retired\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Withdrawn answers');
    await expect(page.getByRole('main')).toContainText('A gauge at every station');
    await expect(page.getByRole('main')).not.toContainText('Scrap to savings');
    await page.getByRole('link', { name: /Back to the objection library/ }).click();
    await expect(page).toHaveURL(/\/objections\/$/);
    await context.close();
  });

  test('a retired card passes axe in light and dark mode', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/objections/gauge-at-every-station/five-gauges-too-many/');
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  test('a retired card says it is withdrawn and links its replacement', async ({ page }) => {
    await page.goto('/objections/retired/');
    await page.locator('main h3 a').first().click();
    const banner = page.getByRole('note').filter({ hasText: 'Withdrawn' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Do not use this answer');
    await expect(banner.getByRole('link', { name: 'Scrap to savings' })).toHaveAttribute('href', '/concepts/scrap-to-savings/#objections');
  });
});

test.describe('objection card', () => {
  const card = '/objections/scrap-to-savings/software-too-expensive/';

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('shows the objection, the concern and the follow-up question on the first screen', async ({ page }) => {
      await page.goto(card);
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });
      await expect(page.locator('[data-objection-part="concern"]')).toBeInViewport({ ratio: 1 });
      await expect(page.locator('[data-objection-part="follow-up"]')).toBeInViewport({ ratio: 1 });
    });
  });

  test('puts a one-line "say this" opening above the full response', async ({ page }) => {
    await page.goto(card);
    const opening = page.locator('[data-objection-part="opening"]');
    await expect(opening).toContainText('Say this');
    const response = page.locator('[data-objection-part="response"]');
    const responseText = (await response.locator('dd').innerText()).trim();
    const openingText = (await opening.locator('dd').innerText()).replace(/^“|”$/g, '').trim();
    expect(responseText.startsWith(openingText)).toBe(true);
    expect(openingText.length).toBeLessThan(responseText.length);
    const [a, b] = [await opening.boundingBox(), await response.boundingBox()];
    expect((a?.y ?? 0) < (b?.y ?? 0)).toBe(true);
  });

  test('prints on one A4 page', async ({ page }) => {
    await page.goto(card);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
  });

  test('a shared link previews with the objection and the follow-up question', async ({ page }) => {
    await page.goto(card);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '“The software is too expensive next to the device.”');
    const description = await page.locator('meta[property="og:description"]').getAttribute('content');
    const followUp = (await page.locator('[data-objection-part="follow-up"] dd').innerText()).replace(/^“|”$/g, '');
    expect(description).toContain(followUp);
    expect(description).toContain('Ask back');
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  });
});

test.describe('smaller things', () => {
  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('the search dialog closes with a word, not "Esc"', async ({ page }) => {
      await page.goto('/');
      await page.locator('header [data-search-open]').click();
      const close = page.getByRole('dialog').getByRole('button', { name: 'Close search' });
      await expect(close).toBeVisible();
      expect(await close.innerText()).toBe('Close');
      await close.click();
      await expect(page.getByRole('dialog')).toBeHidden();
    });

    test('the home search placeholder fits its field', async ({ page }) => {
      await page.goto('/');
      const room = await page.locator('#home-q').evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d');
        if (!context) return -1;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const available = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return available - context.measureText(input.placeholder).width;
      });
      expect(room).toBeGreaterThanOrEqual(0);
    });
  });

  test('product cards say what "Sell it as" counts', async ({ page }) => {
    await page.goto('/products/');
    const card = (name: string) => page.locator('main li').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(card('ProcessLens')).toContainText(/Sell it as: \d+ concepts/);
    await expect(page.getByRole('main')).toContainText(/Sell it as: 1 concept(?!s)/);
    await expect(page.getByRole('main')).not.toContainText(/Sell it as: \d+(?! concept)/);
  });

  test('a product no concept sells says what to do instead', async ({ page }) => {
    await page.goto('/products/bt-300/');
    const section = page.getByRole('region', { name: 'Sell it as' });
    await expect(section).toContainText('Quote it at list price');
    await expect(section.locator('[data-sell-it-as]')).toHaveCount(0);
    await expect(section.getByRole('link', { name: 'All concepts' })).toHaveAttribute('href', '/concepts/');
  });

  test('deal-size KPIs show their currency', async ({ page }) => {
    await page.goto('/concepts/audit-ready-gauges/');
    const row = page.getByRole('region', { name: 'KPIs' }).getByRole('row', { name: /Deal size/ });
    await expect(row).toContainText('€24,000');
    await expect(row).toContainText('€7,800');
  });

  test('the review line labels both of its dates', async ({ page }) => {
    await page.goto(flagship);
    const about = page.getByRole('region', { name: 'About this concept' });
    await expect(about).toContainText(/(Next review|Review was due) .+ · Last reviewed \d/);
  });

  test('a pilot concept says at the top who may offer it', async ({ page }) => {
    await page.goto('/concepts/every-part-inline/');
    const note = page.getByRole('note').filter({ hasText: 'Pilot' });
    await expect(note).toContainText('Field sales Germany South (Jonas Berger)');
    await expect(note).toContainText('Two automotive key accounts in the UK');
    const [noteBox, pitchBox] = [await note.boundingBox(), await page.locator('#pitch').boundingBox()];
    expect((noteBox?.y ?? 1e9) < (pitchBox?.y ?? 0)).toBe(true);
  });

  test('a persona page lists the objections that persona raises', async ({ page }) => {
    await page.goto('/personas/purchasing-manager/');
    const objections = page.getByRole('region', { name: 'Objections they raise' });
    await expect(objections.getByRole('link', { name: /The software is too expensive next to the device/ })).toHaveAttribute(
      'href',
      '/objections/scrap-to-savings/software-too-expensive/',
    );
    await expect(objections).not.toContainText('A gauge at every station');
  });

  test('printed links to assets show their URL', async ({ page }) => {
    await page.goto(flagship);
    await page.emulateMedia({ media: 'print' });
    const assets = page.getByRole('region', { name: 'Assets' });
    await expect(assets.getByText('/assets/scrap-to-savings-one-pager.pdf')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(assets.getByText('/assets/scrap-to-savings-one-pager.pdf')).toBeHidden();
  });
});

test.describe('search results that answer', () => {
  const dialogResults = (page: Page) => page.getByRole('dialog').locator('[data-search-results] > li');
  const openDialog = async (page: Page, query: string) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.getByRole('dialog').getByRole('searchbox').fill(query);
  };

  test('an objection result shows its concept and the follow-up question', async ({ page }) => {
    await openDialog(page, 'costs too much');
    const first = dialogResults(page).first();
    await expect(first.locator('a').first()).toHaveAttribute('href', '/objections/scrap-to-savings/software-too-expensive/');
    await expect(first).toContainText('Scrap to savings');
    await expect(first).toContainText('Ask back: “What did scrap on this line cost you last year, roughly, in euros?”');
  });

  test('results of similar objections from different concepts are told apart', async ({ page }) => {
    await openDialog(page, 'too expensive');
    const objections = dialogResults(page).filter({ has: page.locator('a[href^="/objections/"]') });
    await expect(objections.first()).toBeVisible();
    const rows = await objections.evaluateAll((items) =>
      items.map((item) => item.querySelector('[data-search-context]')?.textContent?.trim() ?? ''),
    );
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((row) => row.length > 0)).toBe(true);
    expect(new Set(rows).size).toBeGreaterThan(1);
  });

  test('a name search ranks the battlecard before the objections that mention it', async ({ page }) => {
    await openDialog(page, 'Qualis');
    await expect(dialogResults(page).first().locator('a').first()).toHaveAttribute('href', '/competitors/qualis-spc-cloud/');
  });

  test('the home page search field shows results as you type, loading the index on focus', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('/');
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    const field = page.getByRole('searchbox', { name: 'Search the playbook' }).first();
    const loaded = page.waitForRequest((request) => new URL(request.url()).pathname === '/pagefind/pagefind.js');
    await field.focus();
    await loaded;
    await field.pressSequentially('costs too much');
    const results = page.locator('[data-home-search] [data-search-results] a');
    await expect(results.first()).toHaveAttribute('href', '/objections/scrap-to-savings/software-too-expensive/');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('[data-home-search] [data-search-status]')).toContainText('for “costs too much”');
    expect(await axeViolations(page)).toEqual([]);
    // Enter still goes to every result with filters.
    await field.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=costs\+too\+much$/);
  });
});
