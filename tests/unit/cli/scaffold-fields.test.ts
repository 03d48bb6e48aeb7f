/**
 * The templates of `npm run new` are written by hand (each with its comments and examples), so
 * this keeps them whole: every field of a collection's schema is in its scaffold, filled in or
 * as a commented example. A new schema field fails here until its template has it.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { scaffold, type ScaffoldKind } from '../../../src/cli/scaffold.ts';
import { registryEntries } from '../../../src/schemas/collections.ts';
import { metricColumns } from '../../../src/schemas/metrics.ts';

/** Fields a scaffold leaves out on purpose: the folder decides the language. */
const leftOut = new Set(['lang']);

/** The top-level keys of an object schema, through defaults, refinements and pipes. */
function fieldsOf(schema: z.ZodType): string[] {
  let at: unknown = schema;
  for (let i = 0; i < 10 && at && !(at instanceof z.ZodObject); i++) {
    const def = (at as { def?: { innerType?: unknown; in?: unknown; schema?: unknown } }).def;
    at = def?.innerType ?? def?.in ?? def?.schema;
  }
  if (!(at instanceof z.ZodObject)) throw new Error('not an object schema');
  return Object.keys(at.shape);
}

const idSchema = () => z.string() as never;

describe('npm run new templates', () => {
  for (const collection of registryEntries()) {
    const kind = collection.singular as ScaffoldKind;
    it(`the ${kind} scaffold has every field of its schema`, () => {
      const text = scaffold(kind, kind === 'metrics' ? '2027' : 'Line Check', new Date('2026-11-27T00:00:00Z')).text;
      if (collection.format === 'csv') {
        // A table: the header line names every column of a row.
        expect(text.split('\n')[0]?.split(',')).toEqual([...metricColumns]);
        return;
      }
      const fields = fieldsOf(collection.schema(idSchema)).filter((field) => !leftOut.has(field));
      expect(fields.length).toBeGreaterThan(3);
      const missing = fields.filter((field) => !new RegExp(`^[#\\s-]*${field}:`, 'm').test(text));
      expect(missing, `add these fields to the ${kind} template in src/cli/scaffold.ts`).toEqual([]);
    });
  }
});
