/**
 * What a customer may see, as data: the customer-safe fields of each collection (the product
 * design's "Internal vs customer-safe") and the one function that copies only those out of an entry.
 * The `customer-safe-names` rule, the field reference's "customer-safe" mark and the customer
 * hand-out all read this list; nothing else decides what is customer-safe.
 *
 * A path names a field; `[]` means every item of a list, `[?flag]` only the items whose `flag`
 * is true (public proof points, customer-safe assets), taken whole when the path ends there.
 */
import type { CollectionName } from './common.ts';

export const customerSafeFields = {
  concepts: [
    'title',
    'tagline',
    'summary',
    'problem',
    'outcome',
    'arguments[].id',
    'arguments[].claim',
    'arguments[].benefit',
    // Ids and the currency are no text a customer reads; the hand-out needs them to match the
    // brief's offer and calculator inputs (the typical figures, `default`, stay internal).
    'bundles[].id',
    'bundles[].name',
    'bundles[].items',
    'bundles[].price',
    'bundles[].termMonths',
    'bundles[].pitch',
    'bundles[].validUntil',
    'proofPoints[?public]',
    'assets[?customerSafe]',
    'valueModel.currency',
    'valueModel.drivers[].label',
    'valueModel.drivers[].inputs[].id',
    'valueModel.drivers[].inputs[].label',
    'valueModel.drivers[].inputs[].unit',
    'valueModel.drivers[].inputs[].question',
  ],
  products: ['name', 'summary', 'keyFacts', 'assets[?customerSafe]'],
  personas: [],
  industries: [],
  competitors: [],
  lessons: [],
  metrics: [],
  'field-notes': [],
} as const satisfies Record<CollectionName, readonly string[]>;

/** A customer-safe field path as the field reference writes it (`[?flag]` becomes `[]`). */
export function referencePath(path: string): string {
  return path.replace(/\[\?[^\]]+\]/g, '[]');
}

interface Node {
  /** `each`: every list item; `flag`: only items whose flag is true; undefined: not a list. */
  list?: { flag?: string };
  /** Undefined: the whole value is customer-safe. */
  children?: Map<string, Node>;
}

/** The paths of a collection as a tree, parsed once. */
function treeOf(paths: readonly string[]): Map<string, Node> {
  const root = new Map<string, Node>();
  for (const path of paths) {
    let level = root;
    const segments = path.split('.');
    segments.forEach((segment, i) => {
      const [, key = segment, marker, flag] = /^([^[\]]+)(\[(?:\?([^\]]+))?\])?$/.exec(segment) ?? [];
      let node = level.get(key);
      if (!node) {
        node = {};
        if (marker) node.list = flag ? { flag } : {};
        level.set(key, node);
      }
      if (i < segments.length - 1) {
        node.children ??= new Map();
        level = node.children;
      }
    });
  }
  return root;
}

const trees = new Map<string, Map<string, Node>>(
  Object.entries(customerSafeFields).map(([name, paths]) => [name, treeOf(paths)]),
);

/** The customer-safe paths of a collection (none for collections that are wholly internal). */
export function customerSafePaths(collection: string): readonly string[] {
  return (customerSafeFields as Record<string, readonly string[]>)[collection] ?? [];
}

type Path = (string | number)[];

function copyNode(value: unknown, node: Node, path: Path, leaf: (value: unknown, path: Path) => void): unknown {
  if (node.list) {
    if (!Array.isArray(value)) return undefined;
    const out: unknown[] = [];
    value.forEach((item, i) => {
      if (node.list?.flag && (item as Record<string, unknown> | null)?.[node.list.flag] !== true) return;
      out.push(copyValue(item, node.children, [...path, i], leaf));
    });
    return out;
  }
  return copyValue(value, node.children, path, leaf);
}

function copyValue(value: unknown, children: Map<string, Node> | undefined, path: Path, leaf: (value: unknown, path: Path) => void): unknown {
  if (!children) {
    leaf(value, path);
    return value;
  }
  if (!value || typeof value !== 'object') return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, child] of children) {
    const field = (value as Record<string, unknown>)[key];
    if (field === undefined) continue;
    const copied = copyNode(field, child, [...path, key], leaf);
    if (copied !== undefined) out[key] = copied;
  }
  return out;
}

/**
 * A copy of an entry's data holding only its customer-safe fields: what a customer may receive.
 * Collections without customer-safe fields give an empty object.
 */
export function customerSafeCopy(collection: string, data: unknown): Record<string, unknown> {
  const tree = trees.get(collection);
  if (!tree) return {};
  return (copyValue(data, tree, [], () => {}) as Record<string, unknown> | undefined) ?? {};
}

/**
 * The claims of a concept a customer may read, each with the id of the public proof point that
 * backs it (its footnote). A claim without a public proof point is left out: a hand-out never
 * makes a claim it cannot footnote. `left` names the claims left out (for the brief, internal).
 */
export function customerSafeClaims(data: {
  arguments?: readonly { id: string; claim: string; benefit: string; proofPoint?: string | undefined }[];
  proofPoints?: readonly { id: string; public: boolean }[];
}): { claims: { id: string; claim: string; benefit: string; proofPoint: string }[]; left: string[] } {
  const publicIds = new Set((data.proofPoints ?? []).filter((p) => p.public === true).map((p) => p.id));
  const claims: { id: string; claim: string; benefit: string; proofPoint: string }[] = [];
  const left: string[] = [];
  for (const argument of data.arguments ?? []) {
    if (argument.proofPoint && publicIds.has(argument.proofPoint)) {
      claims.push({ id: argument.id, claim: argument.claim, benefit: argument.benefit, proofPoint: argument.proofPoint });
    } else left.push(argument.id);
  }
  return { claims, left };
}

/**
 * Every text a customer may see in an entry, with its field path in the original data (so a
 * message points at the right list item even where internal items were left out).
 */
export function customerSafeTexts(collection: string, data: unknown): { path: Path; text: string }[] {
  const tree = trees.get(collection);
  const texts: { path: Path; text: string }[] = [];
  if (!tree) return texts;
  const collect = (value: unknown, path: Path): void => {
    if (typeof value === 'string') texts.push({ path, text: value });
    else if (Array.isArray(value)) value.forEach((item, i) => collect(item, [...path, i]));
    else if (value && typeof value === 'object' && !(value instanceof Date) && !isRef(value)) {
      for (const [key, item] of Object.entries(value)) collect(item, [...path, key]);
    }
  };
  copyValue(data, tree, [], collect);
  return texts;
}

/** A resolved reference `{ id, collection }`: an id, not a text anyone reads. */
function isRef(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 2 && 'id' in value && 'collection' in value;
}

/**
 * Whether a field of the field reference (`bundles[].price.amount`) is customer-safe: `{}` when
 * it is, `{ when: 'public' }` when only for items whose flag is true, undefined when internal.
 */
export function customerSafeMark(collection: string, fieldPath: string): { when?: string } | undefined {
  for (const path of customerSafePaths(collection)) {
    const flag = /\[\?([^\]]+)\]/.exec(path)?.[1];
    const safe = referencePath(path);
    const covered =
      fieldPath === safe ||
      fieldPath.startsWith(`${safe}.`) ||
      fieldPath.startsWith(`${safe}[]`) ||
      (flag !== undefined && `${fieldPath}[]` === safe);
    if (covered) return flag ? { when: flag } : {};
  }
  return undefined;
}
