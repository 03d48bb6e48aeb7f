import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldReference } from '../../src/lib/field-reference.ts';
import { rulesTable } from '../../src/lib/rules-table.ts';
import { allRules } from '../../src/rules/index.ts';

const root = join(import.meta.dirname, '../..');
const guide = readFileSync(join(root, '.github/CONTRIBUTING.md'), 'utf8');
const guideSections = [...guide.matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? '').replace(/[`*]/g, ''));
const reference = fieldReference();

test.describe('/authoring/', () => {
  test('renders the guide from .github/CONTRIBUTING.md, every section of it', async ({ page }) => {
    await page.goto('/authoring/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Authoring guide');
    // Markdown turns straight quotes into typographic ones; compare the words.
    const plain = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").trim();
    const headings = await page.locator('article h2').allTextContents();
    expect(headings.map(plain)).toEqual(guideSections);
    // A contents link per section, ending with the generated reference.
    const contents = page.getByRole('navigation', { name: 'On this page' }).first();
    await expect(contents.getByRole('link', { name: 'Field reference' })).toHaveAttribute('href', '#field-reference');
  });

  test('lists every field of every collection, generated from the schemas', async ({ page }) => {
    await page.goto('/authoring/');
    const section = page.getByRole('region', { name: 'Field reference' });
    await expect(section).toBeVisible();
    for (const { collection, fields } of reference) {
      const list = section.locator(`[data-field-collection="${collection}"]`);
      await expect(list.getByRole('heading', { level: 3 })).toHaveText(collection);
      await expect(list.locator('[data-field]')).toHaveCount(fields.length);
      const paths = await list.locator('[data-field]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-field')));
      expect(paths).toEqual(fields.map((f) => f.path));
    }
    const floor = section.locator('[data-field="bundles[].negotiation.floorPrice"]');
    await expect(floor.locator('dt')).toHaveText(/bundles\[\]\.negotiation\.floorPrice\s*optional/);
    await expect(floor.locator('dd')).toContainText('Lowest total over the term');
    const status = section.locator('[data-field-collection="concepts"] [data-field="status"]');
    await expect(status).toContainText('required');
    await expect(status).toContainText('Allowed values: draft, pilot, live, retired');
  });

  test('lists every rule with what to do, generated from the rules; the guide links to it', async ({ page }) => {
    await page.goto('/authoring/');
    const section = page.getByRole('region', { name: 'Playbook rules' });
    const rows = section.locator('[data-rule]');
    expect(await rows.evaluateAll((list) => list.map((row) => row.getAttribute('data-rule')))).toEqual(rulesTable(allRules).map((r) => r.id));
    const placeholders = section.locator('[data-rule="no-placeholders"]');
    await expect(placeholders).toContainText(`What to do: ${allRules.find((r) => r.id === 'no-placeholders')!.fix.replace(/`/g, '')}`);
    await page.locator('article').getByRole('link', { name: 'rules table' }).first().click();
    await expect(page).toHaveURL(/#rules$/);
    // On GitHub the guide links to the generated RULES.md and FIELD-REFERENCE.md; here to the sections.
    await expect(page.locator('article a[href$=".md"]')).toHaveCount(0);
    await page.locator('article').getByRole('link', { name: 'field reference', exact: true }).click();
    await expect(page).toHaveURL(/#field-reference$/);
  });

  test('in Dutch, lists every rule in Dutch, read in the Dutch voice, with its `code` kept', async ({ page }) => {
    await page.goto('/nl/authoring/');
    const section = page.getByRole('region', { name: 'Playbookregels' });
    const rows = section.locator('[data-rule]');
    await expect(rows).toHaveCount(rulesTable(allRules).length);
    await expect(section.locator('[lang]')).toHaveCount(0);
    const champion = section.locator('[data-rule="champion-from-pilot"]');
    await expect(champion).toContainText('fout');
    await expect(champion).toContainText('Wat de regel controleert: Concepten in pilot of live hebben een sales champion.');
    await expect(champion).toContainText('Wat je doet: Vul salesChampion in: de verkoper die het concept trekt.');
    await expect(champion.locator('code')).toHaveText(['champion-from-pilot', 'salesChampion']);
    await expect(section.locator('[data-rule="review-overdue"]')).toContainText('waarschuwing');
  });

  test('marks the customer-safe fields, from the customer-safe list', async ({ page }) => {
    await page.goto('/authoring/');
    const concepts = page.locator('[data-field-collection="concepts"]');
    await expect(concepts.locator('[data-field="arguments[].claim"] [data-customer-safe]')).toHaveText('customer-safe');
    await expect(concepts.locator('[data-field="proofPoints[].result"] [data-customer-safe]')).toHaveText('customer-safe when public is true');
    await expect(concepts.locator('[data-field="arguments[].proof"] [data-customer-safe]')).toHaveCount(0);
    const marked = reference.find((c) => c.collection === 'concepts')!.fields.filter((f) => f.customerSafe).length;
    await expect(concepts.locator('[data-customer-safe]')).toHaveCount(marked);
  });

  test('reads on a phone without scrolling the page sideways', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/authoring/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    // The longest paths wrap inside their row instead of widening it.
    const row = page.locator('[data-field="bundles[].negotiation.maxDiscountWithoutApproval"]');
    const box = await row.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    // The contents collapse into a disclosure on small screens and still lead to every section.
    const contents = page.locator('details', { hasText: 'On this page' });
    await contents.locator('summary').click();
    await contents.getByRole('link', { name: 'The value model' }).click();
    await expect(page).toHaveURL(/#the-value-model$/);
  });
});

test.describe('Edit this page and Suggest a change', () => {
  const repo = 'https://github.com/meridian-metrology/playbook';
  const pages = [
    { path: '/concepts/scrap-to-savings/', file: 'content/concepts/scrap-to-savings.mdx', title: 'Scrap to savings' },
    { path: '/products/lm-400/', file: 'content/products/lm-400.yaml', title: 'LineMeter LM-400' },
    { path: '/personas/quality-manager/', file: 'content/personas/quality-manager.yaml', title: 'Quality manager' },
    {
      path: '/objections/scrap-to-savings/software-too-expensive/',
      file: 'content/concepts/scrap-to-savings.mdx',
      title: 'The software is too expensive next to the device.',
    },
  ];
  for (const { path, file, title } of pages) {
    test(`${path} links the GitHub editor for ${file} and a prefilled issue`, async ({ page }) => {
      await page.goto(path);
      const links = page.getByRole('navigation', { name: 'Edit and feedback' });
      await expect(links.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', `${repo}/edit/main/${file}`);
      const suggest = await links.getByRole('link', { name: 'Suggest a change' }).getAttribute('href');
      const url = new URL(suggest ?? '');
      expect(`${url.origin}${url.pathname}`).toBe(`${repo}/issues/new`);
      expect(url.searchParams.get('title')).toBe(`Change request: ${title}`);
      expect(url.searchParams.get('body')).toContain(`File: ${file}`);
    });
  }
});
