import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldReference } from '../../src/lib/field-reference.ts';
import { fieldReferenceFile, fieldReferenceMarkdown } from '../../src/lib/field-reference-markdown.ts';

describe('field reference as Markdown', () => {
  it('is committed and current: run `npm run schemas:editor` when this fails', () => {
    expect(readFileSync(fieldReferenceFile, 'utf8')).toBe(fieldReferenceMarkdown('content'));
  });

  it('lists nested fields with their path, whether they are required, and what to write', () => {
    const text = fieldReferenceMarkdown('content');
    expect(text).toContain('| `bundles[].price[].amount` | required · **customer-safe** | number |');
    expect(text).toMatch(/\| `status` \| required \| text \| Lifecycle: .*Allowed values: `draft`, `pilot`, `live`, `retired` \|/);
  });

  it('marks the customer-safe fields like the site does, which the guide tells authors to look for', () => {
    const text = fieldReferenceMarkdown('content');
    expect(text).toContain('| `arguments[].claim` | required · **customer-safe** | text |');
    expect(text).toContain('| `proofPoints[].result` | required · **customer-safe when `public` is true** | text |');
    expect(text).toContain('| `arguments[].proof` | optional | text |');
    const marked = fieldReference().flatMap((c) => c.fields).filter((f) => f.customerSafe).length;
    expect(marked).toBeGreaterThan(20);
    expect(text.match(/ · \*\*customer-safe/g)).toHaveLength(marked);
  });
});
