import { byId } from './content-walk.ts';
import { closest, quote } from '../lib/text.ts';
import type { MdxNode, Position, Rule, RuleFinding } from './types.ts';

interface QuoteUse {
  concept: string | undefined;
  item: string | undefined;
  position: Position;
}

/** Every `<Quote>` in a body, with its concept and item props when they are plain strings. */
export function quotesIn(node: MdxNode | undefined): QuoteUse[] {
  if (!node) return [];
  const found: QuoteUse[] = [];
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Quote') {
    const prop = (name: string) => {
      const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      return typeof value === 'string' ? value : undefined;
    };
    const start = node.position?.start;
    found.push({ concept: prop('concept'), item: prop('item'), position: { line: start?.line ?? 1, column: start?.column ?? 1 } });
  }
  for (const child of node.children ?? []) found.push(...quotesIn(child));
  return found;
}

export const lessonQuotesExist: Rule = {
  id: 'lesson-quotes-exist',
  defaultSeverity: 'error',
  fix: 'Point `<Quote concept="…" item="…">` at an existing concept and one of its argument or objection ids, or remove the quote.',
  description: 'Every `<Quote>` in a body (lessons, concepts) names an existing concept and an argument or objection it still has.',
  translations: {
    nl: {
      description:
        'Elke `<Quote>` in een hoofdtekst (lessen, concepten) noemt een bestaand concept en een argument of bezwaar dat dat concept nog heeft.',
      fix: 'Laat `<Quote concept="…" item="…">` wijzen naar een bestaand concept en de id van een van zijn argumenten of bezwaren, of haal het citaat weg.',
    },
  },
  check({ content }) {
    const concepts = byId(content, 'concepts');
    const findings: RuleFinding[] = [];
    for (const lesson of [...content.lessons, ...content.concepts]) {
      for (const use of quotesIn(lesson.body)) {
        const at = { entry: lesson, position: use.position };
        if (!use.concept || !use.item) {
          findings.push({ ...at, path: ['body', 'Quote', use.concept ? 'item' : 'concept'], message: '<Quote> needs both `concept` and `item`, as plain text: <Quote concept="scrap-to-savings" item="price-too-high" />.' });
          continue;
        }
        const concept = concepts.get(use.concept);
        if (!concept) {
          const near = closest(use.concept, concepts.keys());
          findings.push({ ...at, path: ['body', 'Quote', 'concept'], message: `<Quote> names the concept ${quote(use.concept)}, which does not exist.${near ? ` Did you mean ${quote(near)}?` : ''} Use the file name of a concept in content/concepts/.` });
          continue;
        }
        const ids = [...concept.data.arguments.map((a) => a.id), ...concept.data.objections.map((o) => o.id)];
        if (ids.includes(use.item)) continue;
        const near = closest(use.item, ids);
        const lists = [{ entry: concept, path: ['arguments'] }, { entry: concept, path: ['objections'] }];
        findings.push({ ...at, path: ['body', 'Quote', 'item'], about: lists, message: `<Quote> names ${quote(use.item)}, which is no argument or objection of ${quote(use.concept)} (any more).${near ? ` Did you mean ${quote(near)}?` : ''} Quote an existing id, or remove the quote.` });
      }
    }
    return findings;
  },
};
