import { allEntries } from './content-walk.ts';
import type { Entry, FieldPath, Rule, RuleFinding } from './types.ts';

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

export const noPlaceholders: Rule = {
  id: 'no-placeholders',
  defaultSeverity: 'error',
  fix: 'Replace every `TODO` that `npm run new` left with real text.',
  description: `No field still holds a "${placeholderMarker}" placeholder from \`npm run new\` (a warning for drafts).`,
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
    }
    return findings;
  },
};
