/**
 * Rule mdx-safe: every Markdown and MDX body of every collection holds only the safe subset of
 * body-allow-list.ts. The checker applies it to each body it parses, whether or not the
 * frontmatter is valid, and it is always an error: a body that could run code is never a matter
 * of taste. The build's guard (src/integrations/body-guard.ts) checks the same on each module it
 * compiles, so nothing refused here is ever compiled.
 */
import { bodyProblems } from './body-allow-list.ts';
import type { Finding, MdxNode } from './types.ts';

export const mdxSafeRuleId = 'mdx-safe';

export const mdxSafeDescription =
  'Markdown and MDX bodies hold only Markdown and the playbook components with their listed props: no imports, exports, {…} code, HTML or unsafe link addresses.';

/** The findings for one file's body (its syntax tree as Astro compiles it). */
export function mdxSafeFindings(file: string, body: MdxNode): Finding[] {
  return bodyProblems(body).map(({ position, message }) => ({
    ruleId: mdxSafeRuleId,
    severity: 'error',
    file,
    ...position,
    path: '',
    message,
  }));
}
