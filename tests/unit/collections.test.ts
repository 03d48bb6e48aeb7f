import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkedCollectionsOf } from '../../src/checker/collections.ts';
import { astroCollections } from '../../src/lib/astro-collections.ts';
import { editorSchemas } from '../../src/lib/editor-schemas.ts';
import { fieldReference } from '../../src/lib/field-reference.ts';
import { scaffold } from '../../src/cli/scaffold.ts';
import {
  collectionRegistry,
  globPattern,
  registryEntries,
  type CollectionDef,
} from '../../src/schemas/collections.ts';
import { collectionNames, plainRef, type RefFactory } from '../../src/schemas/common.ts';

// A collection that does not exist yet: one registry entry is all it should take.
const visitReports: CollectionDef = {
  folder: 'visit-reports',
  format: 'yaml',
  extensions: ['.yaml', '.yml'],
  singular: 'visit report',
  schema: (ref: RefFactory) =>
    z.object({
      worked: z.string().describe('What worked on the visit.'),
      concept: ref('concepts').describe('The concept the visit was about.'),
    }),
};
const registry = { ...collectionRegistry, 'visit-reports': visitReports };

describe('collection registry', () => {
  it('has one entry per collection name', () => {
    expect(Object.keys(collectionRegistry).sort()).toEqual([...collectionNames].sort());
  });

  it('gives Astro one glob loader per entry, over its folder, with its schema', () => {
    const defined: { loader: unknown; schema: unknown }[] = [];
    const refs: string[] = [];
    const collections = astroCollections(registry, '/site/content', {
      defineCollection: (config) => {
        defined.push(config);
        return config;
      },
      glob: (options) => options,
      table: (options) => options,
      ref: ((collection: string) => {
        refs.push(collection);
        return plainRef(collection as 'concepts');
      }) as RefFactory,
    });
    expect(Object.keys(collections)).toEqual([...Object.keys(collectionRegistry), 'visit-reports']);
    expect(collections['visit-reports'].loader).toEqual({ base: '/site/content/visit-reports', pattern: '**/*.{yaml,yml}' });
    expect(collections.concepts.loader).toEqual({ base: '/site/content/concepts', pattern: '**/*.mdx' });
    // Astro's reference factory is the one the schemas are built with.
    expect(refs).toContain('concepts');
    expect(defined).toHaveLength(Object.keys(registry).length);
  });

  it('makes the checker read and validate the new collection', () => {
    const spec = checkedCollectionsOf(registry).find((c) => (c.name as string) === 'visit-reports');
    expect(spec).toMatchObject({ folder: 'visit-reports', format: 'yaml', extensions: ['.yaml', '.yml'] });
    expect(spec?.schema.safeParse({ worked: 'Asked for the scrap figure', concept: 'scrap-to-savings' }).data).toEqual({
      worked: 'Asked for the scrap figure',
      concept: { id: 'scrap-to-savings', collection: 'concepts' },
    });
    expect(spec?.schema.safeParse({ concept: 'x' }).success).toBe(false);
  });

  it('lists the new collection in the field reference with its documented fields', () => {
    const doc = fieldReference(registry).find((c) => c.collection === 'visit-reports');
    expect(doc?.format).toBe('yaml');
    expect(doc?.fields.map((f) => [f.path, f.kind, f.reference])).toEqual([
      ['worked', 'text', undefined],
      ['concept', 'reference', 'concepts'],
    ]);
  });

  it('writes an editor schema for the new collection, for every extension of its folder', () => {
    const file = editorSchemas('content', registry).find((f) => f.collection === 'visit-reports');
    expect(file?.path).toBe('.vscode/schemas/visit-reports.schema.json');
    expect(file?.globs).toEqual(['content/visit-reports/**/*.yaml', 'content/visit-reports/**/*.yml']);
    expect(file?.schema.required).toEqual(['worked', 'concept']);
    // MDX collections keep their frontmatter to the checker; the YAML extension cannot read it.
    expect(editorSchemas('content', registry).map((f) => f.collection)).not.toContain('concepts');
  });

  it('scaffolds every collection into its folder with its first extension', () => {
    for (const { singular, folder, extensions } of registryEntries()) {
      // A field note is named after its day too: many notes share a concept.
      const name = singular === 'field-note' ? '2026-05-01-line-check' : 'line-check';
      expect(scaffold(singular as never, 'Line Check', new Date('2026-05-01')).path).toBe(`${folder}/${name}${extensions[0]}`);
    }
  });
});

describe('globPattern', () => {
  it('matches every extension a collection is written in', () => {
    expect(globPattern(collectionRegistry.products)).toBe('**/*.{yaml,yml}');
    expect(globPattern(collectionRegistry.concepts)).toBe('**/*.mdx');
  });
});
