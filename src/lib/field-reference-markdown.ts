/**
 * The field reference as Markdown, committed as `.github/FIELD-REFERENCE.md` so an author who
 * only uses the browser reads it on GitHub. Generated from the schemas by
 * `npm run schemas:editor`; a test fails when the committed file is out of date.
 */
import { fieldReference, fieldTypeLabel, limitLabel, type CollectionDoc } from './field-reference.ts';
import { t, tf } from './i18n.ts';

export const fieldReferenceFile = '.github/FIELD-REFERENCE.md';

/** Pipes and line breaks would break a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export function fieldReferenceMarkdown(contentDir: string, collections: CollectionDoc[] = fieldReference()): string {
  const out: string[] = [
    '# Field reference',
    '',
    '<!-- Generated from src/schemas/ by `npm run schemas:editor`. Do not edit by hand. -->',
    '',
    'Every field of every kind of content file, generated from the content schemas. How to write',
    'YAML (quotes, `#`, lists, dates, numbers) is explained in [the authoring guide](CONTRIBUTING.md).',
    '',
    `Fields marked **${t('fields.customerSafe', 'en')}** may reach customers, on the hand-out for one: never write the name of a`,
    'customer who did not agree to be named in them (`customer-safe-names`). What each rule checks is in [the rules](RULES.md).',
    '',
    collections.map(({ collection }) => `[${collection}](#${collection})`).join(' · '),
    '',
  ];
  for (const { collection, format, fields } of collections) {
    out.push(`## ${collection}`, '', `Files: \`${contentDir}/${collection}/*.${format}\` · ${fields.length} fields`, '');
    out.push('| field | required | type | what to write |', '|---|---|---|---|');
    for (const field of fields) {
      const extras = [
        field.allowed.length > 0 ? `${t('fields.allowed', 'en')}: ${field.allowed.map((v) => `\`${v}\``).join(', ')}` : '',
        field.defaultValue !== undefined ? `${t('fields.default', 'en')}: \`${field.defaultValue}\`` : '',
        field.limits.length > 0 ? `${t('fields.limits', 'en')}: ${field.limits.map((limit) => limitLabel(limit, 'en')).join(', ')}` : '',
      ].filter(Boolean);
      const about = [field.description, field.itemDescription ? `${t('fields.each', 'en')} ${field.itemDescription}` : '', ...extras]
        .filter(Boolean)
        .join(' ');
      // The same mark as the site's field reference, which the guide tells authors to look for.
      const safe = field.customerSafe
        ? ` · **${field.customerSafe.when ? tf('fields.customerSafeWhen', { flag: `\`${field.customerSafe.when}\`` }, 'en') : t('fields.customerSafe', 'en')}**`
        : '';
      out.push(
        `| \`${field.path}\` | ${field.required ? 'required' : 'optional'}${safe} | ${cell(fieldTypeLabel(field, 'en'))} | ${cell(about)} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
