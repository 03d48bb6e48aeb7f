import { collectionNames, slugPattern, type CollectionName } from '../schemas/index.ts';
import { t, tf } from './i18n.ts';
import { collectionRegistry, type CollectionRegistry } from '../schemas/collections.ts';
import { customerSafeMark } from '../schemas/customer-safe.ts';
import {
  collectionSchemas,
  documentedCollections,
  documentedCollectionsOf,
  documentedRef,
  toAuthorJsonSchema,
  type EntryFormat,
  type JsonSchema,
} from './content-json-schema.ts';

/** What kind of value a field holds, as the field reference shows it. */
export type FieldKind = 'text' | 'date' | 'integer' | 'number' | 'boolean' | 'object' | 'reference' | 'any';

/** A limit on a field's value, rendered in plain words by the page. */
export type Limit =
  | { kind: 'min-items'; count: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'min'; value: number }
  | { kind: 'max'; value: number }
  | { kind: 'above'; value: number }
  | { kind: 'slug' };

/** One documented field, flattened from the schema; nested fields carry a path. */
export interface FieldDoc {
  /** Where the field sits, e.g. `bundles[].negotiation.floorPrice` (`[]` marks each list item). */
  path: string;
  /** Nesting depth: 0 for top-level fields. */
  depth: number;
  kind: FieldKind;
  /** True when the field holds a list of `kind` values. */
  list: boolean;
  /** For references: the collection whose ids are expected. */
  reference?: CollectionName;
  required: boolean;
  /** Allowed values, for fields with a fixed list of choices. */
  allowed: string[];
  /** The default as it would be written in YAML, when there is a meaningful one. */
  defaultValue?: string;
  /** Limits on the value or the number of items. */
  limits: Limit[];
  description: string;
  /** Description of each list item, when the schema gives one. */
  itemDescription?: string;
  /**
   * Set when customers may see the field (src/schemas/customer-safe.ts); `when` names the flag
   * an item needs (`public`, `customerSafe`) when only some items are.
   */
  customerSafe?: { when?: string };
}

export interface CollectionDoc {
  collection: string;
  format: EntryFormat;
  /** Where the files are, from the content folder: `concepts/*.mdx`. */
  files: string;
  fields: FieldDoc[];
}

/** Flattens a JSON Schema object into documented fields, depth first, in schema order. */
export function describeFields(schema: JsonSchema, prefix = '', depth = 0): FieldDoc[] {
  const required = new Set(schema.required ?? []);
  const fields: FieldDoc[] = [];
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    if (typeof raw === 'boolean') continue;
    const path = prefix ? `${prefix}.${name}` : name;
    const item = raw.type === 'array' && isSchema(raw.items) ? raw.items : undefined;
    const value = item ?? raw;
    const doc: FieldDoc = {
      path,
      depth,
      kind: kindOf(value),
      list: item !== undefined,
      required: required.has(name),
      allowed: (value.enum ?? []).map(String),
      limits: limitsOf(raw, item),
      description: raw.description ?? '',
    };
    const reference = value['x-reference'];
    if (typeof reference === 'string' && isCollection(reference)) doc.reference = reference;
    const defaultValue = formatDefault(raw.default);
    if (defaultValue !== undefined) doc.defaultValue = defaultValue;
    if (item?.description) doc.itemDescription = item.description;
    fields.push(doc);
    if (value.type === 'object') {
      fields.push(...describeFields(value, item ? `${path}[]` : path, depth + 1));
    }
  }
  return fields;
}

/** The field reference of every collection, generated from the schemas in src/schemas. */
export function fieldReference(registry: CollectionRegistry = collectionRegistry): CollectionDoc[] {
  const schemas = collectionSchemas(documentedRef, registry);
  return documentedCollectionsOf(registry).map(({ name, format }) => {
    const { folder, extensions } = registry[name]!;
    const fields = describeFields(toAuthorJsonSchema(schemas[name]!));
    for (const field of fields) {
      const mark = customerSafeMark(name, field.path);
      if (mark) field.customerSafe = mark;
    }
    return { collection: name, format, files: `${folder}/*${extensions[0]}`, fields };
  });
}

/** Paths (`collection: field.path`) of fields that have no description in their schema. */
export function undocumentedFields(reference: CollectionDoc[] = fieldReference()): string[] {
  return reference.flatMap(({ collection, fields }) =>
    fields.filter((f) => f.description.trim() === '').map((f) => `${collection}: ${f.path}`),
  );
}

/** Collections of the content model that the reference does not cover (should be none). */
export function undocumentedCollections(): CollectionName[] {
  const covered = new Set(documentedCollections.map((c) => c.name));
  return collectionNames.filter((name) => !covered.has(name));
}

/** The type of a field in plain words: "text", "list of: id (in personas)", … */
export function fieldTypeLabel(field: FieldDoc, lang: string): string {
  const type =
    field.kind === 'reference' && field.reference
      ? tf('fields.kind.reference', { collection: field.reference }, lang)
      : t(`fields.kind.${field.kind}`, lang);
  return field.list ? tf('fields.listOf', { type }, lang) : type;
}

/** A limit in plain words: "1 or more items", "0 to 100", … */
export function limitLabel(limit: Limit, lang: string): string {
  switch (limit.kind) {
    case 'min-items':
      return tf('fields.limit.min-items', { count: limit.count }, lang);
    case 'range':
      return tf('fields.limit.range', { min: limit.min, max: limit.max }, lang);
    case 'slug':
      return t('fields.limit.slug', lang);
    default:
      return tf(`fields.limit.${limit.kind}`, { value: limit.value }, lang);
  }
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCollection(name: string): name is CollectionName {
  return (collectionNames as readonly string[]).includes(name);
}

function kindOf(schema: JsonSchema): FieldKind {
  if (typeof schema['x-reference'] === 'string') return 'reference';
  switch (schema.type) {
    case 'string':
      return schema.format === 'date' ? 'date' : 'text';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    default:
      return 'any';
  }
}

// The pattern of `slug` in src/schemas/common.ts, as zod writes it into the JSON Schema.
const slugSource = slugPattern.source;

// Numbers above this are zod's "safe integer" bound, not a limit an author needs to know.
const noLimit = Number.MAX_SAFE_INTEGER;

function limitsOf(field: JsonSchema, item: JsonSchema | undefined): Limit[] {
  const limits: Limit[] = [];
  if (item && typeof field.minItems === 'number' && field.minItems > 0) {
    limits.push({ kind: 'min-items', count: field.minItems });
  }
  const value = item ?? field;
  const min = typeof value.minimum === 'number' ? value.minimum : undefined;
  const max = typeof value.maximum === 'number' && value.maximum < noLimit ? value.maximum : undefined;
  if (min !== undefined && max !== undefined) limits.push({ kind: 'range', min, max });
  else if (min !== undefined) limits.push({ kind: 'min', value: min });
  else if (max !== undefined) limits.push({ kind: 'max', value: max });
  if (typeof value.exclusiveMinimum === 'number') limits.push({ kind: 'above', value: value.exclusiveMinimum });
  if (value.pattern === slugSource) limits.push({ kind: 'slug' });
  return limits;
}

/** Scalars and non-empty lists are worth showing; an empty list default just means "optional". */
function formatDefault(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.length > 0 ? JSON.stringify(value) : undefined;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0 ? JSON.stringify(value) : undefined;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
