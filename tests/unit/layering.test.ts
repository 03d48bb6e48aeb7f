/**
 * The layering the README's repository map states, checked over every import in src/: each
 * floor imports only its own floor and the floors below it, apart from the exceptions listed
 * here (and in the README) with their reason; the schemas import nothing but zod.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve('src');
/** Bottom first. Files directly in src/ (content.config.ts, middleware.ts, env.d.ts) render. */
const floors: readonly (readonly string[])[] = [['schemas'], ['lib'], ['rules'], ['checker'], ['integrations', 'cli'], ['components', 'layouts', 'pages', 'styles', '.']];
const floorOf = (file: string) => {
  const top = file.includes('/') ? file.slice(0, file.indexOf('/')) : '.';
  const floor = floors.findIndex((names) => names.includes(top));
  if (floor < 0) throw new Error(`${file} is in a folder of src/ the layering does not know: add it to the README's map and to this test.`);
  return floor;
};

/** Upward imports on purpose, as the README lists them. */
const allowedUpward = [
  // The body renderer and the mdx-safe check share one allow-list and one source reader.
  'lib/body-render.ts → rules/body-allow-list.ts',
  'lib/body-render.ts → checker/body-source.ts',
  // The rules table of /authoring/ and .github/RULES.md describes the rules and the checker's own findings.
  'lib/rules-table.ts → rules/engine.ts',
  'lib/rules-table.ts → rules/mdx-safe.ts',
  'lib/rules-table.ts → rules/types.ts',
  'lib/rules-table.ts → checker/public-files.ts',
  'lib/rules-markdown.ts → rules/engine.ts',
  'lib/rules-markdown.ts → rules/types.ts',
  // A bad playbook.config.ts is reported as the checker's findings, though the config is read below it.
  'lib/config-findings.ts → checker/format.ts',
  'lib/config-findings.ts → rules/field-path.ts',
  'lib/config-findings.ts → rules/types.ts',
];

const sources = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|mts|mjs|js|astro)$/.test(file))
  .map((file) => file.split('\\').join('/'));
const specifiers = (text: string) =>
  [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
const imports = sources.flatMap((file) =>
  specifiers(readFileSync(join(src, file), 'utf8')).map((spec) => ({
    file,
    spec,
    target: spec.startsWith('.') ? relative(src, resolve(dirname(join(src, file)), spec)).split('\\').join('/') : undefined,
  })),
);

describe('layering of src/', () => {
  it('reads the imports (the check is not empty)', () => {
    expect(imports.filter((i) => i.file.startsWith('pages/')).length).toBeGreaterThan(100);
  });

  it('no floor imports a higher one, except the listed cases', () => {
    const upward = imports
      .filter((i) => i.target !== undefined && !i.target.startsWith('..') && floorOf(i.target) > floorOf(i.file))
      .map((i) => `${i.file} → ${i.target}`);
    expect([...new Set(upward)].sort()).toEqual([...allowedUpward].sort());
  });

  it('the schemas import only astro/zod and each other', () => {
    const outside = imports.filter((i) => i.file.startsWith('schemas/') && i.spec !== 'astro/zod' && !(i.target?.startsWith('schemas/') ?? false));
    expect(outside.map((i) => `${i.file} → ${i.spec}`)).toEqual([]);
  });
});
