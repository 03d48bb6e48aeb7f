/**
 * Turns zod issues into sentences a marketer can act on: the field, what it must be, what it
 * got, and the field's own description when it is missing. Never a raw zod dump.
 */
import type { z } from 'astro/zod';
import { closest } from '../lib/text.ts';
import { valueAt } from '../rules/field-path.ts';

/** Marks issues that carry zod's default wording, so schema-level messages are kept as written. */
export const DEFAULT_MESSAGE = '\u0000default';

type Issue = z.core.$ZodIssue;
type AnySchema = z.ZodType;

/** The schema of the field at `path`, through optionals, defaults, lists and transforms. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = unwrap(schema);
  for (const key of path) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    let next: AnySchema | undefined;
    if (def.type === 'object' && typeof key === 'string') next = (def.shape as Record<string, AnySchema>)[key];
    else if (def.type === 'array' && typeof key === 'number') next = def.element as AnySchema;
    if (!next) return undefined;
    current = unwrap(next);
  }
  return current;
}

/** Steps through optional, default and transform wrappers to the schema that holds the shape. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return current;
    current = inner as AnySchema;
  }
}

/** The description of the field at `path`, when the schema documents it. */
export function describeField(schema: AnySchema, path: readonly PropertyKey[]): string | undefined {
  const parent = schemaAt(schema, path.slice(0, -1));
  const key = path.at(-1);
  if (!parent || key === undefined) return undefined;
  const def = parent._zod.def as unknown as Record<string, unknown>;
  const field =
    def.type === 'object' && typeof key === 'string'
      ? (def.shape as Record<string, AnySchema>)[key]
      : def.type === 'array'
        ? (def.element as AnySchema)
        : undefined;
  return field && firstDescription(field);
}

function firstDescription(schema: AnySchema): string | undefined {
  let current: AnySchema | undefined = schema;
  while (current) {
    if (current.description) return current.description;
    const def = current._zod.def as unknown as Record<string, unknown>;
    current = (def.innerType ?? (def.type === 'pipe' ? def.in : undefined)) as AnySchema | undefined;
  }
  return undefined;
}

/** Field names an object at `path` accepts, for "did you mean" hints. */
export function knownKeys(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const def = schemaAt(schema, path)?._zod.def as unknown as Record<string, unknown> | undefined;
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

/** The name an author knows a field by: `status`, `industries[0]`, `proof`. */
export function fieldName(path: readonly PropertyKey[]): string {
  let start = path.length - 1;
  while (start > 0 && typeof path[start] === 'number') start -= 1;
  return path
    .slice(Math.max(start, 0))
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  date: 'a date written as YYYY-MM-DD',
  array: 'a list (lines starting with "- ")',
  object: 'a group of fields (name: value lines, indented)',
};

/** How the value an author wrote reads back to them. */
export function describeValue(value: unknown): string {
  if (value === null) return 'nothing (the field is empty)';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

function list(values: readonly unknown[]): string {
  return values.map((v) => String(v)).join(', ');
}

export interface PlainIssue {
  path: PropertyKey[];
  message: string;
}

/**
 * One zod issue in plain words. Unknown fields become one message per field, each with its
 * own path, so the line points at the misspelt key.
 */
export function plainIssues(issue: Issue, schema: AnySchema, data: unknown): PlainIssue[] {
  const path = issue.path;
  // What the author wrote (zod reports coerced values, e.g. an invalid date for a missing one).
  const written = valueAt(data, path);
  const name = `\`${fieldName(path)}\``;
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, path);
    return issue.keys.map((key) => {
      const guess = closest(key, known);
      const hint = guess ? ` Did you mean \`${guess}\`?` : known.length ? ` Known fields here: ${list(known)}.` : '';
      return {
        path: [...path, key],
        message: `\`${key}\` is not a field here; remove it or correct its spelling.${hint}`,
      };
    });
  }
  if (written === undefined && issue.code !== 'custom') {
    const about = describeField(schema, path);
    return [{ path, message: `${name} is missing; add it${about ? `: ${about}` : '.'}` }];
  }
  if (issue.message !== DEFAULT_MESSAGE) {
    const scalar = written === null || typeof written !== 'object' || written instanceof Date;
    return [{ path, message: `${name} ${issue.message}${scalar ? `; got ${describeValue(written)}` : ''}` }];
  }
  return [{ path, message: defaultMessage(issue, name, written) }];
}

function defaultMessage(issue: Issue, name: string, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `${name} must be ${typeWords[issue.expected] ?? issue.expected}; got ${describeValue(input)}`;
    case 'invalid_value': {
      const match =
        typeof input === 'string'
          ? issue.values.find((v) => String(v).toLowerCase() === input.trim().toLowerCase())
          : undefined;
      const hint = match !== undefined ? ` (write \`${String(match)}\`, exactly like that)` : '';
      return `${name} must be one of ${list(issue.values)}; got ${describeValue(input)}${hint}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? `${name} must not be empty` : `${name} needs at least ${min} characters`;
      if (issue.origin === 'array') return `${name} needs at least ${min} ${min === 1 ? 'item' : 'items'}`;
      return `${name} must be at least ${min}${issue.inclusive === false ? ' (exclusive)' : ''}; got ${describeValue(input)}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `${name} must be at most ${max} characters long`;
      if (issue.origin === 'array') return `${name} may have at most ${max} items`;
      return `${name} must be at most ${max}; got ${describeValue(input)}`;
    }
    case 'invalid_format':
      return `${name} has the wrong format${issue.format ? ` (expected ${issue.format})` : ''}; got ${describeValue(input)}`;
    case 'invalid_union':
      return `${name} does not have a form this field accepts; got ${describeValue(input)}`;
    default:
      return `${name} is not valid; got ${describeValue(input)}`;
  }
}
