import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldReferenceFile, fieldReferenceMarkdown } from '../../src/lib/field-reference-markdown.ts';

describe('field reference as Markdown', () => {
  it('is committed and current: run `npm run schemas:editor` when this fails', () => {
    expect(readFileSync(fieldReferenceFile, 'utf8')).toBe(fieldReferenceMarkdown('content'));
  });

  it('lists nested fields with their path, whether they are required, and what to write', () => {
    const text = fieldReferenceMarkdown('content');
    expect(text).toContain('| `bundles[].price[].amount` | required | number |');
    expect(text).toMatch(/\| `status` \| required \| text \| Lifecycle: .*Allowed values: `draft`, `pilot`, `live`, `retired` \|/);
  });
});
