import { allEntries } from './content-walk.ts';
import type { Entry, FieldPath, MdxNode, Rule, RuleFinding } from './types.ts';

/** Text nodes of an MDX body that still hold the marker, with their positions. */
function placeholdersInBody(node: MdxNode | undefined, found: MdxNode[] = []): MdxNode[] {
  if (!node) return found;
  if (node.type === 'text' && typeof node.value === 'string' && new RegExp(`\\b${placeholderMarker}\\b`).test(node.value)) found.push(node);
  for (const child of node.children ?? []) placeholdersInBody(child, found);
  return found;
}

/** The marker `npm run new` writes into fields the author still has to fill in. */
export const placeholderMarker = 'TODO';

const placeholder = new RegExp(`^\\s*${placeholderMarker}\\b`);

function placeholdersIn(value: unknown, path: FieldPath): FieldPath[] {
  if (typeof value === 'string') return placeholder.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholdersIn(item, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => placeholdersIn(item, [...path, key]));
  }
  return [];
}

/** What the body below the frontmatter holds, in the words the scaffold of its kind uses. */
const bodyWording: Partial<Record<Entry['collection'], string>> = {
  concepts: 'the story and talk track',
  lessons: 'the lesson, in plain prose',
};

export const noPlaceholders: Rule = {
  id: 'no-placeholders',
  defaultSeverity: 'error',
  fix: 'Replace every `TODO` that `npm run new` left with real text.',
  description: `No field still holds a "${placeholderMarker}" placeholder from \`npm run new\` (a warning for drafts).`,
  translations: {
    nl: {
      description: `Geen enkel veld bevat nog een „${placeholderMarker}” van \`npm run new\` (bij een conceptversie een waarschuwing).`,
      fix: 'Vervang elke `TODO` die `npm run new` liet staan door echte tekst.',
    },
  },
  check({ content }) {
    const findings: RuleFinding[] = [];
    for (const entry of allEntries(content)) {
      const draft = entry.collection === 'concepts' && (entry as Entry<'concepts', { status: string }>).data.status === 'draft';
      for (const path of placeholdersIn(entry.data, [])) {
        findings.push({
          entry,
          path,
          lenient: draft,
          message: `Still holds the "${placeholderMarker}" placeholder from the scaffold. Write the real text${draft ? ' before the concept leaves draft' : ''}.`,
        });
      }
      for (const node of placeholdersInBody(entry.body)) {
        const start = node.position?.start;
        findings.push({
          entry,
          path: [],
          lenient: draft,
          ...(start ? { position: { line: start.line, column: start.column } } : {}),
          message: `The text below the frontmatter still holds the "${placeholderMarker}" placeholder from the scaffold. Write ${bodyWording[entry.collection] ?? 'the real text'}${draft ? ' before the concept leaves draft' : ''}.`,
        });
      }
    }
    // A product price of 0 is the scaffold's placeholder; it counts once a published concept sells it.
    const sold = new Map<string, boolean>();
    for (const concept of content.concepts) {
      const published = concept.data.status === 'pilot' || concept.data.status === 'live';
      for (const product of concept.data.products) sold.set(product.id, (sold.get(product.id) ?? false) || published);
      for (const bundle of concept.data.bundles) for (const item of bundle.items) sold.set(item.product.id, (sold.get(item.product.id) ?? false) || published);
    }
    for (const product of content.products) {
      product.data.prices.forEach((price, i) => {
        if (price.amount !== 0) return;
        const published = sold.get(product.id) ?? false;
        findings.push({
          entry: product,
          path: ['prices', i, 'amount'],
          lenient: !published,
          message: `A price of 0 is the scaffold's placeholder. Write the list price${published ? ': a pilot or live concept sells this product' : ' before a pilot or live concept sells this product'}.`,
        });
      });
    }
    return findings;
  },
};
