import { allEntries } from './content-walk.ts';
import { bodyProblems } from './body-allow-list.ts';
import type { Rule, RuleFinding } from './types.ts';

/**
 * Every Markdown and MDX body of every collection holds only the safe subset of
 * body-allow-list.ts. The build's guard (src/integrations/body-guard.ts) checks the same on
 * each module it compiles, so turning this rule off does not let a body run code.
 */
export const mdxSafe: Rule = {
  id: 'mdx-safe',
  defaultSeverity: 'error',
  description:
    'Markdown and MDX bodies hold only Markdown and the playbook components with their listed props: no imports, exports, {…} code, HTML or unsafe link addresses.',
  check({ content }) {
    const findings: RuleFinding[] = [];
    for (const entry of allEntries(content)) {
      if (!entry.body) continue;
      for (const { position, message } of bodyProblems(entry.body)) {
        findings.push({ entry, path: [], position, message });
      }
    }
    return findings;
  },
};
