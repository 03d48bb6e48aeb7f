import { describe, expect, it } from 'vitest';
import { checkSources } from '../../../src/checker/check.ts';
import { parseYaml } from '../../../src/checker/yaml-source.ts';
import { defaultOptions } from './check-helpers.ts';

const product = (text: string) =>
  checkSources([{ collection: 'products', relativePath: 'x.yaml', file: 'content/products/x.yaml', text }], defaultOptions)
    .findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.path} ${f.message}`);

describe('schema issues in plain words', () => {
  it('names the field, the allowed values, what it got, and where', () => {
    expect(
      product('name: Gauge\nkind: Device\nsku: 12\nprices:\n  - amount: "4,150"\n    per: once\nsumary: A gauge.\n'),
    ).toMatchInlineSnapshot(`
      [
        "1:1 schema summary \`summary\` is missing; add it: One or two sentences on what it is and does. Customer-safe.",
        "2:1 schema kind \`kind\` must be one of device, software, service, consumable; got "Device" (write \`device\`, exactly like that)",
        "3:1 schema sku \`sku\` must be text; got 12",
        "5:13 schema prices[0].amount \`amount\` is a number, but it is written in quotes, which makes it text. Remove the quotes and the thousands separator: \`amount: 4150\`.",
        "7:1 schema sumary \`sumary\` is not a field here; remove it or correct its spelling. Did you mean \`summary\`?",
      ]
    `);
  });

  it('explains a missing field with its description', () => {
    expect(product('name: Gauge\nkind: device\nsku: G1\nprices: []\n')).toMatchInlineSnapshot(`
      [
        "1:1 schema summary \`summary\` is missing; add it: One or two sentences on what it is and does. Customer-safe.",
        "4:1 schema prices \`prices\` needs at least one price component",
      ]
    `);
  });

  it('reports a file that is not a set of fields', () => {
    expect(product('- just\n- a list\n')).toMatchInlineSnapshot(`
      [
        "1:1 schema  The fields must be written as \`name: value\` lines, one field per line.",
      ]
    `);
  });
});

describe('parseYaml', () => {
  it('locates list items, keys and missing fields (nearest parent)', () => {
    const { locate } = parseYaml('a:\n  - x: 1\n  - x: 2\n    y: 3\n', 10);
    expect(locate(['a', 1, 'y'])).toEqual({ line: 14, column: 5 });
    expect(locate(['a', 1])).toEqual({ line: 13, column: 5 });
    expect(locate(['a', 1, 'missing'])).toEqual({ line: 13, column: 5 });
    expect(locate([])).toEqual({ line: 11, column: 1 });
  });

  it('reports duplicate keys as syntax errors with a line', () => {
    expect(parseYaml('a: 1\na: 2\n').errors).toMatchObject([{ line: 2, column: 1 }]);
  });
});
