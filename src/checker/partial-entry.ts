/**
 * When a file fails its schema, the rules can often still run on the rest of it: the invalid
 * fields are left out (climbing to the nearest field that may be missing), and the file is
 * parsed again. Rule findings about the left-out fields are dropped by the checker.
 */
import type { z } from 'astro/zod';
import type { FieldPath } from '../rules/types.ts';
import type { CollectionSpec } from './collections.ts';

type Issue = z.core.$ZodIssue;

export function withoutInvalidFields(
  spec: CollectionSpec,
  raw: unknown,
  issues: readonly Issue[],
): { data: unknown; removed: FieldPath[] } | undefined {
  let data: unknown = structuredClone(raw);
  const removed: FieldPath[] = [];
  let current = issues;
  for (let round = 0; round < 5; round++) {
    for (const issue of current) {
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...path, key]) : [path];
      for (const key of keys) {
        if (removed.some((done) => done.every((part, i) => key[i] === part))) continue;
        const cut = deleteField(data, key);
        if (!cut) return undefined;
        removed.push(cut);
      }
    }
    const result = spec.schema.safeParse(data);
    if (result.success) return { data: result.data, removed };
    current = result.error.issues;
    data = structuredClone(data);
  }
  return undefined;
}

/**
 * Deletes the field at `path`, or the nearest enclosing object field (list items are never
 * removed one by one, which would shift the positions of the others). Top-level fields are
 * deleted too; a required one then fails the next parse and the file is left out.
 */
function deleteField(data: unknown, path: FieldPath): FieldPath | undefined {
  for (let end = path.length; end > 0; end--) {
    const key = path[end - 1];
    if (typeof key !== 'string') continue;
    const parent = valueAt(data, path.slice(0, end - 1));
    if (parent && typeof parent === 'object' && !Array.isArray(parent) && key in parent) {
      delete (parent as Record<string, unknown>)[key];
      return path.slice(0, end);
    }
  }
  return undefined;
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
