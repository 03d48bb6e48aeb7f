/**
 * A content body (Markdown or MDX) turned into HTML by the playbook itself, never compiled into
 * code. Sätteri parses the body into an HTML syntax tree with the features Astro's MDX compiler
 * uses (GFM, smart punctuation), the tree is walked over an allow-list of elements and
 * attributes, and the playbook's components (<Callout>, <TalkTrack>, <Quote>) are handed back as
 * component segments for the page to render with its Astro components.
 *
 * This replaces `render(entry)` of @astrojs/mdx for content: no module per body for Vite to
 * bundle (at 1,000 concepts that was about 5 s of the build and 0.3 GB of memory), and nothing
 * in a body can ever become code. The checker (rule mdx-safe) tells authors what a body may hold;
 * this walker refuses anything else on its own, so a body that slipped past a disabled rule still
 * cannot put a script, a style or an event handler on a page.
 *
 * The HTML is what the MDX compiler produced before, byte for byte for everything the sample and
 * the bench corpus hold: heading ids from github-slugger (as Astro's heading-ids plugin), the
 * newlines between blocks, and Astro's escaping.
 */
import Slugger from 'github-slugger';
import { mdxToHast, type HastNode } from 'satteri';
import { features } from '../checker/body-source.ts';
import { loneComment } from '../rules/body-allow-list.ts';
import { isMdxComponentName, mdxComponentSpecs, type MdxComponentName } from '../schemas/mdx-components.ts';
import { imageUrlProblem, urlProblem } from '../schemas/safe-url.ts';

/**
 * A run of plain HTML; a table, which the page puts in a box that scrolls sideways on a phone
 * (TableScroll.astro), named by its column headings; or one of the playbook's components with
 * its body inside.
 */
export type BodySegment =
  | { html: string }
  | { table: string; label: string }
  | { component: MdxComponentName; props: Record<string, string>; children: BodySegment[] };

export interface BodyRenderOptions {
  /** The file, for messages: `content/concepts/scrap-to-savings.mdx`. */
  file: string;
  /**
   * The body sits inside a page section with its own h2 (a concept's "Story and talk track"):
   * `##` becomes h3 and `###` h4.
   */
  nested?: boolean;
}

/** A body holds something the playbook does not render. The checker explains it in full. */
export class BodyRenderError extends Error {
  constructor(file: string, what: string) {
    super(`${file}: the body holds ${what}, which a playbook body may not. Run \`npm run check:content\` for the finding and what to write instead.`);
    this.name = 'BodyRenderError';
    // The file and the finding say it all; a trace into the renderer helps no author.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Elements the Markdown subset of rule mdx-safe turns into, each with the attributes it may carry. */
const allowedElements: Readonly<Record<string, readonly string[]>> = {
  p: [],
  h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
  em: [],
  strong: [],
  ul: ['className'],
  ol: ['start', 'className'],
  li: ['className'],
  // A task list item's box (- [ ]): always disabled.
  input: ['type', 'checked', 'disabled'],
  a: ['href', 'title'],
  img: ['src', 'alt', 'title'],
  blockquote: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: [],
  td: [],
  pre: [],
  code: ['className'],
  br: [],
  hr: [],
};

const voidElements = new Set(['br', 'hr', 'img', 'input']);

/** Class names the parser itself sets; none comes from the author. */
const allowedClass = /^(?:contains-task-list|task-list-item|language-[a-z0-9_+#-]+)$/i;

/**
 * GFM writes a column's alignment as style="text-align: …", which the strict CSP would block;
 * the playbook gives it a class instead.
 */
const alignClass: Readonly<Record<string, string>> = { left: 'text-left', center: 'text-center', right: 'text-right' };

const nestedTag: Readonly<Record<string, string>> = { h2: 'h3', h3: 'h4' };

/** Astro's escaping of text and attribute values (html-escaper), so the HTML stays as it was. */
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>'"]/g, (c) => escapes[c]!);

interface HastElement {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastElement[];
}

function textOf(node: HastElement): string {
  if (node.type === 'text') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}

class Walker {
  private readonly slugger = new Slugger();
  private readonly options: BodyRenderOptions;
  constructor(options: BodyRenderOptions) {
    this.options = options;
  }

  private refuse(what: string): never {
    throw new BodyRenderError(this.options.file, what);
  }

  segments(nodes: readonly HastElement[]): BodySegment[] {
    const out: BodySegment[] = [];
    let html = '';
    const walk = (node: HastElement): void => {
      switch (node.type) {
        case 'text':
          html += escapeHtml(String(node.value ?? ''));
          return;
        case 'element': {
          // Opening tag, children through the same walk (so text is escaped and a component
          // inside a list item or quote still renders), closing tag.
          const { tag, attributes, isVoid } = this.element(node);
          if (tag === 'table') return table(node, tag, attributes);
          // Void elements as Astro's JSX runtime writes them: `<br/>`.
          if (isVoid) {
            html += `<${tag}${attributes}/>`;
            return;
          }
          html += `<${tag}${attributes}>`;
          for (const child of node.children ?? []) walk(child);
          html += `</${tag}>`;
          return;
        }
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (loneComment.test(String(node.value ?? ''))) return;
          return this.refuse(`\`{${String(node.value ?? '').trim().slice(0, 40)}}\` (braces hold code)`);
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          if (html) out.push({ html });
          html = '';
          out.push(this.component(node));
          return;
        default:
          return this.refuse(node.type === 'mdxjsEsm' ? 'an import or export' : node.type === 'raw' ? 'raw HTML' : `a ${node.type} node`);
      }
    };
    // A table is a segment of its own, unless a component sits in one of its cells: then its
    // HTML stays where it is, unboxed, rather than split around the component.
    const table = (node: HastElement, tag: string, attributes: string): void => {
      if (html) out.push({ html });
      html = '';
      const start = out.length;
      html += `<${tag}${attributes}>`;
      for (const child of node.children ?? []) walk(child);
      html += `</${tag}>`;
      if (out.length > start) return;
      const head = (node.children ?? []).find((child) => child.tagName === 'thead');
      const label = (head?.children ?? []).flatMap((row) => (row.children ?? []).filter((cell) => cell.tagName === 'th')).map(textOf);
      out.push({ table: html, label: label.join(', ') });
      html = '';
    };
    for (const node of nodes) walk(node);
    if (html) out.push({ html });
    return out;
  }

  /** The tag and attributes of an element of the allow-list; refuses anything else. */
  private element(node: HastElement): { tag: string; attributes: string; isVoid: boolean } {
    const source = node.tagName ?? '';
    const allowed = Object.hasOwn(allowedElements, source) ? allowedElements[source] : undefined;
    if (!allowed) return this.refuse(`a <${source}> element`);
    const properties = { ...(node.properties ?? {}) };
    // Alignment arrives as a style; it leaves as a class.
    if ((source === 'th' || source === 'td') && properties.style !== undefined) {
      const align = /^text-align:\s*(left|center|right)$/.exec(String(properties.style).trim())?.[1];
      if (!align) this.refuse(`a table cell styled "${String(properties.style)}"`);
      delete properties.style;
      properties.className = [alignClass[align]];
    }
    if (/^h[1-6]$/.test(source) && typeof properties.id !== 'string') properties.id = this.slugger.slug(textOf(node));
    const tag = this.options.nested ? (nestedTag[source] ?? source) : source;
    let attributes = '';
    for (const [name, value] of Object.entries(properties)) {
      const cellClass = name === 'className' && (source === 'th' || source === 'td');
      if (!allowed.includes(name) && !cellClass) this.refuse(`a ${name} attribute on <${source}>`);
      if (value === false || value === null || value === undefined) continue;
      if (name === 'className') {
        const classes = (Array.isArray(value) ? value : [value]).map(String);
        const fine = classes.every((c) => (cellClass ? Object.values(alignClass).includes(c) : allowedClass.test(c)));
        if (!fine) this.refuse(`the class "${classes.join(' ')}"`);
        attributes += ` class="${escapeHtml(classes.join(' '))}"`;
        continue;
      }
      if (name === 'href' || name === 'src') {
        const problem = source === 'img' ? imageUrlProblem(String(value)) : urlProblem(String(value));
        if (problem) this.refuse(`the address ${problem}`);
      }
      if (name === 'type' && value !== 'checkbox') this.refuse(`an <input type="${String(value)}">`);
      attributes += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
    }
    if (source === 'input' && properties.disabled !== true) this.refuse('an enabled checkbox');
    return { tag, attributes, isVoid: voidElements.has(source) };
  }

  private component(node: HastElement): BodySegment {
    const name = node.name ?? '';
    if (!isMdxComponentName(name)) this.refuse(name ? `<${name}>` : 'a fragment (<>…</>)');
    const spec = mdxComponentSpecs[name];
    const props: Record<string, string> = {};
    for (const attribute of node.attributes ?? []) {
      const prop = attribute.name ?? '';
      const propSpec = Object.hasOwn(spec.props, prop) ? (spec.props as Record<string, { values?: Record<string, string> }>)[prop] : undefined;
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !propSpec) {
        this.refuse(`an attribute ${prop ? `"${prop}" ` : ''}that <${name}> does not take`);
      }
      if (propSpec.values && !Object.hasOwn(propSpec.values, attribute.value)) this.refuse(`<${name} ${prop}="${attribute.value}">`);
      props[prop] = attribute.value;
    }
    return { component: name, props, children: this.segments(node.children ?? []) };
  }
}

/** The segments of a body, ready for src/components/mdx/Body.astro. */
export function bodySegments(body: string, options: BodyRenderOptions): BodySegment[] {
  const tree = mdxToHast(body, { features }) as unknown as HastElement & HastNode;
  return new Walker(options).segments(tree.children ?? []);
}

const cache = new Map<string, BodySegment[]>();

/**
 * bodySegments, parsed once per body: an untranslated concept's body appears on its page in
 * every language. The key holds the text itself, so an edit in `astro dev` parses anew.
 */
export function cachedBodySegments(body: string, options: BodyRenderOptions): BodySegment[] {
  const key = `${options.nested ? 'nested' : 'flat'}\u0000${options.file}\u0000${body}`;
  let segments = cache.get(key);
  if (!segments) {
    segments = bodySegments(body, options);
    cache.set(key, segments);
  }
  return segments;
}

