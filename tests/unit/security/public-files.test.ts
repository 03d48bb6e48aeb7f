/**
 * Files under public/ are published as they are, without the pages' security policy: only the
 * listed document and image types may be there, and SVG images only with drawing elements.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../../src/checker/check.ts';
import { formatFindingLine } from '../../../src/checker/format.ts';
import { checkPublicFolder, svgProblems } from '../../../src/checker/public-files.ts';

const settings = { vagueWords: {}, staleCompetitorDays: 90, showDrafts: false, rules: {} };

describe('public files', () => {
  it("the project's own public/ passes", () => {
    expect(checkPublicFolder('public')).toEqual([]);
  });

  it('refuses pages, scripts, host settings, unknown types and scripted SVGs, naming each file', () => {
    const lines = checkPublicFolder('tests/fixtures/public-files/public').map(formatFindingLine);
    expect(lines).toMatchInlineSnapshot(`
      [
        "tests/fixtures/public-files/public/_headers:1:1  error  public-files  -  Remove this file: a host reads \`_headers\` as its own settings, which could change the site's security headers or send readers to another site. Hosting is set up in the repository, not under public/.",
        "tests/fixtures/public-files/public/_redirects:1:1  error  public-files  -  Remove this file: a host reads \`_redirects\` as its own settings, which could change the site's security headers or send readers to another site. Hosting is set up in the repository, not under public/.",
        "tests/fixtures/public-files/public/assets/foreign.svg:3:3  error  public-files  -  Remove <foreignObject>: an SVG image may hold only drawing elements (no scripts, no <foreignObject>, no embedded pages).",
        "tests/fixtures/public-files/public/assets/foreign.svg:3:41  error  public-files  -  Remove <iframe>: an SVG image may hold only drawing elements (no scripts, no <foreignObject>, no embedded pages).",
        "tests/fixtures/public-files/public/assets/foreign.svg:3:41  error  public-files  -  Remove \`src="https://evil.example/"\` on <iframe>: an SVG image may refer only to its own parts (href="#id").",
        "tests/fixtures/public-files/public/assets/handler.svg:1:1  error  public-files  -  Remove \`onload\` on <svg>: event attributes run code.",
        "tests/fixtures/public-files/public/assets/offer.html:1:1  error  public-files  -  Remove this file: a .html file under public/ is published as it is and would run on the site's address without its security policy. Write a page as content instead; files under public/ may be pdf, png, jpg, jpeg, webp, csv, docx, pptx, xlsx and svg.",
        "tests/fixtures/public-files/public/assets/quote-trick.svg:1:1  error  public-files  -  Remove \`onload\` on <svg>: event attributes run code.",
        "tests/fixtures/public-files/public/assets/quote-trick.svg:3:3  error  public-files  -  Remove <a>: an SVG image may hold only drawing elements (no scripts, no <foreignObject>, no embedded pages).",
        "tests/fixtures/public-files/public/assets/quote-trick.svg:3:3  error  public-files  -  Remove \`xlink:href="javascript:alert(1)"\` on <a>: an SVG image may refer only to its own parts (href="#id").",
        "tests/fixtures/public-files/public/assets/quote-trick.svg:4:3  error  public-files  -  Remove \`href="https://evil.example/sprite.svg#icon"\` on <use>: an SVG image may refer only to its own parts (href="#id").",
        "tests/fixtures/public-files/public/assets/scripted.svg:3:3  error  public-files  -  Remove <script>: an SVG image may hold only drawing elements (no scripts, no <foreignObject>, no embedded pages).",
        "tests/fixtures/public-files/public/assets/x.js:1:1  error  public-files  -  Remove this file: a .js file under public/ is published as it is and would run on the site's address without its security policy. Write a page as content instead; files under public/ may be pdf, png, jpg, jpeg, webp, csv, docx, pptx, xlsx and svg.",
        "tests/fixtures/public-files/public/assets/x.mjs:1:1  error  public-files  -  Remove this file: a .mjs file under public/ is published as it is and would run on the site's address without its security policy. Write a page as content instead; files under public/ may be pdf, png, jpg, jpeg, webp, csv, docx, pptx, xlsx and svg.",
        "tests/fixtures/public-files/public/docs/README:1:1  error  public-files  -  Remove this file or convert it: it is a file without a type (no extension), and files under public/ may be pdf, png, jpg, jpeg, webp, csv, docx, pptx, xlsx and svg only.",
        "tests/fixtures/public-files/public/docs/notes.txt:1:1  error  public-files  -  Remove this file or convert it: it is a .txt file, and files under public/ may be pdf, png, jpg, jpeg, webp, csv, docx, pptx, xlsx and svg only.",
      ]
    `);
  });

  it('fail the content check (check:content and the build) with an error', () => {
    const result = checkPlaybook(
      { ...settings, contentPath: 'tests/fixtures/good', publicPath: 'tests/fixtures/public-files/public' },
      new Date('2026-11-27'),
    );
    expect(result.errors).toBe(16);
    expect(new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))).toEqual(new Set(['public-files']));
  });

  it('refuses a symbolic link, which would publish whatever it points to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-public-'));
    try {
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'secret.pdf'), '%PDF-1.4');
      symlinkSync('/etc/hostname', join(dir, 'assets', 'data-sheet.pdf'));
      const found = checkPublicFolder(dir, dir).map(formatFindingLine);
      expect(found).toEqual([
        'assets/data-sheet.pdf:1:1  error  public-files  -  Replace this link with the file itself: a symbolic link under public/ would publish whatever it points to.',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>', []],
    ['<svg><SCRIPT>alert(1)</SCRIPT></svg>', ['Remove <SCRIPT>']],
    ['<svg><svg:script>alert(1)</svg:script></svg>', ['Remove <svg:script>']],
    ['<svg><rect ONCLICK="x"/></svg>', ['Remove `ONCLICK`']],
    ['<svg><animate attributeName="href" to="javascript:alert(1)"/></svg>', ['Remove <animate>']],
    ['<!DOCTYPE svg [<!ENTITY x "y">]><svg/>', ['Remove <!DOCTYPE…>']],
    ['<svg><![CDATA[<script>]]></svg>', ['Remove <![CDATA[…>']],
    ['<svg title="a" onload="x', ['This tag is not closed']],
  ])('svg %s', (svg, starts) => {
    const messages = svgProblems(svg).map((p) => p.message);
    expect(messages.length).toBe(starts.length);
    starts.forEach((start, i) => expect(messages[i]).toContain(start));
  });
});
