/**
 * Bodies rendered by the playbook itself (src/lib/body-render.ts): the Markdown subset as the
 * MDX compiler wrote it, the components as segments, and a refusal for anything else, with the
 * same allow-list the checker uses. The loader wrapper keeps MDX bodies as data.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyAsData } from '../../src/lib/body-as-data.ts';
import { bodyFindings } from '../../src/integrations/body-guard.ts';
import { BodyRenderError, bodySegments, type BodySegment } from '../../src/lib/body-render.ts';

const file = 'content/concepts/example.mdx';
const html = (body: string, nested = false) =>
  bodySegments(body, { file, nested })
    .map((s) => ('html' in s ? s.html : 'table' in s ? s.table : `[${s.component}]`))
    .join('');

const rich = `## Who is in the room

The quality manager's "first" question & the *plant* manager's **signature**.

## Who is in the room

### The demo

| Line | Before | After |
|:-----|:------:|------:|
| A & B | 4.1 % | \`n/a\` |

1. Bring [the brief](/prepare/?concept=a&lang=en "Brief")
   - an LM-400
- [ ] book the room
- [x] send the agenda

> "It's < than we thought."

\`\`\`yaml
title: "Scrap & savings"
\`\`\`

![A gauge](/assets/lm-400.png)

Line one\\
line two

---
`;

describe('body rendering', () => {
  it('writes the Markdown subset as the MDX compiler did, with heading ids and Astro escaping', () => {
    expect(html(rich)).toMatchInlineSnapshot(`
      "<h2 id="who-is-in-the-room">Who is in the room</h2>
      <p>The quality manager’s “first” question &amp; the <em>plant</em> manager’s <strong>signature</strong>.</p>
      <h2 id="who-is-in-the-room-1">Who is in the room</h2>
      <h3 id="the-demo">The demo</h3>
      <table>
      <thead>
      <tr>
      <th class="text-left">Line</th>
      <th class="text-center">Before</th>
      <th class="text-right">After</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td class="text-left">A &amp; B</td>
      <td class="text-center">4.1 %</td>
      <td class="text-right"><code>n/a</code></td>
      </tr>
      </tbody>
      </table>
      <ol>
      <li>Bring <a href="/prepare/?concept=a&amp;lang=en" title="Brief">the brief</a>
      <ul>
      <li>an LM-400</li>
      </ul>
      </li>
      </ol>
      <ul class="contains-task-list">
      <li class="task-list-item"><input type="checkbox" disabled/> book the room</li>
      <li class="task-list-item"><input type="checkbox" checked disabled/> send the agenda</li>
      </ul>
      <blockquote>
      <p>“It’s &lt; than we thought.”</p>
      </blockquote>
      <pre><code class="language-yaml">title: &quot;Scrap &amp; savings&quot;
      </code></pre>
      <p><img src="/assets/lm-400.png" alt="A gauge"/></p>
      <p>Line one<br/>
      line two</p>
      <hr/>"
    `);
  });

  it('moves headings one level down inside a page section, keeping their ids', () => {
    expect(html('## Talk track\n\n### The close\n\n#### Detail\n', true)).toBe(
      '<h3 id="talk-track">Talk track</h3>\n<h4 id="the-close">The close</h4>\n<h4 id="detail">Detail</h4>',
    );
  });

  it('hands the components back as segments, with their props and body, also inside a list', () => {
    const segments = bodySegments('Before.\n\n<Callout kind="warning" title="Mind the price">\nSay **so**.\n</Callout>\n\n- <TalkTrack>\n  "Ten readings."\n  </TalkTrack>\n\n{/* a note to editors */}\n', { file });
    expect(segments).toEqual<BodySegment[]>([
      { html: '<p>Before.</p>\n' },
      { component: 'Callout', props: { kind: 'warning', title: 'Mind the price' }, children: [{ html: '<p>Say <strong>so</strong>.</p>' }] },
      { html: '\n<ul>\n<li>\n' },
      { component: 'TalkTrack', props: {}, children: [{ html: '<p>“Ten readings.”</p>' }] },
      { html: '\n</li>\n</ul>\n' },
    ]);
  });

  it('hands a table back as a segment of its own, named by its column headings, for the box that scrolls on a phone', () => {
    const segments = bodySegments('Offer:\n\n| What purchasing compares | Over *36* months |\n|:--|--:|\n| One offer | EUR 64,100 |\n\nThen.\n', { file });
    expect(segments).toEqual<BodySegment[]>([
      { html: '<p>Offer:</p>\n' },
      {
        table: '<table>\n<thead>\n<tr>\n<th class="text-left">What purchasing compares</th>\n<th class="text-right">Over <em>36</em> months</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td class="text-left">One offer</td>\n<td class="text-right">EUR 64,100</td>\n</tr>\n</tbody>\n</table>',
        label: 'What purchasing compares, Over 36 months',
      },
      { html: '\n<p>Then.</p>' },
    ]);
  });

  it('leaves a table with a component in a cell as plain HTML around the component, not boxed', () => {
    const segments = bodySegments('| Say |\n|--|\n| <Quote concept="scrap-to-savings" item="software-too-expensive" /> |\n', { file });
    expect(segments.some((segment) => 'table' in segment)).toBe(false);
    expect(segments.map((s) => ('html' in s ? s.html : 'table' in s ? s.table : `[${s.component}]`)).join('')).toBe(
      '<table>\n<thead>\n<tr>\n<th>Say</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>[Quote]</td>\n</tr>\n</tbody>\n</table>',
    );
  });

  it.each([
    ['<div class="x">Boxed</div>\n', 'the body holds <div>'],
    ['<script>alert(1)</script>\n', 'the body holds <script>'],
    ['Total: {1 + 1}\n', 'the body holds `{1 + 1}` (braces hold code)'],
    ['import X from "./x.js"\n\nText\n', 'the body holds an import or export'],
    ['<Callout kind="danger">Hi</Callout>\n', 'the body holds <Callout kind="danger">'],
    ['<Callout onClick="x()">Hi</Callout>\n', 'the body holds an attribute "onClick" that <Callout> does not take'],
    ['<Callout {...props}>Hi</Callout>\n', 'the body holds an attribute that <Callout> does not take'],
    ['[Open](javascript:alert(1))\n', 'the body holds the address "javascript:alert(1)" is a `javascript:` address'],
    ['~~gone~~\n', 'the body holds a <del> element'],
    ['![chart](https://example.com/a.png)\n', 'the body holds the address "https://example.com/a.png" is on another site'],
  ])('refuses %j with a message naming the file', (body, expected) => {
    let thrown: unknown;
    try {
      bodySegments(body, { file });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BodyRenderError);
    const message = (thrown as Error).message;
    expect(message.startsWith(`${file}: ${expected}`)).toBe(true);
    expect(message).toContain('which a playbook body may not. Run `npm run check:content` for the finding and what to write instead.');
    expect((thrown as Error).stack).toBe(`BodyRenderError: ${message}`);
  });

  it("reports a refused file's findings with line and column, as the checker does", () => {
    const hostile = 'tests/fixtures/mdx-hostile/concepts/gauge-and-insight.mdx';
    const findings = bodyFindings(hostile, resolve('tests/fixtures/mdx-hostile'));
    expect(findings?.lines[0]).toMatch(/^tests\/fixtures\/mdx-hostile\/concepts\/gauge-and-insight\.mdx:82:10 {2}Remove \{process/);
    expect(bodyFindings('tests/fixtures/good/concepts/gauge-and-insight.mdx', resolve('tests/fixtures/good'))).toBeUndefined();
    // And the walker refuses the same file on its own.
    expect(() => bodySegments(readFileSync(hostile, 'utf8'), { file: hostile })).toThrow(BodyRenderError);
  });
});

describe('MDX collections keep their bodies as data', () => {
  it('stores entries without a module to compile, and syncs entries cached with one anew', async () => {
    const stored = new Map<string, Record<string, unknown>>([['old', { id: 'old', data: {}, deferredRender: true }], ['kept', { id: 'kept', data: {} }]]);
    const modules: string[] = [];
    const fakeStore = {
      set: (entry: Record<string, unknown>) => (stored.set(String(entry.id), entry), true),
      get: (id: string) => stored.get(id),
      delete: (id: string) => void stored.delete(id),
      entries: () => [...stored.entries()],
      addModuleImport: (path: string) => void modules.push(path),
    };
    const glob = {
      name: 'glob-loader',
      load: async ({ store }: { store: typeof fakeStore }) => {
        store.addModuleImport('content/concepts/a.mdx');
        store.set({ id: 'a', data: { title: 'A' }, body: 'Text', filePath: 'content/concepts/a.mdx', digest: 'x', deferredRender: true });
        store.set({ id: 'b', data: {}, body: 'Text', rendered: { html: '<p>Text</p>' } });
      },
    };
    const loader = bodyAsData(glob as never);
    expect(loader.name).toBe('glob-loader');
    await loader.load({ store: fakeStore } as never);
    expect([...stored.keys()].sort()).toEqual(['a', 'b', 'kept']);
    expect(stored.get('a')).toEqual({ id: 'a', data: { title: 'A' }, body: 'Text', filePath: 'content/concepts/a.mdx', digest: 'x' });
    expect(stored.get('b')).toEqual({ id: 'b', data: {}, body: 'Text' });
    expect(modules).toEqual([]);
  });
});
