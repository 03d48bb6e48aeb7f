/**
 * Learn (issue 14): the quiz with immediate feedback, progress that survives a reload, the
 * objection drill by keyboard, progress carried by its export file into a build where
 * marketing changed the flagship's price response, and the printable completion summary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fixtureBuildEnv, fixtureBuilds, priceResponseChanged } from '../fixture-builds.ts';
import { storageKey } from '../../src/lib/learn-progress.ts';
import { startStaticServer } from './static-server.ts';

const lesson = '/learn/lessons/handling-the-price-objection/';
const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);
const left = (page: Page) => page.locator('[data-drill-left]');
const front = (page: Page) => page.locator('[data-drill-front]');
/** The card on screen once it is the session's own: shown, and no longer waiting for its concept's file. */
const shownFront = async (page: Page) => {
  const card = page.locator('[data-drill-card]');
  await expect(card).toBeVisible();
  await expect(card).not.toHaveAttribute('aria-busy', 'true');
  return (await front(page).textContent()) ?? '';
};

test.describe('lesson quiz', () => {
  test('a wrong answer asks again, a right one shows the explanation, and a reload keeps the progress', async ({ page }) => {
    await page.goto(lesson);
    await expect(page.getByRole('heading', { name: 'After this lesson you can' })).toBeVisible();
    const first = question(page, 'reframe-the-price');
    const explanation = first.locator('[data-quiz-explanation]');
    await first.getByLabel("The price of ProcessLens against a competitor's software").check();
    await first.getByRole('button', { name: 'Check answer' }).click();
    await expect(first.locator('[data-quiz-feedback]')).toHaveText('Not quite. Try another answer.');
    await expect(explanation).toBeHidden();
    await first.getByLabel('The whole offer against what scrap and line stops cost on this line every year').check();
    await first.getByRole('button', { name: 'Check answer' }).click();
    await expect(first.locator('[data-quiz-feedback]')).toHaveText('Right.');
    await expect(explanation).toBeVisible();
    await expect(explanation).toContainText('Compare the whole offer with the yearly cost of scrap');

    await page.reload();
    await expect(question(page, 'reframe-the-price').locator('[data-quiz-recorded]')).toHaveText('Answered: your first answer was wrong.');
    await expect(page.locator('[data-quiz-score]')).toHaveText('0 of 3 right the first time');
    await page.goto('/learn/');
    await expect(page.locator('[data-lesson-status="handling-the-price-objection"]')).toHaveText('Started · 0 of 3 right the first time');
  });

  test('the lesson navigation shows its spaces: "Next lesson: The anatomy of a concept →"', async ({ page }) => {
    /** The rendered gaps, in px, between the label's colon and the title, and between the title and the arrow. */
    const gaps = (link: ReturnType<Page['locator']>) =>
      link.evaluate((a) => {
        const title = [...a.querySelectorAll('span')].at(-1)!;
        const rect = (node: Node, from: number, to: number) => {
          const range = document.createRange();
          range.setStart(node, from);
          range.setEnd(node, to);
          return range.getBoundingClientRect();
        };
        const before = title.previousSibling!;
        const after = title.nextSibling;
        const colon = before.textContent!.lastIndexOf(':');
        const arrow = after?.textContent?.indexOf('→') ?? -1;
        const box = title.getBoundingClientRect();
        return [box.left - rect(before, colon, colon + 1).right, arrow < 0 ? null : rect(after!, arrow, arrow + 1).left - box.right];
      });
    await page.goto('/learn/lessons/concepts-not-boxes/');
    const next = page.getByRole('link', { name: /^Next lesson/ });
    await expect(next).toHaveText('Next lesson: The anatomy of a concept →');
    const [afterColon, beforeArrow] = await gaps(next);
    expect(afterColon).toBeGreaterThan(2);
    expect(beforeArrow).toBeGreaterThan(2);
    await page.goto('/nl/learn/lessons/anatomy-of-a-concept/');
    expect((await gaps(page.getByRole('link', { name: /^← Vorige les/ })))[0]).toBeGreaterThan(2);
  });

  test('keeps the questions and answers out of the search index', async ({ request }) => {
    const html = await (await request.get(lesson)).text();
    expect(html).toMatch(/<section[^>]*data-pagefind-ignore="all"[^>]*data-lesson-quiz/);
    expect(html).toContain('data-pagefind-body');
  });

  test('is in Dutch on the Dutch lesson, quoting the Dutch playbook', async ({ page }) => {
    await page.goto(`/nl${lesson}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Het prijsbezwaar beantwoorden');
    await expect(page.getByRole('heading', { name: 'Test jezelf' })).toBeVisible();
    await expect(page.locator('figure').first()).toContainText('Ons antwoord');
  });
});

test.describe('objection drill', () => {
  test('Space reveals, 3 grades Good, and the card leaves today’s queue', async ({ page }) => {
    await page.goto('/learn/drill/');
    await expect(left(page)).toHaveText('10 cards left in this session');
    const firstCard = await shownFront(page);
    await page.keyboard.press('Space');
    await expect(page.locator('[data-drill-back]')).toBeVisible();
    await page.keyboard.press('3');
    await expect(left(page)).toHaveText('9 cards left in this session');
    await expect(front(page)).not.toHaveText(firstCard);
    await page.reload();
    await expect(left(page)).toHaveText('9 cards left in this session');
    await expect(front(page)).not.toHaveText(firstCard);
    await expect(page.locator('[data-drill-counts]')).toContainText('new');
  });

  test('Again shows the card again at the end of the session', async ({ page }) => {
    await page.goto('/learn/drill/');
    await page.getByLabel('Concept', { exact: true }).selectOption('scrap-to-savings');
    await page.getByLabel('Category', { exact: true }).selectOption('competition');
    await expect(left(page)).toHaveText('2 cards left in this session');
    const again = await shownFront(page);
    await page.getByRole('button', { name: 'Reveal the answer' }).click();
    await page.getByRole('button', { name: /^Again/ }).click();
    await expect(left(page)).toHaveText('2 cards left in this session');
    await expect(front(page)).not.toHaveText(again);
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
    await expect(left(page)).toHaveText('1 card left in this session');
    await expect(front(page)).toHaveText(again);
  });

  test('a card graded Again is still in today’s session after a reload, and the counts follow each grade', async ({ page }) => {
    await page.goto('/learn/drill/');
    const counts = page.locator('[data-drill-counts]');
    await expect(counts).toHaveText('0 due · 16 new');
    const failed: string[] = [];
    for (const [i, key] of ['1', '3', '4', '2', '3', '1'].entries()) {
      const card = await shownFront(page);
      if (key === '1') failed.push(card);
      await page.keyboard.press('Space');
      await expect(page.locator('[data-drill-back]')).toBeVisible();
      await page.keyboard.press(key);
      await expect(counts).toHaveText(`${failed.length} due · ${15 - i} new`);
    }
    await expect(left(page)).toHaveText('6 cards left in this session');
    await page.reload();
    await expect(left(page)).toHaveText('6 cards left in this session');
    await expect(counts).toHaveText('2 due · 10 new');
    // The four new cards first, then the two failed ones, in the order they were failed.
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      seen.push(await shownFront(page));
      await page.keyboard.press('Space');
      await expect(page.locator('[data-drill-back]')).toBeVisible();
      await page.keyboard.press('3');
    }
    expect(seen.slice(4)).toEqual(failed);
    await expect(page.locator('[data-drill-message]')).toContainText('Done for today');
    await expect(counts).toHaveText('0 due · 6 new');
  });

  test('on a Dutch page, a card of a concept not yet in Dutch says so, and its English texts carry lang="en"', async ({ page }) => {
    await page.goto('/nl/learn/drill/');
    const note = page.locator('[data-drill-untranslated]');
    await page.getByLabel('Concept', { exact: true }).selectOption('audit-ready-gauges');
    await shownFront(page);
    await expect(note).toBeVisible();
    await expect(note).toHaveText('Van deze kaart is nog geen versie in het Nederlands: je ziet hem in het Engels.');
    await expect(front(page)).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-drill-concept]')).toHaveAttribute('lang', 'en');
    await page.keyboard.press('Space');
    await expect(page.locator('[data-drill-field="response"]')).toHaveAttribute('lang', 'en');
    // The note and the card's own labels are Dutch, like the page.
    await expect(page.locator('[data-drill-card]')).not.toHaveAttribute('lang', 'en');
    await page.getByLabel('Concept', { exact: true }).selectOption('scrap-to-savings');
    await shownFront(page);
    await expect(page.locator('[data-drill-concept]')).toHaveText('Van afkeur naar besparing');
    await expect(note).toBeHidden();
    await expect(front(page)).toHaveAttribute('lang', '');
  });

  test('while the chosen concept’s cards load, the card still on screen cannot be revealed or graded', async ({ page }) => {
    await page.goto('/learn/drill/');
    const before = await shownFront(page);
    // Hold the flagship's learn file until the filter has been changed and Space pressed.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/learn/data/scrap-to-savings.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByLabel('Concept', { exact: true }).selectOption('scrap-to-savings');
    const card = page.locator('[data-drill-card]');
    await expect(card).toHaveAttribute('aria-busy', 'true');
    await expect(front(page)).toHaveText(before);
    await front(page).focus();
    await page.keyboard.press('Space');
    await expect(page.locator('[data-drill-back]')).toBeHidden();
    release();
    await expect(card).not.toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('[data-drill-concept]')).toHaveText('Scrap to savings');
    await expect(page.locator('[data-drill-back]')).toBeHidden();
    await page.keyboard.press('Space');
    await expect(page.locator('[data-drill-back]')).toBeVisible();
  });

  test('damaged progress is ignored with a notice, not a broken page', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, '{"format":"playbook-learn-progress","version":1,"cards":7}'), storageKey);
    await page.goto('/learn/drill/');
    await expect(page.locator('[data-learn-notice]')).toContainText('could not be read and was ignored');
    await expect(left(page)).toHaveText('10 cards left in this session');
  });
});

test.describe('pitch practice', () => {
  test('shows the pitch, hides proof and benefit until revealed, and asks for the persona’s discovery question', async ({ page }) => {
    await page.goto('/learn/practice/');
    await page.getByLabel('Concept', { exact: true }).selectOption('scrap-to-savings');
    await page.getByLabel('Persona', { exact: true }).selectOption('finance-controller');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.locator('[data-practice-tagline]')).toHaveText('Measure at the line, see why scrap happens, and cut it.');
    const firstArgument = page.locator('[data-practice-arguments] > li').first();
    await expect(firstArgument.getByText('Benefit', { exact: true })).toBeHidden();
    await firstArgument.getByRole('button', { name: 'Show proof and benefit' }).click();
    await expect(firstArgument.getByText('Benefit', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'What does one scrapped part cost you, material and machine time together?' }).click();
    await expect(page.locator('[data-practice-feedback]')).toContainText('Right');
    await page.getByRole('button', { name: 'Start a 60-second timer' }).click();
    await expect(page.locator('[data-practice-timer-left]')).toHaveText('60 s left');
    await expect(page.getByRole('button', { name: 'Stop the timer' })).toBeVisible();
  });
});

test.describe('pitch practice can always be won', () => {
  for (const locale of ['', '/nl']) {
    test(`offers only personas with a right question, in every concept (${locale || '/en'})`, async ({ page }) => {
      await page.goto(`${locale}/learn/practice/`);
      const concept = page.locator('#practice-concept');
      const persona = page.locator('#practice-persona');
      await expect(concept).toBeEnabled();
      // No question of "Audit-ready gauge control" is meant for a purchasing manager.
      await concept.selectOption('audit-ready-gauges');
      await expect(persona.locator('option[value="purchasing-manager"]')).toHaveCount(0);
      for (const conceptId of await concept.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))) {
        await concept.selectOption(conceptId);
        const personas = await persona.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
        expect(personas.length, conceptId).toBeGreaterThan(0);
        for (const personaId of personas) {
          await persona.selectOption(personaId);
          await page.locator('[data-practice-form] button[type="submit"]').click();
          await expect(page.locator('[data-practice-title]')).toBeFocused();
          const choices = page.locator('[data-practice-choices] button');
          await expect(choices.first()).toBeVisible();
          const feedback = page.locator('[data-practice-feedback]');
          let won = false;
          for (const choice of await choices.all()) {
            await choice.click();
            if ((await feedback.getAttribute('class'))?.includes('text-good')) won = true;
          }
          expect(won, `${conceptId} + ${personaId}`).toBe(true);
        }
      }
    });
  }

  test('a round with no question for the persona says so instead of asking for a guess', async ({ page }) => {
    // A concept list older than the concept (say, kept offline) can still offer such a persona.
    await page.route('**/concepts/picker.json', async (route) => {
      const file = (await (await route.fetch()).json()) as { concepts: { id: string; personas: string[] }[] };
      for (const concept of file.concepts) concept.personas.push('purchasing-manager');
      await route.fulfill({ json: file });
    });
    await page.goto('/learn/practice/');
    await page.getByLabel('Concept', { exact: true }).selectOption('audit-ready-gauges');
    await page.getByLabel('Persona', { exact: true }).selectOption('purchasing-manager');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.locator('[data-practice-no-question]')).toHaveText(/No discovery question of this concept is meant for this persona/);
    await expect(page.locator('[data-practice-choices] button')).toHaveCount(0);
  });
});

test.describe('progress moves to another build with its export file', () => {
  const build = fixtureBuilds.find((b) => b.name === priceResponseChanged.name)!;
  const outDir = fixtureBuildEnv(build).PLAYBOOK_OUT_DIR!;

  test.beforeAll(() => {
    // Built by the fixture-builds unit test when the whole suite runs; built here when missing
    // or built from other code than the sample (its drill page loads other scripts).
    const scripts = (dir: string) => {
      const file = join(dir, 'learn', 'drill', 'index.html');
      return existsSync(file) ? [...readFileSync(file, 'utf8').matchAll(/\/_astro\/[^"]+\.js/g)].map(([src]) => src).sort().join() : undefined;
    };
    if (scripts(outDir) !== undefined && scripts(outDir) === scripts(process.env.PLAYBOOK_OUT_DIR || 'dist')) return;
    build.prepare?.();
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { encoding: 'utf8', env: { ...process.env, ...fixtureBuildEnv(build) } });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  });

  test('the card whose price response changed is due again, flagged, with the change marked', async ({ page, browser }, testInfo) => {
    test.setTimeout(120_000);
    // Practise the flagship's price card on the sample build.
    await page.goto('/learn/drill/');
    await page.getByLabel('Concept', { exact: true }).selectOption('scrap-to-savings');
    await page.getByLabel('Category', { exact: true }).selectOption('price');
    await expect(front(page)).toHaveText('“The software is too expensive next to the device.”');
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(left(page)).toHaveText('0 cards left in this session');
    await expect(page.locator('[data-drill-message]')).toHaveText(/Done for today/);

    await page.goto('/learn/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^playbook-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = testInfo.outputPath('progress.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).cards[priceResponseChanged.card]).toBeTruthy();

    // A new browser (another origin: nothing stored) on the build with the revised response.
    const site = await startStaticServer(outDir, 0);
    const context = await browser.newContext({ baseURL: site.url });
    try {
      const phone = await context.newPage();
      await phone.goto('/learn/drill/');
      await phone.getByLabel('Concept', { exact: true }).selectOption('scrap-to-savings');
      await phone.getByLabel('Category', { exact: true }).selectOption('price');
      await expect(phone.locator('[data-drill-changed]')).toBeHidden();

      await phone.goto('/learn/');
      await expect(phone.locator('[data-progress-figures]')).toContainText('0 of 16 objection cards practised');
      await phone.locator('[data-progress-import]').setInputFiles(file);
      await expect(phone.locator('[data-progress-status]')).toHaveText('Progress imported.');
      await expect(phone.locator('[data-progress-figures]')).toContainText('1 of 16 objection cards practised');

      await phone.goto('/learn/drill/');
      await phone.getByLabel('Concept', { exact: true }).selectOption('scrap-to-savings');
      await phone.getByLabel('Category', { exact: true }).selectOption('price');
      await expect(front(phone)).toHaveText('“The software is too expensive next to the device.”');
      await expect(phone.locator('[data-drill-changed]')).toBeVisible();
      await expect(phone.locator('[data-drill-changed]')).toContainText('Changed since you practised it');
      await phone.keyboard.press('Space');
      const response = phone.locator('[data-drill-field="response"]');
      await expect(response.locator('ins')).toHaveText('ask what one bad batch cost them,');
      await expect(response.locator('del')).toHaveCount(0);
      await expect(response).toContainText('Agree that the licence looks large next to the gauge, ask what one bad batch cost them, then change the comparison');
      await phone.keyboard.press('3');
      await phone.goto('/learn/drill/');
      await phone.getByLabel('Concept', { exact: true }).selectOption('scrap-to-savings');
      await phone.getByLabel('Category', { exact: true }).selectOption('price');
      await expect(left(phone)).toHaveText('0 cards left in this session');
    } finally {
      await context.close();
      await site.stop();
    }
  });
});

test.describe('completion summary', () => {
  test('writes the date, counts and expected recall as the rest of the site does, in both languages', async ({ page }) => {
    // A fixed clock: the date on the summary is the learner's today.
    await page.clock.setFixedTime(new Date(2026, 11, 7, 10, 0));
    for (const [prefix, date] of [['', '7 Dec 2026'], ['/nl', '7 dec 2026']] as const) {
      await page.goto(`${prefix}/learn/drill/`);
      await expect(front(page)).toBeVisible();
      await page.keyboard.press('Space');
      await page.keyboard.press('3');
      await page.goto(`${prefix}/learn/summary/`);
      await expect(page.locator('[data-summary-date]')).toHaveText(date);
      // Graded Good a moment ago: recall is certain, written "100 %" with a no-break space.
      // (toHaveText would read a no-break space as any space, so the text is compared as it is.)
      await expect(page.locator('[data-summary-retention]')).toHaveText('100 %');
      expect(await page.locator('[data-summary-retention]').textContent()).toBe('100\u00a0%');
      await expect(page.locator('[data-summary-practised]')).toHaveText(/^\d+ \/ \d+$/);
      await page.evaluate(() => localStorage.clear());
    }
  });

  test('shows the learner’s progress and prints on one page without the site’s navigation', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.goto(lesson);
    for (const [id, option] of [['reframe-the-price', 2], ['bundle-against-parts', 1], ['signing-limit', 3]] as const) {
      await question(page, id).locator(`[data-option="${option}"]`).click();
      await question(page, id).getByRole('button', { name: 'Check answer' }).click();
    }
    await expect(page.locator('[data-lesson-done]')).toBeVisible();

    await page.goto('/learn/summary/');
    await expect(page.locator('[data-summary-lessons-done]')).toHaveText('1 of 6 lessons done');
    await expect(page.locator('[data-summary-row="handling-the-price-objection"]')).toContainText('Done');
    await expect(page.locator('[data-summary-row="handling-the-price-objection"] [data-summary-score]')).toHaveText('3 / 3');
    await page.getByRole('button', { name: 'Print the summary' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print the summary' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Completion summary' })).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
  });
});
