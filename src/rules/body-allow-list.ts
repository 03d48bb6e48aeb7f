/**
 * What a Markdown or MDX body may contain, checked on its syntax tree: an allow-list of node
 * types, the playbook's components with their props and values (src/schemas/mdx-components.ts),
 * and safe link addresses. Everything else is refused with a message that says what is allowed.
 * MDX is a programming language; this subset keeps a body data: no imports or exports, no
 * `{…}` code, no HTML, no attributes beyond the listed props.
 */
import { isMdxComponentName, mdxComponentNames, mdxComponentSpecs, type MdxComponentSpec } from '../schemas/mdx-components.ts';
import { allowedImagesText, allowedUrlsText, imageUrlProblem, urlProblem } from '../schemas/safe-url.ts';
import { andList, closest, quote } from '../lib/text.ts';
import type { MdxNode, Position } from './types.ts';

export interface BodyProblem {
  position: Position;
  message: string;
}

/** Markdown node types a body may hold, as named in the mdast syntax tree. */
export const allowedNodeTypes = [
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'list',
  'listItem',
  'link',
  'image',
  'blockquote',
  'table',
  'tableRow',
  'tableCell',
  'code',
  'inlineCode',
  'break',
  'thematicBreak',
] as const;

const componentTags = mdxComponentNames.map((name) => `<${name}>`);

/** What a body may hold, for messages. */
export const allowedContentText =
  'paragraphs, headings (##), **bold** and _italic_ text, lists, links [text](url), images ![alt](src), quotes (>), tables, ' +
  `code blocks and \`inline code\`, line breaks, horizontal rules (---), and the components ${andList(componentTags)}`;

const notAllowed: Record<string, string> = {
  html: 'Raw HTML',
  delete: 'Strikethrough (~~text~~)',
  linkReference: 'A reference-style link ([text][label])',
  imageReference: 'A reference-style image (![alt][label])',
  definition: 'A link definition ([label]: address)',
  footnoteReference: 'A footnote ([^1])',
  footnoteDefinition: 'A footnote ([^1]: text)',
  containerDirective: 'A directive (:::name)',
  leafDirective: 'A directive (::name)',
  textDirective: 'A directive (:name)',
  math: 'Math ($$…$$)',
  inlineMath: 'Math ($…$)',
  yaml: 'A second frontmatter block',
  toml: 'A frontmatter block',
};

/** What to write instead of a few common HTML elements. */
const markdownFor: Record<string, string> = {
  a: 'write a link as [text](address)',
  img: 'write an image as ![description](address)',
  b: 'write bold text as **text**',
  strong: 'write bold text as **text**',
  i: 'write italic text as _text_',
  em: 'write italic text as _text_',
  br: 'end the line with a backslash (\\) for a line break',
  p: 'leave an empty line between paragraphs',
  h2: 'write a heading as ## Heading',
  h3: 'write a heading as ### Heading',
  ul: 'write a list with one "- " per item',
  ol: 'write a numbered list with "1. " per item',
  li: 'write a list with one "- " per item',
  blockquote: 'write a quote with "> " in front',
  code: 'write code between backticks (`code`)',
  hr: 'write a horizontal rule as ---',
  table: 'write a table with | between the cells',
};

/** `{/* … *\/}`: a note to editors, the one thing braces may hold. */
export const loneComment = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

function positionOf(node: MdxNode): Position {
  const point = node.position?.start;
  return { line: point?.line ?? 1, column: point?.column ?? 1 };
}

function snippet(value: unknown): string {
  const text = String(value ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}


/** Problems with the attributes of one component. */
function attributeProblems(node: MdxNode, name: string, spec: MdxComponentSpec): string[] {
  const problems: string[] = [];
  const propNames = Object.keys(spec.props);
  const takes = `<${name}> takes only ${andList(propNames.map((prop) => `\`${prop}\``))}`;
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push(`Remove \`{${snippet(attribute.value)}}\` from <${name}>: braces hold code, and spread attributes are not allowed. Write each attribute as name="value"; ${takes}.`);
      continue;
    }
    const attr = attribute.name ?? '';
    const prop = Object.hasOwn(spec.props, attr) ? spec.props[attr] : undefined;
    if (!prop) {
      const why = attr.includes(':')
        ? 'directives like set:html are not allowed in a body'
        : /^on/i.test(attr)
          ? 'event handlers run code'
          : ['class', 'id', 'style', 'srcdoc'].includes(attr.toLowerCase())
            ? 'the site decides how a body looks'
            : undefined;
      const suggestion = why ? undefined : closest(attr, propNames);
      problems.push(
        `Remove \`${attr}\` from <${name}>${why ? ` (${why})` : ''}: ${takes}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
      );
      continue;
    }
    const value = attribute.value;
    if (value === null || value === undefined) {
      problems.push(`Give \`${attr}\` on <${name}> a value in quotes: ${attr}="…".`);
    } else if (typeof value !== 'string') {
      problems.push(`Write \`${attr}\` on <${name}> as text in quotes (${attr}="…"), not in braces: braces hold code.`);
    } else if (prop.values && !Object.hasOwn(prop.values, value)) {
      const allowed = Object.keys(prop.values);
      const suggestion = closest(value, allowed);
      problems.push(
        `\`${attr}\` on <${name}> must be one of ${andList(allowed)}; got ${quote(value)}.${suggestion ? ` Did you mean ${quote(suggestion)}?` : ''}`,
      );
    }
  }
  return problems;
}

function jsxProblems(node: MdxNode): string[] {
  const name = node.name ?? '';
  if (name === '') {
    return [`Remove this empty tag <>…</>: a body may hold ${allowedContentText}.`];
  }
  if (isMdxComponentName(name)) return attributeProblems(node, name, mdxComponentSpecs[name]);
  if (/^[a-z]/.test(name) && !name.includes('.')) {
    const instead = markdownFor[name.toLowerCase()];
    return [
      `Remove the HTML element <${name}>: a body is written in Markdown${instead ? ` (${instead})` : ''} and may use only the components ${andList(componentTags)}.`,
    ];
  }
  const suggestion = closest(name, mdxComponentNames);
  return [
    `There is no component <${name}>. A body may use ${andList(componentTags)}.${suggestion ? ` Did you mean <${suggestion}>?` : ''}`,
  ];
}

function nodeProblems(node: MdxNode): string[] {
  switch (node.type) {
    case 'mdxjsEsm': {
      const word = /^\s*export\b/.test(String(node.value ?? '')) ? 'export' : 'import';
      return [
        `Remove this \`${word}\`: a body needs no imports (the page provides ${andList(componentTags)}) and may not hold code.`,
      ];
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (loneComment.test(String(node.value ?? ''))) return [];
      return [
        `Remove {${snippet(node.value)}}: braces hold code, and a body may not run code. To show a brace, write \\{; for a note to editors, write {/* note */}.`,
      ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsxProblems(node);
    case 'link': {
      const problem = urlProblem(node.url ?? '');
      return problem ? [`This link address ${problem}. Use ${allowedUrlsText}.`] : [];
    }
    case 'image': {
      const problem = imageUrlProblem(node.url ?? '');
      return problem ? [`This image address ${problem}. Use ${allowedImagesText}.`] : [];
    }
    default: {
      if ((allowedNodeTypes as readonly string[]).includes(node.type)) return [];
      const what = notAllowed[node.type] ?? `The Markdown element "${node.type}"`;
      const shown = node.type === 'html' ? ` (${snippet(node.value)})` : '';
      return [`${what}${shown} is not allowed in a body. A body may hold ${allowedContentText}.`];
    }
  }
}

/** Every problem in a body's syntax tree, top to bottom. */
export function bodyProblems(tree: MdxNode): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const visit = (node: MdxNode) => {
    for (const message of nodeProblems(node)) problems.push({ position: positionOf(node), message });
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
