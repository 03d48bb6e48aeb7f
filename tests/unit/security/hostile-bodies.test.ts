/**
 * Hostile bodies, each a real file in tests/fixtures/hostile-bodies/concepts/ (the good
 * playbook's frontmatter, one attack in the body): `npm run check:content` refuses every one,
 * naming the file, and exits 1. Pinned whole, because marketers read these messages.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const folder = 'tests/fixtures/hostile-bodies';

const run = spawnSync(process.execPath, ['src/cli/check-content.ts', '--today', '2026-11-27'], {
  encoding: 'utf8',
  env: { ...process.env, PLAYBOOK_CONTENT_DIR: folder },
});
// content-health speaks about every live concept without field notes; these tests are about bodies.
const lines = run.stdout.trim().split('\n').filter((line) => !line.includes('  content-health  '));

describe('hostile bodies', () => {
  it('fail check:content with exit 1', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
  });

  it.each(readdirSync(`${folder}/concepts`).map((name) => [name]))('%s has a mdx-safe finding naming it', (name) => {
    const own = lines.filter((line) => line.startsWith(`${folder}/concepts/${name}:`));
    expect(own.some((line) => line.includes('  error  mdx-safe  '))).toBe(true);
  });

  it('are refused with these messages', () => {
    expect(lines.map((line) => line.replace(`${folder}/concepts/`, ''))).toMatchInlineSnapshot(`
      [
        "backslash-relative-url.mdx:81:1  error  mdx-safe  -  This link address "/\\\\evil.example/login" starts with "//", which leads to another site (a protocol-relative address). Use a relative path (like /assets/one-pager.pdf or ../other-page/), an https:// address or a mailto: address.",
        "base-element.mdx:81:1  error  mdx-safe  -  Remove the HTML element <base>: a body is written in Markdown and may use only the components <Callout>, <TalkTrack> and <Quote>.",
        "callout-without-value.mdx:81:1  error  mdx-safe  -  Give \`kind\` on <Callout> a value in quotes: kind="…".",
        "class-attribute.mdx:81:1  error  mdx-safe  -  Remove \`class\` from <TalkTrack> (the site decides how a body looks): <TalkTrack> takes only \`title\`.",
        "comment-trick.mdx:81:1  error  mdx-safe  -  Remove {/* a note */ process.exit(1) /* for edi…}: braces hold code, and a body may not run code. To show a brace, write \\{; for a note to editors, write {/* note */}.",
        "control-char-javascript.mdx:81:1  error  mdx-safe  -  This link address "\\u0001javascript:alert(1)" is a \`javascript:\` address, which runs code in the reader's browser. Use a relative path (like /assets/one-pager.pdf or ../other-page/), an https:// address or a mailto: address.",
        "data-url.mdx:81:1  error  mdx-safe  -  This image address "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" is a \`data:\` address, which carries a whole file or page inside the link. Use a path on the site: put the image in public/ (like public/assets/diagram.png) and write its path from there (/assets/diagram.png).",
        "entity-javascript.mdx:81:1  error  mdx-safe  -  This link address "java\\tscript:alert(1)" is a \`javascript:\` address, which runs code in the reader's browser. Use a relative path (like /assets/one-pager.pdf or ../other-page/), an https:// address or a mailto: address.",
        "event-attribute.mdx:81:1  error  mdx-safe  -  Remove \`onmouseover\` from <TalkTrack> (event handlers run code): <TalkTrack> takes only \`title\`.",
        "exec-sync.mdx:81:10  error  mdx-safe  -  Remove {process.getBuiltinModule('node:child_pr…}: braces hold code, and a body may not run code. To show a brace, write \\{; for a note to editors, write {/* note */}.",
        "export-code.mdx:81:1  error  mdx-safe  -  Remove this \`export\`: a body needs no imports (the page provides <Callout>, <TalkTrack> and <Quote>) and may not hold code.",
        "expression-attribute.mdx:81:1  error  mdx-safe  -  Write \`title\` on <Callout> as text in quotes (title="…"), not in braces: braces hold code.",
        "file-write.mdx:81:1  error  mdx-safe  -  Remove {process.getBuiltinModule('node:fs').wri…}: braces hold code, and a body may not run code. To show a brace, write \\{; for a note to editors, write {/* note */}.",
        "form-password.mdx:81:1  error  mdx-safe  -  Remove the HTML element <form>: a body is written in Markdown and may use only the components <Callout>, <TalkTrack> and <Quote>.",
        "form-password.mdx:82:3  error  mdx-safe  -  Remove the HTML element <input>: a body is written in Markdown and may use only the components <Callout>, <TalkTrack> and <Quote>.",
        "fragment.mdx:81:1  error  mdx-safe  -  Remove this empty tag <>…</>: a body may hold paragraphs, headings (##), **bold** and _italic_ text, lists, links [text](url), images ![alt](src), quotes (>), tables, code blocks and \`inline code\`, line breaks, horizontal rules (---), and the components <Callout>, <TalkTrack> and <Quote>.",
        "frontmatter-split.mdx:76:1  error  schema  ---note  \`---note\` is not a field here; remove it or correct its spelling. Known fields here: title, tagline, summary, problem, outcome, status, owner, salesChampion, lastReviewed, reviewEveryDays, changes, replacedBy, industries, personas, products, competitors, arguments, objections, bundles, valueModel, discoveryQuestions, proofPoints, pilot, kpis, assets, lang.",
        "frontmatter-split.mdx:77:3  error  mdx-safe  -  Remove {process.env.SOME_SECRET}: braces hold code, and a body may not run code. To show a brace, write \\{; for a note to editors, write {/* note */}.",
        "iframe.mdx:81:1  error  mdx-safe  -  Remove the HTML element <iframe>: a body is written in Markdown and may use only the components <Callout>, <TalkTrack> and <Quote>.",
        "import-comment-trick.mdx:81:1  error  mdx-safe  -  Remove this \`import\`: a body needs no imports (the page provides <Callout>, <TalkTrack> and <Quote>) and may not hold code.",
        "import-path-traversal.mdx:81:1  error  mdx-safe  -  Remove this \`import\`: a body needs no imports (the page provides <Callout>, <TalkTrack> and <Quote>) and may not hold code.",
        "javascript-href-expression.mdx:81:1  error  mdx-safe  -  Remove the HTML element <a>: a body is written in Markdown (write a link as [text](address)) and may use only the components <Callout>, <TalkTrack> and <Quote>.",
        "javascript-link.mdx:81:1  error  mdx-safe  -  This link address "JavaScript:alert(1)" is a \`javascript:\` address, which runs code in the reader's browser. Use a relative path (like /assets/one-pager.pdf or ../other-page/), an https:// address or a mailto: address.",
        "meta-refresh.mdx:81:1  error  mdx-safe  -  Remove the HTML element <meta>: a body is written in Markdown and may use only the components <Callout>, <TalkTrack> and <Quote>.",
        "object-element.mdx:81:1  error  mdx-safe  -  Remove the HTML element <object>: a body is written in Markdown and may use only the components <Callout>, <TalkTrack> and <Quote>.",
        "process-env.mdx:81:20  error  mdx-safe  -  Remove {process.env.SOME_SECRET}: braces hold code, and a body may not run code. To show a brace, write \\{; for a note to editors, write {/* note */}.",
        "protocol-relative-url.mdx:81:1  error  mdx-safe  -  This link address "//evil.example/login" starts with "//", which leads to another site (a protocol-relative address). Use a relative path (like /assets/one-pager.pdf or ../other-page/), an https:// address or a mailto: address.",
        "raw-html.mdx:81:1  error  mdx-safe  -  Remove the HTML element <div>: a body is written in Markdown and may use only the components <Callout>, <TalkTrack> and <Quote>.",
        "script-element.mdx:81:1  error  mdx-safe  -  Remove the HTML element <script>: a body is written in Markdown and may use only the components <Callout>, <TalkTrack> and <Quote>.",
        "set-html.mdx:81:1  error  mdx-safe  -  Remove the HTML element <div>: a body is written in Markdown and may use only the components <Callout>, <TalkTrack> and <Quote>.",
        "spread-attributes.mdx:81:1  error  mdx-safe  -  Remove \`{...{ onclick: 'alert(1)' }}\` from <Callout>: braces hold code, and spread attributes are not allowed. Write each attribute as name="value"; <Callout> takes only \`kind\` and \`title\`.",
        "strikethrough.mdx:81:19  error  mdx-safe  -  Strikethrough (~~text~~) is not allowed in a body. A body may hold paragraphs, headings (##), **bold** and _italic_ text, lists, links [text](url), images ![alt](src), quotes (>), tables, code blocks and \`inline code\`, line breaks, horizontal rules (---), and the components <Callout>, <TalkTrack> and <Quote>.",
        "style-attribute.mdx:81:1  error  mdx-safe  -  Remove \`style\` from <Callout> (the site decides how a body looks): <Callout> takes only \`kind\` and \`title\`.",
        "style-element.mdx:81:1  error  mdx-safe  -  Remove the HTML element <style>: a body is written in Markdown and may use only the components <Callout>, <TalkTrack> and <Quote>.",
        "style-element.mdx:81:8  error  mdx-safe  -  Remove {'body { display: none }'}: braces hold code, and a body may not run code. To show a brace, write \\{; for a note to editors, write {/* note */}.",
        "unknown-callout-kind.mdx:81:1  error  mdx-safe  -  \`kind\` on <Callout> must be one of tip, warning and internal; got "danger".",
        "unknown-component.mdx:81:1  error  mdx-safe  -  There is no component <Chart>. A body may use <Callout>, <TalkTrack> and <Quote>.",
        "Content check failed: 37 errors, 34 warnings in 40 files.",
      ]
    `);
  });
});
