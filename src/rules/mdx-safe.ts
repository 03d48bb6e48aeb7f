import { quote } from './text.ts';
import type { MdxNode, Position, Rule, RuleFinding } from './types.ts';

/** The one module MDX bodies may import from (see astro.config.mjs, alias `~`). */
export const mdxComponentModule = '~/components/mdx';

const scriptUrl = /^\s*(?:j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|v\s*b\s*s\s*c\s*r\s*i\s*p\s*t|d\s*a\s*t\s*a\s*:\s*text\/html)\s*:?/i;
const sideEffectImport = /^\s*import\s*(['"])(.*?)\1/;
const importFrom = /^\s*(?:import|export)\b[^;]*?\bfrom\s*(['"])(.*?)\1/;

function start(node: MdxNode): Position {
  const point = node.position?.start;
  return { line: point?.line ?? 1, column: point?.column ?? 1 };
}

function allowedImport(source: string): boolean {
  return source === mdxComponentModule || source.startsWith(`${mdxComponentModule}/`);
}

/** Problems in one ESM block (imports and exports at the top of the body). */
function esmProblems(node: MdxNode): { position: Position; message: string }[] {
  const text = String(node.value ?? '');
  const base = start(node);
  const problems: { position: Position; message: string }[] = [];
  // Statements start at the beginning of a line; report each on its own line.
  text.split('\n').forEach((line, i) => {
    const position = { line: base.line + i, column: 1 };
    if (!/^\s*(?:import|export)\b/.test(line)) return;
    const statement = text.split('\n').slice(i).join('\n');
    const match = sideEffectImport.exec(statement) ?? importFrom.exec(statement);
    if (/^\s*export\b/.test(line) && !match) {
      problems.push({
        position,
        message: `Remove this \`export\`: MDX bodies may not define code. Use the playbook's components from ${quote(mdxComponentModule)} instead.`,
      });
      return;
    }
    const source = match?.[2] ?? '';
    if (!allowedImport(source)) {
      problems.push({
        position,
        message: `Imports from ${quote(source)}; MDX bodies may import only the playbook's components, from ${quote(mdxComponentModule)}.`,
      });
    }
  });
  return problems;
}

function attributeText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return '';
}

export const mdxSafe: Rule = {
  id: 'mdx-safe',
  defaultSeverity: 'error',
  fix: "Use only the playbook's own components and plain story text in MDX: no imports, scripts, handlers or `javascript:` links.",
  description:
    `MDX bodies import only from ${mdxComponentModule} and hold no <script>, no inline event handlers (on…=) and no javascript: URLs.`,
  check({ content }) {
    const findings: RuleFinding[] = [];
    for (const concept of content.concepts) {
      const report = (position: Position, message: string) =>
        findings.push({ entry: concept, path: [], position, message });
      const visit = (node: MdxNode) => {
        if (node.type === 'mdxjsEsm') {
          for (const problem of esmProblems(node)) report(problem.position, problem.message);
        }
        if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
          const name = node.name ?? '';
          if (name.toLowerCase() === 'script') {
            report(start(node), 'Remove this <script>: content pages run no scripts of their own (the site has a strict security policy).');
          }
          for (const attribute of node.attributes ?? []) {
            const attrName = attribute.name ?? '';
            if (attribute.type === 'mdxJsxAttribute' && /^on/i.test(attrName)) {
              report(start(node), `Remove the \`${attrName}\` attribute on <${name}>: inline event handlers are not allowed.`);
            } else if (scriptUrl.test(attributeText(attribute.value))) {
              report(start(node), `Remove the javascript: URL in \`${attrName}\` on <${name}>: link to a page or a file instead.`);
            }
          }
        }
        if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && scriptUrl.test(node.url ?? '')) {
          report(start(node), 'Remove this javascript: URL: link to a page or a file instead.');
        }
        if (node.type === 'html' && /<script\b|\son[a-z]+\s*=|javascript\s*:/i.test(String(node.value ?? ''))) {
          report(start(node), 'Remove this HTML: no <script>, inline event handlers or javascript: URLs.');
        }
        node.children?.forEach(visit);
      };
      if (concept.body) visit(concept.body);
    }
    return findings;
  },
};
