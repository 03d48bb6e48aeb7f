/**
 * The concept list behind the concept pickers and search's concept facet (issue 17, bounded
 * pages): one file per language holds every concept's id, title and personas, so the field-note
 * form, pitch practice and /search/ no longer carry a list that grows with the playbook. Runs
 * against the built sample.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseMdx } from '../../src/checker/mdx-source.ts';

const pickerFiles = '**/concepts/picker.json';

interface SourceConcept {
  id: string;
  title: string;
  status: string;
}

function sourceConcepts(dir: string): SourceConcept[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const data = parseMdx(readFileSync(`${dir}/${name}`, 'utf8')).frontmatter?.data as { title: string; status: string };
      return { id: name.replace(/\.mdx$/, ''), title: data.title, status: data.status };
    });
}

const originals = sourceConcepts('content/concepts').filter((c) => c.status !== 'draft');
const dutch = new Map(sourceConcepts('content/concepts/nl').map((c) => [c.id, c]));
const active = originals.filter((c) => c.status !== 'retired');

test.describe('the concept list', () => {
  for (const lang of ['en', 'nl'] as const) {
    test(`in ${lang}, holds every published concept, its title in the page’s language where translated, and which are active`, async ({ request }) => {
      const response = await request.get(lang === 'en' ? '/concepts/picker.json' : '/nl/concepts/picker.json');
      expect(response.ok()).toBe(true);
      const file = (await response.json()) as { concepts: { id: string; title: string; lang?: string; active: boolean; personas: string[] }[] };
      const expected = originals.map((c) => {
        const shown = lang === 'nl' ? dutch.get(c.id) : undefined;
        return { id: c.id, title: (shown ?? c).title, lang: lang === 'nl' && !shown ? 'en' : undefined, active: c.status !== 'retired' };
      });
      const sort = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      expect(sort(file.concepts.map(({ id, title, lang: shownIn, active: isActive }) => ({ id, title, lang: shownIn, active: isActive })))).toEqual(sort(expected));
      expect(file.concepts.find((c) => c.id === 'scrap-to-savings')?.personas).toContain('finance-controller');
    });
  }

  test('the form, practice, drill and search pages list no concept in their HTML', async ({ request }) => {
    for (const path of ['/field-notes/new/', '/learn/practice/', '/learn/drill/', '/search/', '/nl/field-notes/new/', '/nl/learn/practice/', '/nl/learn/drill/', '/nl/search/']) {
      const html = await (await request.get(path)).text();
      for (const concept of [...originals, ...dutch.values()]) {
        expect(html, `${path}: ${concept.id}`).not.toContain(`value="${concept.id}"`);
        expect(html, `${path}: ${concept.title}`).not.toContain(concept.title);
      }
      expect(html).not.toContain('data-personas-of');
    }
  });
});

test.describe('the drill’s concept filter', () => {
  for (const lang of ['en', 'nl'] as const) {
    test(`in ${lang}, offers the concepts of the drill’s manifest by title once it is loaded, marked where untranslated`, async ({ page, request }) => {
      const prefix = lang === 'en' ? '' : '/nl';
      const manifest = (await (await request.get(`${prefix}/learn/drill.json`)).json()) as { concepts: { id: string; title: string; lang: string }[] };
      const expected = [...manifest.concepts].sort((a, b) => a.title.localeCompare(b.title));
      expect(expected.length).toBeGreaterThan(1);
      await page.goto(`${prefix}/learn/drill/`);
      const select = page.locator('#drill-concept');
      await expect(select.locator('option')).toHaveCount(expected.length + 1);
      const options = await select.locator('option').evaluateAll((list) => list.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent, lang: o.getAttribute('lang') })));
      expect(options[0]!.value).toBe('');
      expect(options.slice(1)).toEqual(expected.map((c) => ({ value: c.id, text: c.title, lang: c.lang === lang ? null : c.lang })));
      // Choosing one drills only its cards: the card shown names that concept.
      await select.selectOption(expected[0]!.id);
      await expect(page.locator('[data-drill-concept]')).toHaveText(expected[0]!.title);
    });
  }
});

test.describe('the field-note form’s concept choice', () => {
  test('shows a loading state, then the active concepts, marked as English where not translated', async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(pickerFiles, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/nl/field-notes/new/');
    const select = page.getByLabel('Concept', { exact: true });
    await expect(select).toBeDisabled();
    await expect(page.locator('[data-concepts-status]')).toHaveText('De concepten worden geladen…');
    release();
    await expect(select).toBeEnabled();
    await expect(page.locator('[data-concepts-status]')).toHaveText('');
    await expect(select.locator('option').first()).toHaveText('Kies…');
    const titles = await select.locator('option:not([value=""])').allTextContents();
    expect(titles.sort()).toEqual(active.map((c) => dutch.get(c.id)?.title ?? c.title).sort());
    await expect(select.locator('option[value="every-part-inline"]')).toHaveAttribute('lang', 'en');
    await expect(select.locator('option[value="scrap-to-savings"]')).not.toHaveAttribute('lang');
    await expect(select.locator('option[value="gauge-at-every-station"]')).toHaveCount(0);
  });

  test('a list that cannot be loaded says so; the draft keeps its concept, and “Try again” brings the list', async ({ page }) => {
    await page.goto('/field-notes/new/?concept=scrap-to-savings');
    await expect(page.getByLabel('Concept', { exact: true })).toHaveValue('scrap-to-savings');
    await page.route(pickerFiles, (route) => route.abort('connectionfailed'));
    await page.goto('/field-notes/new/');
    await expect(page.locator('[data-concepts-status]')).toHaveText('The list of concepts could not be loaded. Try again: the draft keeps what you wrote.');
    await page.getByLabel('What worked', { exact: true }).fill('Asking about one scrapped batch.');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('playbook:field-note-draft:v1') ?? '{}') as { concept?: unknown });
    expect(stored.concept).toBe('scrap-to-savings');
    await page.unroute(pickerFiles);
    const retry = page.locator('[data-concepts-retry]');
    await retry.click();
    const select = page.getByLabel('Concept', { exact: true });
    await expect(select).toBeFocused();
    await expect(select).toHaveValue('scrap-to-savings');
    await expect(retry).toBeHidden();
  });
});

test.describe('pitch practice’s concept choice', () => {
  test('waits for the list, then offers the active concepts and each one’s personas', async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(pickerFiles, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/learn/practice/');
    await expect(page.locator('[data-practice-concepts-status]')).toHaveText('Loading the concepts…');
    await expect(page.getByRole('button', { name: 'Start' })).toBeDisabled();
    release();
    const concept = page.getByLabel('Concept', { exact: true });
    await expect(concept).toBeEnabled();
    await expect(concept.locator('option')).toHaveCount(active.length);
    // The first concept is chosen, with its personas to choose from, before anything is touched.
    const first = (await concept.locator('option').first().getAttribute('value')) ?? '';
    await expect(concept).toHaveValue(first);
    expect(await page.getByLabel('Persona', { exact: true }).locator('option').count()).toBeGreaterThan(0);
    await concept.selectOption('scrap-to-savings');
    await expect(page.getByLabel('Persona', { exact: true }).locator('option[value="finance-controller"]')).toHaveText('Finance controller');
    await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  });

  test('a list that cannot be loaded says so in Dutch, and “Opnieuw proberen” brings it', async ({ page }) => {
    await page.route(pickerFiles, (route) => route.abort('connectionfailed'));
    await page.goto('/nl/learn/practice/');
    await expect(page.locator('[data-practice-concepts-status]')).toHaveText('De lijst met concepten kon niet worden geladen.');
    await page.unroute(pickerFiles);
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(page.getByLabel('Concept', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Concept', { exact: true }).locator('option[value="scrap-to-savings"]')).toHaveText('Van afkeur naar besparing');
  });
});

test.describe('the search page’s concept facet', () => {
  test('names its values from the concept list, in the page’s language', async ({ page }) => {
    await page.goto('/nl/search/?q=afkeur');
    await expect(page.getByRole('group', { name: 'Concept' }).getByRole('checkbox', { name: /Van afkeur naar besparing/ })).toBeVisible();
    await page.goto('/search/?q=payback');
    await expect(page.getByRole('group', { name: 'Concept' }).getByRole('checkbox', { name: /Scrap to savings/ })).toBeVisible();
  });

  test('without the list, a value shows as its id and the search still works', async ({ page }) => {
    await page.route(pickerFiles, (route) => route.abort('connectionfailed'));
    await page.goto('/search/?q=payback');
    await expect(page.getByRole('group', { name: 'Concept' }).getByRole('checkbox', { name: /scrap-to-savings/ })).toBeVisible();
  });
});
