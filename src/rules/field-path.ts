import type { FieldPath } from './types.ts';

/** Writes a field path the way authors read it: `arguments[2].proof`. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}
