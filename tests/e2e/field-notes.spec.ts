/**
 * Field notes (issue 15): the form composes a note the checker passes and offers it three ways,
 * the draft survives a reload, the counts show on the flagship's price card, and new objections
 * reach the enablement team's to-do list. The form's page holds no concept's objections: they
 * are loaded when a concept is chosen (issue 17), and when they cannot be, it says so. Runs
 * against the built sample.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checkSources } from '../../src/checker/check.ts';
import { parseMdx } from '../../src/checker/mdx-source.ts';
import { readContentFiles } from '../../src/checker/read-content.ts';
import { axeViolations } from './checks.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { notesPerPage, notesShown } from '../../src/lib/field-notes-bounded.ts';

const form = '/field-notes/new/';
const price = '“The software is too expensive next to the device.”';
const learnFiles = '**/learn/data/*.json';

/** A sample concept's objections as its source file words them, in its order, as the form's legends show them. */
function sourceObjections(file: string): string[] {
  const data = parseMdx(readFileSync(file, 'utf8')).frontmatter?.data as { objections: { objection: string }[] };
  return data.objections.map((o) => `“${o.objection}”`);
}

/** The composed note run through the checker with the sample content, as if committed at `path`. */
function check(path: string, text: string) {
  const files = readContentFiles('content');
  files.push({ collection: 'field-notes', relativePath: path.replace(/^field-notes\//, ''), file: `content/${path}`, text });
  return checkSources(files, { today: new Date(), settings: { vagueWords: {}, staleCompetitorDays: 90, showDrafts: false, locales: ['en', 'nl'] } });
}

async function fillNote(page: Page) {
  await page.getByLabel('Concept').selectOption('scrap-to-savings');
  await page.getByLabel('Customer’s industry').selectOption('medical-devices');
  await page.getByLabel('Who you spoke to').selectOption('purchasing-manager');
  await page.getByRole('radio', { name: 'Open' }).check();
  await page.getByRole('group', { name: price }).getByRole('radio', { name: 'Heard, the answer did not work' }).check();
  await page.getByLabel('A new objection, in the customer’s words').fill('Our cleanroom rules forbid another PC at the line.');
  await page.getByLabel('What worked', { exact: true }).fill('Asking what one scrapped catheter batch costs.');
}

test.describe('the field-note form', () => {
  test('composes a note that passes the checker and offers e-mail, download and the repository', async ({ page }) => {
    await page.goto(form);
    await expect(page.locator('[data-note-status]')).toContainText('Still missing: Concept');
    await fillNote(page);
    const actions = page.locator('[data-note-actions]');
    await expect(actions).toBeVisible();
    await page.getByText('The note file').click();
    const text = (await page.locator('[data-note-preview]').textContent()) ?? '';
    expect(text).toContain('concept: scrap-to-savings');
    expect(text).toContain('  - objection: software-too-expensive\n    handled: false');
    expect(text).toContain('  - "Our cleanroom rules forbid another PC at the line."');

    const repository = new URL((await page.getByRole('link', { name: 'Open in the repository' }).getAttribute('href')) ?? '');
    expect(repository.origin + repository.pathname).toBe('https://github.com/meridian-metrology/playbook/new/main');
    const path = (repository.searchParams.get('filename') ?? '').replace(/^content\//, '');
    expect(path).toMatch(/^field-notes\/\d{4}-\d{2}-\d{2}-scrap-to-savings-[a-z0-9]{5}\.md$/);
    expect(repository.searchParams.get('value')).toBe(text);

    const result = check(path, text);
    expect(result.findings.filter((f) => f.file === `content/${path}`)).toEqual([]);
    expect(result.errors).toBe(0);

    const mail = (await page.getByRole('link', { name: /Send by e-mail/ }).getAttribute('href')) ?? '';
    expect(mail).toMatch(/^mailto:enablement@meridian-metrology\.example\?subject=Field%20note%3A%20Scrap%20to%20savings%2C%20/);
    expect(decodeURIComponent(new URL(mail).searchParams.get('body') ?? '').replace(/\r\n/g, '\n')).toBe(text);

    const download = page.getByRole('link', { name: 'Download the file' });
    expect(await download.getAttribute('download')).toBe(path.split('/').pop());
    // The file behind the link is the note itself.
    const data = (await download.getAttribute('href')) ?? '';
    expect(data.startsWith('data:text/markdown;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(data.slice(data.indexOf(',') + 1))).toBe(text);
  });

  test('filled in, with the ways to send it open, has no axe violations', async ({ page }) => {
    await page.goto(form);
    await fillNote(page);
    await page.getByText('The note file').click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('keeps the draft through a reload, and starts over on request', async ({ page }) => {
    await page.goto(form);
    await fillNote(page);
    await page.reload();
    await expect(page.getByLabel('Concept')).toHaveValue('scrap-to-savings');
    await expect(page.getByLabel('What worked', { exact: true })).toHaveValue('Asking what one scrapped catheter batch costs.');
    await expect(page.getByRole('group', { name: price }).getByRole('radio', { name: 'Heard, the answer did not work' })).toBeChecked();
    await expect(page.locator('[data-note-actions]')).toBeVisible();
    await page.getByLabel('Your name (optional)').fill('Sanne de Groot');
    await page.getByRole('button', { name: 'Start a new note' }).click();
    await expect(page.getByLabel('Concept')).toHaveValue('');
    await expect(page.getByLabel('Concept')).toBeFocused();
    await expect(page.getByLabel('Your name (optional)')).toHaveValue('Sanne de Groot');
    await page.reload();
    await expect(page.getByLabel('What worked', { exact: true })).toHaveValue('');
  });

  for (const [lang, path, finish, texts] of [
    ['English', form, 'Finish the note', {
      concept: ['Concept', 'Choose the concept this visit was about.'],
      worked: ['What worked', 'Write down at least one thing: an objection you heard, a new objection, what worked or what did not.'],
      outcome: ['Choose how the visit ended.'],
    }],
    ['Dutch', `/nl${form}`, 'Notitie afronden', {
      concept: ['Concept', 'Kies het concept waar dit bezoek over ging.'],
      worked: ['Wat werkte', 'Schrijf minstens één ding op: een bezwaar dat je hoorde, een nieuw bezwaar, wat werkte of wat niet.'],
      outcome: ['Kies hoe het bezoek afliep.'],
    }],
  ] as const) {
    test(`finishing an empty note (${lang}) says at each missing field what it needs, in the field's description`, async ({ page }) => {
      await page.goto(path);
      const concept = page.getByLabel(texts.concept[0], { exact: true });
      await expect(concept).toBeEnabled();
      // Before the reader tries to finish, no field is marked and no message is referenced.
      await expect(concept).not.toHaveAttribute('aria-invalid');
      await expect(page.locator('[id$="-error"]:visible')).toHaveCount(0);
      await page.getByRole('button', { name: finish }).click();
      await expect(concept).toBeFocused();
      await expect(concept).toHaveAttribute('aria-invalid', 'true');
      await expect(concept).toHaveAccessibleDescription(new RegExp(`^${texts.concept[1]}`));
      const worked = page.getByLabel(texts.worked[0], { exact: true });
      await expect(worked).toHaveAccessibleDescription(texts.worked[1]);
      const outcome = page.locator('fieldset[data-note-outcome]');
      await expect(outcome).toHaveAccessibleDescription(texts.outcome[0]);
      for (const radio of await outcome.getByRole('radio').all()) await expect(radio).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#note-outcome-error')).toBeVisible();
      expect(await axeViolations(page), 'axe with the messages shown').toEqual([]);
      // Answered, a field loses its message and gets its own description back.
      await outcome.getByRole('radio').first().check();
      await expect(page.locator('#note-outcome-error')).toBeHidden();
      await expect(outcome).toHaveAccessibleDescription('');
      for (const radio of await outcome.getByRole('radio').all()) await expect(radio).not.toHaveAttribute('aria-invalid');
      await concept.selectOption('scrap-to-savings');
      await expect(concept).not.toHaveAttribute('aria-invalid');
      await expect(concept).not.toHaveAccessibleDescription(new RegExp(texts.concept[1]));
    });
  }

  test('“Draft saved” is said once, in a status message, and only once the reader wrote something', async ({ page }) => {
    await page.goto(`${form}?concept=fill-to-the-line`);
    await expect(page.getByLabel('Concept')).toHaveValue('fill-to-the-line');
    // Its one industry is filled in for the reader: nothing of theirs yet.
    await expect(page.getByLabel('Customer’s industry')).toHaveValue('food-and-beverage');
    const saved = page.getByRole('status').filter({ hasText: 'Draft saved' });
    await expect(page.locator('[data-note-saved]')).toBeHidden();
    await expect(page.locator('[data-note-saved]')).toHaveText('');
    await page.getByLabel('What worked', { exact: true }).fill('Their own overfill.');
    await expect(saved).toHaveText('Draft saved on this device. It is still here after a reload.');
    await expect(saved).toBeVisible();
    // Typing on does not write the message again (a live region re-announces new text).
    await saved.evaluate((node) => { (node as HTMLElement & { firstText?: Node | null }).firstText = node.firstChild; });
    await page.getByLabel('What worked', { exact: true }).pressSequentially(' And the scale.');
    expect(await saved.evaluate((node) => (node as HTMLElement & { firstText?: Node | null }).firstText === node.firstChild)).toBe(true);
  });

  test('a concept page’s link opens its concept; a draft for another concept is kept and offered back', async ({ page }) => {
    await page.goto(form);
    await fillNote(page);
    await page.goto('/concepts/fill-to-the-line/');
    const write = page.locator('#field-notes').getByRole('link', { name: 'Write a field note' });
    await expect(write).toHaveAttribute('href', '/field-notes/new/?concept=fill-to-the-line');
    await write.click();
    await expect(page.getByLabel('Concept')).toHaveValue('fill-to-the-line');
    await expect(page.getByLabel('What worked', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('A new objection, in the customer’s words')).toHaveValue('');
    const notice = page.locator('[data-note-aside]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(/^You also have an unsent note about Scrap to savings, from the visit of \d{1,2} \w{3} \d{4}\. It is kept on this device\./);
    // A reload keeps both: the linked concept's note and the offer.
    await page.getByLabel('What worked', { exact: true }).fill('Their own overfill.');
    await page.reload();
    await expect(page.getByLabel('What worked', { exact: true })).toHaveValue('Their own overfill.');
    await expect(notice).toContainText('Scrap to savings');
    expect(await axeViolations(page)).toEqual([]);
    // Continuing the old note sets this one aside in its turn; nothing is lost.
    await page.getByRole('button', { name: 'Continue that note' }).click();
    await expect(page.getByLabel('Concept')).toHaveValue('scrap-to-savings');
    await expect(page.getByLabel('What worked', { exact: true })).toHaveValue('Asking what one scrapped catheter batch costs.');
    await expect(page.getByRole('group', { name: price }).getByRole('radio', { name: 'Heard, the answer did not work' })).toBeChecked();
    await expect(notice).toContainText('You also have an unsent note about Fill to the line');
    await page.getByRole('button', { name: 'Discard it' }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(page.getByLabel('Concept')).toHaveValue('scrap-to-savings');
    await expect(notice).toBeHidden();
  });

  test('in Dutch, files the note under field-notes/nl/, and a concept page link picks the concept', async ({ page }) => {
    await page.goto('/nl/field-notes/new/?concept=fill-to-the-line');
    await expect(page.getByLabel('Concept')).toHaveValue('fill-to-the-line');
    // Fill to the line sells to one industry only: it is filled in.
    await expect(page.getByLabel('Branche van de klant')).toHaveValue('food-and-beverage');
    await page.getByLabel('Met wie je sprak').selectOption('plant-manager');
    await page.getByRole('radio', { name: 'Gewonnen' }).check();
    await page.getByLabel('Wat werkte', { exact: true }).fill('De overvulling van hun eigen lijn doorrekenen.');
    const href = (await page.getByRole('link', { name: 'Openen in de repository' }).getAttribute('href')) ?? '';
    const path = (new URL(href).searchParams.get('filename') ?? '').replace(/^content\//, '');
    expect(path).toMatch(/^field-notes\/nl\/\d{4}-\d{2}-\d{2}-fill-to-the-line-[a-z0-9]{5}\.md$/);
    const text = new URL(href).searchParams.get('value') ?? '';
    const result = check(path, text);
    expect(result.errors).toBe(0);
    // Downloaded or e-mailed, the file still says it is a Dutch note and where it goes, and
    // filed as English the checker refuses it.
    const name = path.split('/').pop() ?? '';
    const download = page.getByRole('link', { name: 'Bestand downloaden' });
    await expect(download).toHaveAttribute('download', `nl-${name}`);
    expect(decodeURIComponent(((await download.getAttribute('href')) ?? '').replace(/^[^,]*,/, ''))).toBe(text);
    expect(text.split('\n').slice(0, 2)).toEqual(['---', `# File: ${path}`]);
    expect(text).toMatch(/\nlang: nl\n---\n/);
    const misfiled = check(`field-notes/nl-${name}`, text);
    expect(misfiled.findings.filter((f) => f.file === `content/field-notes/nl-${name}`).map((f) => f.ruleId)).toEqual(['translation-language']);
  });
});

test.describe('the field-note form loads the objections of the chosen concept only', () => {
  test('the built page holds no concept’s objections; choosing one shows exactly its own, after a visible loading state', async ({ page, request }) => {
    const html = await (await request.get(form)).text();
    // The outcome, the objections' fieldset and the template of one objection: nothing per concept.
    expect(html.match(/<fieldset\b/g)).toHaveLength(3);
    expect(html).not.toContain('name="objection-');
    expect(html).not.toContain('too expensive next to the device');

    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const fetched: string[] = [];
    await page.route(learnFiles, async (route) => {
      fetched.push(new URL(route.request().url()).pathname);
      await held;
      await route.continue();
    });
    await page.goto(form);
    await expect(page.locator('[data-objection]')).toHaveCount(0);
    await page.getByLabel('Concept').selectOption('scrap-to-savings');
    const state = page.locator('[data-objections-status]');
    await expect(state).toHaveText('Loading the concept’s objections…');
    await expect(state).toBeVisible();
    release();
    const scrap = sourceObjections('content/concepts/scrap-to-savings.mdx');
    await expect(page.locator('[data-objection] legend')).toHaveText(scrap);
    await expect(state).toHaveText('');
    const group = page.getByRole('group', { name: price });
    await expect(group.getByRole('radio')).toHaveCount(3);
    await expect(group.getByRole('radio', { name: 'Not heard' })).toBeChecked();

    // Another concept: its objections alone are shown; the first one's stay in the form, hidden, with their answers.
    await group.getByRole('radio', { name: 'Heard, the answer worked' }).check();
    await page.getByLabel('Concept').selectOption('fill-to-the-line');
    await expect(page.locator('[data-objection]:visible legend')).toHaveText(sourceObjections('content/concepts/fill-to-the-line.mdx'));
    await page.getByLabel('Concept').selectOption('scrap-to-savings');
    await expect(page.locator('[data-objection]:visible legend')).toHaveText(scrap);
    await expect(group.getByRole('radio', { name: 'Heard, the answer worked' })).toBeChecked();
    expect(fetched).toEqual(['/learn/data/scrap-to-savings.json', '/learn/data/fill-to-the-line.json']);
  });

  test('in Dutch, the objections come in Dutch, or marked as English where the concept has no translation', async ({ page }) => {
    await page.goto('/nl/field-notes/new/');
    await page.getByLabel('Concept').selectOption('fill-to-the-line');
    const fill = page.locator('[data-objections-for="fill-to-the-line"]');
    await expect(fill.locator('legend')).toHaveText(sourceObjections('content/concepts/nl/fill-to-the-line.mdx'));
    await expect(fill).not.toHaveAttribute('lang');
    await page.getByLabel('Concept').selectOption('every-part-inline');
    const inline = page.locator('[data-objections-for="every-part-inline"]');
    await expect(inline.locator('legend')).toHaveText(sourceObjections('content/concepts/every-part-inline.mdx'));
    await expect(inline).toHaveAttribute('lang', 'en');
    // The answers are the page's own words, in its language.
    await expect(inline.locator('[data-objection] > div').first()).toHaveAttribute('lang', 'nl');
    await expect(inline.getByRole('radio', { name: 'Gehoord, het antwoord werkte niet' })).toHaveCount(sourceObjections('content/concepts/every-part-inline.mdx').length);
  });

  test('objections that cannot be loaded: it says so, the note can be finished without them, and “Try again” brings them', async ({ page }) => {
    await page.route(learnFiles, (route) => route.abort('connectionfailed'));
    await page.goto(form);
    await page.getByLabel('Concept').selectOption('scrap-to-savings');
    await expect(page.locator('[data-objections-status]')).toHaveText('The concept’s objections could not be loaded. You can write the note without them, or try again.');
    await page.getByLabel('Customer’s industry').selectOption('medical-devices');
    await page.getByLabel('Who you spoke to').selectOption('purchasing-manager');
    await page.getByRole('radio', { name: 'Open' }).check();
    await page.getByLabel('What worked', { exact: true }).fill('Asking what one scrapped catheter batch costs.');
    await page.getByRole('button', { name: 'Finish the note' }).click();
    await expect(page.getByRole('heading', { name: 'Send the note' })).toBeFocused();
    await page.getByText('The note file').click();
    await expect(page.locator('[data-note-preview]')).toContainText('concept: scrap-to-savings');
    await expect(page.locator('[data-note-preview]')).not.toContainText('objection:');

    await page.unroute(learnFiles);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('group', { name: price }).getByRole('radio', { name: 'Not heard' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeHidden();
    await expect(page.locator('[data-objections-status]')).toHaveText('');
  });

  // Offline as the page sees it: navigator.onLine and its events, and fetches that fail as a lost
  // network fails them. Not context.setOffline: Chromium tells the page and its network service
  // apart, so a fetch right after it could still go out (it did once in CI), and one right after
  // the 'online' event could still fail.
  const setPageOffline = async (page: Page, offline: boolean) => {
    if (offline) await page.route(learnFiles, (route) => route.abort('internetdisconnected'));
    else await page.unroute(learnFiles);
    await page.evaluate((off) => {
      if (off) Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      else delete (navigator as { onLine?: boolean }).onLine;
      dispatchEvent(new Event(off ? 'offline' : 'online'));
    }, offline);
  };

  test('offline without a kept copy, it says so, and back online it loads them by itself', async ({ page }) => {
    await page.goto(form);
    await setPageOffline(page, true);
    await page.getByLabel('Concept').selectOption('scrap-to-savings');
    await expect(page.locator('[data-objections-status]')).toContainText('You are offline, and this browser has not kept this concept’s objections.');
    await setPageOffline(page, false);
    await expect(page.getByRole('group', { name: price })).toBeVisible();
    await expect(page.locator('[data-objections-status]')).toHaveText('');
  });

  test('on a 390 px phone, loaded objections and the message that they could not be loaded have no axe violations', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/nl/field-notes/new/');
    await page.getByLabel('Concept').selectOption('every-part-inline');
    await expect(page.locator('[data-objections-for="every-part-inline"] [data-objection]').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.route(learnFiles, (route) => route.abort('connectionfailed'));
    await page.getByLabel('Concept').selectOption('scrap-to-savings');
    await expect(page.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a draft’s objection answers outlast a reload whose objections cannot load, and come back once they do', async ({ page }) => {
    await page.goto(form);
    await fillNote(page);
    await page.route(learnFiles, (route) => route.abort('connectionfailed'));
    await page.reload();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    // Editing the note meanwhile saves the draft again, with the answer it had.
    await page.getByLabel('What did not work').fill('The price slide.');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('playbook:field-note-draft:v1') ?? '{}') as { objections?: unknown; didNotWork?: unknown });
    expect(stored).toMatchObject({ objections: { 'software-too-expensive': 'not-handled' }, didNotWork: 'The price slide.' });
    await page.unroute(learnFiles);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('group', { name: price }).getByRole('radio', { name: 'Heard, the answer did not work' })).toBeChecked();
  });
});

test('without JavaScript, the form page says so and gives the inbox to write to', async ({ request }) => {
  // Playwright disables scripts without telling the HTML parser, so <noscript> is read from the HTML.
  const html = await (await request.get(form)).text();
  expect(html).toMatch(/<noscript>[^]*This form needs JavaScript[^]*href="mailto:enablement@meridian-metrology\.example"[^]*<\/noscript>/);
  expect(html).toMatch(/<form [^>]*data-note-form[^>]*hidden/);
});

test.describe('what the field notes say', () => {
  test('the flagship’s price card and its concept page show how often it was heard and handled', async ({ page }) => {
    await page.goto('/objections/scrap-to-savings/software-too-expensive/');
    const tally = page.locator('[data-field-tally]');
    await expect(tally).toContainText('Heard 6×, handled 2×');
    await expect(tally).toContainText('revise the response');
    await page.goto('/concepts/scrap-to-savings/');
    await expect(page.locator('#objection-software-too-expensive [data-field-tally]')).toContainText('Heard 6×, handled 2×');
    await expect(page.locator('#field-notes [data-field-note]').first()).toHaveAttribute('data-field-note', '2026-11-24-scrap-to-savings-brake-components');
  });

  test('ranks the answer that fails most first', async ({ page }) => {
    await page.goto('/field-notes/');
    await expect(page.locator('[data-ranked]').first()).toHaveAttribute('data-ranked', 'scrap-to-savings/software-too-expensive');
    await page.goto('/nl/field-notes/');
    await expect(page.locator('[data-ranked]').first()).toContainText('Gehoord 6×, weerlegd 2×');
  });

  test('a new objection from a sample note is on the to-do list, by concept, newest first', async ({ page }) => {
    await page.goto('/field-notes/new-objections/');
    const scrap = page.getByRole('region', { name: /Scrap to savings/ });
    const items = scrap.locator('[data-new-objection]');
    await expect(items.first()).toContainText('framework contract with Vantor until 2028');
    await expect(items).toHaveCount(4);
    await expect(scrap.locator('[lang="nl"]')).toContainText('eigen datacenter');
    await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Scrap to savings');
  });

  for (const lang of ['', '/nl'] as const) {
    test(`both pages link a CSV file that holds every row they show${lang ? ' (Dutch)' : ''}`, async ({ page }) => {
      const csv = async (table: string) => {
        const link = page.locator(`a[data-csv="${table}"]`);
        await expect(link).toHaveAttribute('href', `${lang}/field-notes/${table}.csv`);
        await expect(link).toHaveAttribute('download', '');
        const response = await page.request.get(`${lang}/field-notes/${table}.csv`);
        expect(response.status()).toBe(200);
        const parsed = parseCsv(await response.text());
        expect(parsed.problems).toEqual([]);
        expect(parsed.separator).toBe(lang ? ';' : ',');
        const [header, ...rows] = parsed.records.map((record) => record.cells.map((cell) => cell.value));
        return { header: header!, rows };
      };
      // The sample has few notes: the pages show every row, with no "more" sentence.
      await page.goto(`${lang}/field-notes/`);
      await expect(page.locator('[data-bounded]')).toHaveCount(0);
      const ranked = await Promise.all((await page.locator('[data-ranked]').all()).map((item) => item.getAttribute('data-ranked')));
      const answers = await csv('answers');
      expect(answers.header).toEqual(
        lang
          ? ['Concept-id', 'Concept', 'Bezwaar-id', 'Bezwaar', 'Gehoord', 'Weerlegd', 'Wat te doen', 'Pagina']
          : ['Concept id', 'Concept', 'Objection id', 'Objection', 'Heard', 'Handled', 'What to do', 'Page'],
      );
      expect(answers.rows.map((row) => `${row[0]}/${row[2]}`)).toEqual(ranked);
      expect(answers.rows[0]!.slice(4, 7)).toEqual(['6', '2', lang ? 'herzie het antwoord' : 'revise the response']);
      expect(answers.rows[0]![7]).toMatch(new RegExp(`${lang}/objections/scrap-to-savings/software-too-expensive/$`));
      await page.goto(`${lang}/field-notes/new-objections/`);
      await expect(page.locator('[data-bounded]')).toHaveCount(0);
      const shown = await Promise.all((await page.locator('[data-new-objection] p:first-child').all()).map((item) => item.textContent()));
      const newObjections = await csv('new-objections');
      expect(newObjections.rows.map((row) => `“${row[3]}”`)).toEqual(shown);
      expect(newObjections.rows[0]!.slice(0, 2)).toEqual(['2026-11-19', 'scrap-to-savings']);
    });
  }

  for (const lang of ['', '/nl'] as const) {
    test(`every field note can be read, page by page, from “All field notes”${lang ? ' (Dutch)' : ''}`, async ({ page }) => {
      const files = readContentFiles('content').filter((file) => file.collection === 'field-notes');
      const ids = files.map((file) => file.relativePath.replace(/\.md$/, '')).sort();
      expect(ids.length).toBeGreaterThan(6);
      await page.goto(`${lang}/field-notes/`);
      await expect(page.locator('[data-field-note]')).toHaveCount(6);
      await page.locator('#field-notes').getByRole('link', { name: lang ? 'Alle veldnotities' : 'All field notes' }).click();
      await expect(page).toHaveURL(new RegExp(`${lang}/field-notes/all/$`));
      await expect(page.locator('[data-notes-count]')).toHaveAttribute('data-notes-count', String(ids.length));
      const seen: string[] = [];
      const dates: string[] = [];
      for (let pages = 0; ; pages++) {
        expect(pages).toBeLessThan(50);
        // Bounded: a page holds at most notesPerPage notes.
        const here = await page.locator('[data-field-note]').evaluateAll((notes) => notes.map((note) => note.getAttribute('data-field-note') ?? ''));
        expect(here.length).toBeGreaterThan(0);
        expect(here.length).toBeLessThanOrEqual(notesPerPage);
        seen.push(...here);
        dates.push(...(await page.locator('[data-field-note] header time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))));
        const next = page.locator('a[rel="next"]');
        if ((await next.count()) === 0) break;
        await next.click();
      }
      expect([...seen].sort()).toEqual(ids);
      expect([...dates].sort().reverse()).toEqual(dates);
    });
  }

  for (const lang of ['', '/nl'] as const) {
    test(`a concept page leads to that concept’s notes and no other${lang ? ' (Dutch)' : ''}`, async ({ page }) => {
      const files = readContentFiles('content').filter((file) => file.collection === 'field-notes');
      const conceptOf = (file: (typeof files)[number]) => /^concept:\s*(\S+)/m.exec(file.text)?.[1];
      const flagship = files.filter((file) => conceptOf(file) === 'scrap-to-savings').map((file) => file.relativePath.replace(/\.md$/, '')).sort();
      expect(flagship.length).toBeGreaterThan(notesShown);
      await page.goto(`${lang}/concepts/scrap-to-savings/`);
      await expect(page.locator('#field-notes [data-field-note]')).toHaveCount(notesShown);
      const all = page.locator('#field-notes [data-all-notes]');
      await expect(all).toHaveText(lang ? `Alle ${flagship.length} notities over dit concept` : `All ${flagship.length} notes on this concept`);
      await all.click();
      await expect(page).toHaveURL(new RegExp(`${lang}/field-notes/concepts/scrap-to-savings/$`));
      await expect(page.locator('[data-notes-count]')).toHaveAttribute('data-notes-count', String(flagship.length));
      const here = await page.locator('[data-field-note]').evaluateAll((notes) => notes.map((note) => note.getAttribute('data-field-note') ?? ''));
      expect([...here].sort()).toEqual(flagship);
      // Its "Write a field note" opens the form on this concept.
      await expect(page.getByRole('main').getByRole('link', { name: lang ? 'Veldnotitie schrijven' : 'Write a field note' })).toHaveAttribute('href', `${lang}/field-notes/new/?concept=scrap-to-savings`);

      // A concept with no more notes than its page shows lists them all there and links no other list.
      const few = files.filter((file) => conceptOf(file) === 'fill-to-the-line');
      expect(few.length).toBeGreaterThan(0);
      expect(few.length).toBeLessThanOrEqual(notesShown);
      await page.goto(`${lang}/concepts/fill-to-the-line/`);
      await expect(page.locator('#field-notes [data-field-note]')).toHaveCount(few.length);
      await expect(page.locator('#field-notes [data-all-notes]')).toHaveCount(0);
      expect((await page.request.get(`${lang}/field-notes/concepts/fill-to-the-line/`)).status()).toBe(404);
    });
  }

  for (const lang of ['', '/nl'] as const) {
    test(`an industry page leads to that industry’s notes, newest first; a persona page that shows all its notes links no list${lang ? ' (Dutch)' : ''}`, async ({ page }) => {
      const files = readContentFiles('content').filter((file) => file.collection === 'field-notes');
      const field = (file: (typeof files)[number], name: string) => new RegExp(`^${name}:\\s*(\\S+)`, 'm').exec(file.text)?.[1];
      const notesWhere = (name: string, id: string) => files.filter((file) => field(file, name) === id);
      // Newest first, by visit day, then by note id (src/lib/field-note-stats.ts newestFirst).
      const automotive = notesWhere('industry', 'automotive-suppliers')
        .map((file) => ({ id: file.relativePath.replace(/\.md$/, ''), date: field(file, 'date') ?? '' }))
        .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
      expect(automotive.length).toBeGreaterThan(notesShown);
      await page.goto(`${lang}/industries/automotive-suppliers/`);
      await expect(page.locator('#field-notes [data-field-note]')).toHaveCount(notesShown);
      const all = page.locator('#field-notes [data-all-notes]');
      await expect(all).toHaveText(
        lang ? `Alle ${automotive.length} notities uit de branche automotive-toeleveranciers` : `All ${automotive.length} notes from automotive suppliers`,
      );
      await all.click();
      await expect(page).toHaveURL(new RegExp(`${lang}/field-notes/industries/automotive-suppliers/$`));
      const name = lang ? 'Automotive-toeleveranciers' : 'Automotive suppliers';
      await expect(page).toHaveTitle(new RegExp(`^${lang ? 'Veldnotities' : 'Field notes'}: ${name} · `));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${lang ? 'Veldnotities' : 'Field notes'}: ${name}`);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(lang ? 'in de branche automotive-toeleveranciers' : 'in the automotive suppliers industry'));
      await expect(page.getByRole('navigation', { name: lang ? 'Kruimelpad' : 'Breadcrumb' }).getByRole('link', { name })).toHaveAttribute('href', `${lang}/industries/automotive-suppliers/`);
      await expect(page.locator('[data-notes-count]')).toHaveAttribute('data-notes-count', String(automotive.length));
      // Exactly the industry's notes, in order, newest first; every card names its concept.
      const here = await page.locator('[data-field-note]').evaluateAll((notes) => notes.map((note) => note.getAttribute('data-field-note') ?? ''));
      expect(here).toEqual(automotive.map((note) => note.id));
      // Every card names its concept and who was spoken to, not the industry the whole page is about.
      await expect(page.locator('[data-field-note] header a[href*="/concepts/"]')).toHaveCount(automotive.length);
      await expect(page.locator('[data-field-note]').filter({ hasText: name })).toHaveCount(0);
      await expect(page.locator('a[rel="next"]')).toHaveCount(0);

      // The quality manager's three notes are all on the persona's page: no link to a list of the same notes, and no such list.
      const quality = notesWhere('persona', 'quality-manager');
      expect(quality.length).toBeGreaterThan(0);
      expect(quality.length).toBeLessThanOrEqual(notesShown);
      await page.goto(`${lang}/personas/quality-manager/`);
      await expect(page.locator('#field-notes [data-field-note]')).toHaveCount(quality.length);
      await expect(page.locator('#field-notes [data-all-notes]')).toHaveCount(0);
      await expect(page.locator('#field-notes a[href*="/field-notes/all/"]')).toHaveCount(0);
      expect((await page.request.get(`${lang}/field-notes/personas/quality-manager/`)).status()).toBe(404);
    });
  }

  test('persona and industry pages show their latest notes', async ({ page }) => {
    await page.goto('/personas/plant-manager/');
    await expect(page.locator('#field-notes [data-field-note]').first()).toHaveAttribute('data-field-note', 'nl/2026-11-26-fill-to-the-line-zuivelfabriek');
    await page.goto('/industries/medical-devices/');
    await expect(page.locator('#field-notes')).toContainText('IQ/OQ');
  });
});
