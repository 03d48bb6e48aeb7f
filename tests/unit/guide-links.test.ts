/**
 * The authoring guide and its generated companions in .github/ are read on GitHub: every link
 * inside them must lead to a heading (GitHub's slug) of the file it names, and every file link
 * of the guide must also lead somewhere on the site's /authoring/, where the guide is rendered.
 */
import Slugger from 'github-slugger';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideFileAnchors, guideHtmlForSite } from '../../src/lib/guide-links.ts';
import { rulesFile, rulesMarkdown } from '../../src/lib/rules-markdown.ts';
import { playbookConfig } from '../../src/lib/playbook-config.ts';
import { allRules } from '../../src/rules/index.ts';

const folder = '.github';
const markdownFiles = readdirSync(folder).filter((name) => name.endsWith('.md'));
const read = (name: string) => readFileSync(join(folder, name), 'utf8');
/** Text outside fenced code blocks, where Markdown links and headings live. */
const prose = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '');

/** The anchors GitHub gives a file's headings: the heading text without Markdown marks, slugged. */
function headingAnchors(text: string): Set<string> {
  const slugger = new Slugger();
  return new Set(
    [...prose(text).matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
      slugger.slug((m[1] ?? '').replace(/`([^`]*)`/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_]/g, '')),
    ),
  );
}

/** Every Markdown link `](target)` of a file that stays in the repository. */
const links = (text: string) =>
  [...prose(text).replace(/`[^`\n]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '').filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('/'));

describe('links in .github/*.md', () => {
  it('finds the guide, the field reference and the rules', () => {
    expect(markdownFiles).toEqual(expect.arrayContaining(['CONTRIBUTING.md', 'FIELD-REFERENCE.md', 'RULES.md']));
  });

  it.each(markdownFiles)('%s: every link leads to a file next to it and to a heading of that file', (name) => {
    const broken = links(read(name)).filter((target) => {
      const [file, anchor] = target.split('#') as [string, string | undefined];
      const path = file === '' ? name : file;
      if (!existsSync(join(folder, path))) return true;
      return anchor !== undefined && !headingAnchors(read(path)).has(anchor);
    });
    expect(broken).toEqual([]);
  });

  it('the GitHub slugs are those GitHub writes', () => {
    expect(headingAnchors("## Read the checker's messages\n## Writing YAML: the six things\n## `lang` and **more**"))
      .toEqual(new Set(['read-the-checkers-messages', 'writing-yaml-the-six-things', 'lang-and-more']));
  });

  it("the guide's links to other files lead to their sections of /authoring/ on the site", () => {
    const files = [...new Set(links(read('CONTRIBUTING.md')).map((target) => target.split('#')[0]).filter(Boolean))];
    expect(files.sort()).toEqual(Object.keys(guideFileAnchors).sort());
    expect(guideHtmlForSite('<a href="RULES.md">rules table</a> <a href="FIELD-REFERENCE.md#concepts">fields</a> <a href="https://x.example/RULES.md">x</a>')).toBe(
      '<a href="#rules">rules table</a> <a href="#field-reference">fields</a> <a href="https://x.example/RULES.md">x</a>',
    );
  });

  it('RULES.md is committed and current: run `npm run schemas:editor` when this fails', () => {
    expect(readFileSync(rulesFile, 'utf8')).toBe(rulesMarkdown(allRules, playbookConfig.rules));
  });
});
