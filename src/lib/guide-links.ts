/**
 * The authoring guide is written once, as .github/CONTRIBUTING.md, and read in two places: on
 * GitHub, where the rules table and the field reference are the generated files next to it
 * (`RULES.md`, `FIELD-REFERENCE.md`), and on the site's /authoring/, where both follow the guide
 * on the same page. The guide links to the files; the site turns those links into its anchors.
 */
import { fieldReferenceFile } from './field-reference-markdown.ts';
import { rulesFile } from './rules-markdown.ts';

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** A file the guide links to, and the section of /authoring/ that shows the same content. */
export const guideFileAnchors: Readonly<Record<string, string>> = {
  [fileName(rulesFile)]: 'rules',
  [fileName(fieldReferenceFile)]: 'field-reference',
};

/** The guide's HTML for /authoring/: a link to a generated file leads to its section on the page. */
export function guideHtmlForSite(html: string): string {
  return html.replace(/href="([^"#/]+\.md)(?:#[^"]*)?"/g, (whole, file: string) => {
    const anchor = guideFileAnchors[file];
    return anchor === undefined ? whole : `href="#${anchor}"`;
  });
}
