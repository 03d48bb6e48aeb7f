/** Walks loaded content: every entry, and every reference `{ id, collection }` inside one. */
import { byId as entriesById } from '../lib/entries.ts';
import { registryEntries } from '../schemas/collections.ts';
import { collectionNames, type CollectionName, type Ref } from '../schemas/common.ts';
import type { Entry, FieldPath, PlaybookContent } from './types.ts';

export function allEntries(content: PlaybookContent): Entry[] {
  return collectionNames.flatMap((name) => content[name] as Entry[]);
}

export interface FoundRef {
  ref: Ref;
  path: FieldPath;
}

function isRef(value: unknown): value is Ref {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const { id, collection } = value as Record<string, unknown>;
  return (
    keys.length === 2 &&
    typeof id === 'string' &&
    typeof collection === 'string' &&
    (collectionNames as readonly string[]).includes(collection)
  );
}

/** Every reference in an entry's data, wherever the schema put it, with its field path. */
export function refsIn(value: unknown, path: FieldPath = []): FoundRef[] {
  if (isRef(value)) return [{ ref: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, i) => refsIn(item, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => refsIn(item, [...path, key]));
  }
  return [];
}

/** Entries of a collection by id. */
export function byId<C extends CollectionName>(content: PlaybookContent, collection: C): Map<string, PlaybookContent[C][number]> {
  return entriesById(content[collection] as PlaybookContent[C][number][]);
}

/** Singular nouns for messages, from the collection registry. */
export const singular: Record<CollectionName, string> = Object.fromEntries(
  registryEntries().map((c) => [c.name, c.singular]),
) as Record<CollectionName, string>;
