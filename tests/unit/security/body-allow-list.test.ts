/** The body allow-list, the safe-URL judge and Astro's frontmatter split, case by case. */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { checkBodySource, compiledBody } from '../../../src/checker/body-source.ts';
import { readFileSync } from 'node:fs';
import { mdxComponentSpecs } from '../../../src/schemas/mdx-components.ts';
import { urlProblem } from '../../../src/schemas/safe-url.ts';

const messages = (text: string, format: 'md' | 'mdx' = 'mdx') => checkBodySource(text, format).problems.map((p) => p.message);

describe('body allow-list', () => {
  it('allows everything the authoring guide lists', () => {
    const body = [
      '---', 'title: x', '---', '',
      '## Heading', '', 'A paragraph with **bold**, _italic_, `code`, a [link](../other/) and a [mail](mailto:sales@meridian.example).', '',
      '- one', '- [ ] two', '', '1. first', '', '> A quote', '', '| a | b |', '|---|---|', '| 1 | 2 |', '',
      '```yaml', 'kind: tip', '```', '', 'line\\', 'break', '', '---', '', '![Chart](/assets/chart.png "Scrap rate")', '',
      '<Callout kind="warning" title="Price list">Check the **date**.</Callout>', '',
      'Inline <TalkTrack>Say it.</TalkTrack> too.', '', '{/* a note for editors */}', '',
      '[Partner](https://meridian.example/partner?x=1#top)',
    ].join('\n');
    expect(messages(body)).toEqual([]);
  });

  it('refuses raw HTML in a Markdown (.md) body', () => {
    expect(messages('Call <b onclick="x">Mara</b>.\n\n<script>alert(1)</script>', 'md')).toMatchInlineSnapshot(`
      [
        "Raw HTML (<b onclick="x">) is not allowed in a body. A body may hold paragraphs, headings (##), **bold** and _italic_ text, lists, links [text](url), images ![alt](src), quotes (>), tables, code blocks and \`inline code\`, line breaks, horizontal rules (---), and the components <Callout>, <TalkTrack> and <Quote>.",
        "Raw HTML (</b>) is not allowed in a body. A body may hold paragraphs, headings (##), **bold** and _italic_ text, lists, links [text](url), images ![alt](src), quotes (>), tables, code blocks and \`inline code\`, line breaks, horizontal rules (---), and the components <Callout>, <TalkTrack> and <Quote>.",
        "Raw HTML (<script>alert(1)</script>) is not allowed in a body. A body may hold paragraphs, headings (##), **bold** and _italic_ text, lists, links [text](url), images ![alt](src), quotes (>), tables, code blocks and \`inline code\`, line breaks, horizontal rules (---), and the components <Callout>, <TalkTrack> and <Quote>.",
      ]
    `);
  });

  it('suggests the near miss of a component and of a value', () => {
    expect(messages('<Callot kind="tip">x</Callot>\n\n<Callout kind="warn" titel="x">y</Callout>')).toMatchInlineSnapshot(`
      [
        "There is no component <Callot>. A body may use <Callout>, <TalkTrack> and <Quote>. Did you mean <Callout>?",
        "\`kind\` on <Callout> must be one of tip, warning and internal; got "warn".",
        "Remove \`titel\` from <Callout>: <Callout> takes only \`kind\` and \`title\`. Did you mean \`title\`?",
      ]
    `);
  });

  it('checks inside components and inline text too', () => {
    expect(messages('<Callout kind="tip">See [this](javascript:void(0)) and {1 + 1}.</Callout>')).toHaveLength(2);
  });

  it('reports a syntax error instead of a tree', () => {
    expect(checkBodySource('Text\n\n<Callout>\n', 'mdx')).toEqual({
      problems: [],
      syntaxError: { message: 'Expected a closing tag for `<Callout>` (3:1)', position: { line: 3, column: 1 } },
    });
  });
});

describe('safe URLs', () => {
  it.each([
    ['/assets/one-pager.pdf'], ['../scrap-to-savings/'], ['#objections'], ['https://meridian.example/'], ['HTTP://x.example'],
    ['mailto:sales@meridian.example'], ['?tab=2'], [''], ['./javascript:alert(1)'], ['10:30-agenda.pdf'.replace(':', '%3A')],
  ])('allows %j', (url) => {
    expect(urlProblem(url)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'is a `javascript:` address, which runs code'],
    [' \u0001JaVaScRiPt:alert(1)', 'is a `javascript:` address'],
    ['java\nscript:alert(1)', 'is a `javascript:` address'],
    ['java&#x09;script&colon;alert(1)', 'is a `javascript:` address'],
    ['&#106;avascript:alert(1)', 'is a `javascript:` address'],
    ['vbscript:msgbox', 'is a `vbscript:` address, which runs code'],
    ['data:text/html,<script>alert(1)</script>', 'is a `data:` address, which carries a whole file'],
    ['ftp://files.example/x', 'is a `ftp:` address, which the playbook does not allow'],
    ['//evil.example/', 'starts with "//"'],
    ['/\\evil.example/', 'starts with "//"'],
    ['\\\\evil.example', 'starts with "//"'],
    [' //evil.example', 'starts with "//"'],
  ])('refuses %j', (url, phrase) => {
    expect(urlProblem(url)).toContain(phrase);
  });
});

describe("the body as Astro compiles it (Astro's frontmatter split)", () => {
  it.each([
    ['---\ntitle: x\n---\n\nBody {x}\n'],
    ['---\ntitle: x\n---note: y\n# {x}\n---\n\nBody\n'],
    ['\n\n---\ntitle: x\n---\nBody\n'],
    ['\uFEFF---\ntitle: x\n---\nBody\n'],
    ['+++\ntitle = "x"\n+++\nBody\n'],
    ['No frontmatter {x}\n'],
    ['---\ntitle: x\n--- trailing\nBody\n'],
  ])('matches @astrojs/internal-helpers for %j', (text) => {
    expect(compiledBody(text)).toBe(parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content);
  });

  it('checks what the checker would read as frontmatter but Astro compiles as body', () => {
    expect(messages('---\ntitle: x\n---note: y\n# {process.env.SECRET}\n---\n\nBody\n')).toHaveLength(1);
  });
});

describe('the authoring guide', () => {
  it('names every component, prop and allowed value a body may use', () => {
    const guide = readFileSync('.github/CONTRIBUTING.md', 'utf8');
    for (const [name, spec] of Object.entries(mdxComponentSpecs)) {
      expect(guide).toContain(`<${name}`);
      for (const [prop, propSpec] of Object.entries(spec.props)) {
        expect(guide).toContain(`\`${prop}\``);
        for (const value of Object.keys('values' in propSpec ? propSpec.values : {})) expect(guide).toContain(`\`${value}\``);
      }
    }
  });
});
