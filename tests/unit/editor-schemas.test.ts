import { Ajv } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectedEditorFiles, staleEditorFiles } from '../../src/cli/generate-editor-schemas.ts';
import { editorSchemaDir } from '../../src/lib/editor-schemas.ts';

const root = join(import.meta.dirname, '../..');
const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

// YAML leaves `2026-03-01` a string; the schemas mark dates with format "date".
const ajv = new Ajv({ allErrors: true, formats: { date: /^\d{4}-\d{2}-\d{2}$/ } });
const validatorFor = (collection: string) => ajv.compile(readJson(`${editorSchemaDir}/${collection}.schema.json`));

function sampleEntries(collection: string): [string, unknown][] {
  const folder = join(root, 'content', collection);
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => [name, parse(readFileSync(join(folder, name), 'utf8'))]);
}

describe('editor schemas (.vscode/)', () => {
  it('are up to date with the schemas: run `npm run schemas:editor` when this fails', () => {
    expect(staleEditorFiles(root)).toEqual([]);
  });

  it('wire every generated schema into .vscode/settings.json for the YAML extension', () => {
    const mapping = readJson('.vscode/settings.json')['yaml.schemas'];
    expect(mapping).toEqual({
      './.vscode/schemas/products.schema.json': ['content/products/**/*.yaml', 'content/products/**/*.yml'],
      './.vscode/schemas/personas.schema.json': ['content/personas/**/*.yaml', 'content/personas/**/*.yml'],
      './.vscode/schemas/industries.schema.json': ['content/industries/**/*.yaml', 'content/industries/**/*.yml'],
      './.vscode/schemas/competitors.schema.json': ['content/competitors/**/*.yaml', 'content/competitors/**/*.yml'],
    });
    expect([...expectedEditorFiles(root).keys()]).toContain('.vscode/settings.json');
  });

  it('the products schema accepts every sample product', () => {
    const validate = validatorFor('products');
    const samples = sampleEntries('products');
    expect(samples.length).toBeGreaterThan(0);
    const failures = samples.filter(([, data]) => !validate(data)).map(([name]) => name);
    expect(failures).toEqual([]);
  });

  it('the products schema rejects a product with a wrong kind, naming the allowed values', () => {
    const validate = validatorFor('products');
    const [, lm400] = sampleEntries('products').find(([name]) => name === 'lm-400.yaml') ?? [];
    expect(validate({ ...(lm400 as object), kind: 'gadget' })).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({
        instancePath: '/kind',
        keyword: 'enum',
        params: { allowedValues: ['device', 'software', 'service', 'consumable'] },
      }),
    );
  });

  it('the products schema rejects an asset link that is neither a site path nor an http(s) address', () => {
    const validate = validatorFor('products');
    const [, lm400] = sampleEntries('products').find(([name]) => name === 'lm-400.yaml') ?? [];
    const withAsset = (href: string) => ({ ...(lm400 as object), assets: [{ title: 'Data sheet', href }] });
    expect(validate(withAsset('/assets/lm-400-data-sheet.pdf'))).toBe(true);
    expect(validate(withAsset('javascript:alert(1)'))).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: '/assets/0/href', keyword: 'pattern' }));
  });

  it('the other YAML collections accept their sample entries and reject unknown fields', () => {
    for (const collection of ['personas', 'industries', 'competitors']) {
      const validate = validatorFor(collection);
      const failures = sampleEntries(collection).flatMap(([name, data]) =>
        validate(data) ? [] : [`${collection}/${name}: ${ajv.errorsText(validate.errors)}`],
      );
      expect(failures).toEqual([]);
      expect(validate({ name: 'x', notAField: true })).toBe(false);
    }
  });

  it("every schema accepts only the playbook's locales as `lang`, of an entry and of an asset", () => {
    const validate = validatorFor('products');
    const [, lm400] = sampleEntries('products').find(([name]) => name === 'lm-400.yaml') ?? [];
    const asset = (lang: string) => ({ ...(lm400 as object), assets: [{ title: 'Data sheet', href: '/assets/lm-400-data-sheet.pdf', lang }] });
    expect(validate({ ...(lm400 as object), lang: 'nl' })).toBe(true);
    expect(validate(asset('nl'))).toBe(true);
    expect(validate({ ...(lm400 as object), lang: 'de' })).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: '/lang', keyword: 'enum', params: { allowedValues: ['en', 'nl'] } }));
    expect(validate(asset('de'))).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: '/assets/0/lang', keyword: 'enum', params: { allowedValues: ['en', 'nl'] } }));
    for (const collection of ['personas', 'industries', 'competitors']) {
      const [, sample] = sampleEntries(collection)[0]!;
      expect(validatorFor(collection)({ ...(sample as object), lang: 'de' }), collection).toBe(false);
    }
  });
});
