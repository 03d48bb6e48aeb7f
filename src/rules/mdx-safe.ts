/**
 * Rule mdx-safe: every Markdown and MDX body of every collection holds only the safe subset of
 * body-allow-list.ts. The checker applies it to each body it parses, whether or not the
 * frontmatter is valid, and it is always an error: a body that could run code is never a matter
 * of taste. The build's guard (src/integrations/body-guard.ts) checks the same on each module it
 * compiles, so nothing refused here is ever compiled.
 */
import { bodyProblems } from './body-allow-list.ts';
import type { Finding, MdxNode, RuleDescription } from './types.ts';

export const mdxSafeRuleId = 'mdx-safe';

/** The rules table's row for mdx-safe, which the checker applies itself (no `Rule` object). */
export const mdxSafeText: RuleDescription = {
  id: mdxSafeRuleId,
  description:
    'Markdown and MDX bodies hold only Markdown and the playbook components with their listed props: no imports, exports, {…} code, HTML or unsafe link addresses.',
  fix: "Use only Markdown and the playbook's own components with their listed props: no imports, scripts, handlers, raw HTML or unsafe link addresses.",
  translations: {
    nl: {
      description:
        'Hoofdteksten in Markdown en MDX bevatten alleen Markdown en de componenten van het playbook met hun toegestane props: geen imports, exports, {…}-code, HTML of onveilige linkadressen.',
      fix: 'Gebruik alleen Markdown en de eigen componenten van het playbook met hun toegestane props: geen imports, scripts, handlers, losse HTML of onveilige linkadressen.',
    },
  },
};

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
