import type { Concept } from '../schemas/concepts.ts';
import { escapeRegExp, quote } from './text.ts';
import type { Entry, FieldPath, Rule, RuleFinding } from './types.ts';

/** Legal-form suffixes dropped so "Brakel Automotive GmbH" is also caught as "Brakel Automotive". */
const legalForms = /[\s,]+(?:gmbh|ag|b\.?v\.?|n\.?v\.?|ltd\.?|limited|inc\.?|llc|plc|s\.?a\.?|s\.?r\.?l\.?|sp\.? z o\.?o\.?|a\/s|ab|oy|co\.?|kg|se)$/i;

/** The customer-safe text fields of a concept (DESIGN.md, "Internal vs customer-safe"). */
function conceptSafeTexts(data: Concept): { path: FieldPath; text: string }[] {
  const texts: { path: FieldPath; text: string }[] = [];
  for (const key of ['title', 'tagline', 'summary', 'problem', 'outcome'] as const) {
    texts.push({ path: [key], text: data[key] });
  }
  data.arguments.forEach((a, i) => {
    texts.push({ path: ['arguments', i, 'claim'], text: a.claim }, { path: ['arguments', i, 'benefit'], text: a.benefit });
  });
  data.bundles.forEach((b, i) => {
    texts.push({ path: ['bundles', i, 'name'], text: b.name }, { path: ['bundles', i, 'pitch'], text: b.pitch });
  });
  data.proofPoints.forEach((p, i) => {
    if (!p.public) return;
    texts.push({ path: ['proofPoints', i, 'result'], text: p.result });
    if (p.quote) texts.push({ path: ['proofPoints', i, 'quote'], text: p.quote });
  });
  data.assets.forEach((a, i) => {
    if (a.customerSafe) texts.push({ path: ['assets', i, 'title'], text: a.title });
  });
  return texts;
}

export const customerSafeNames: Rule = {
  id: 'customer-safe-names',
  defaultSeverity: 'error',
  description: 'No customer of a non-public proof point is named in a customer-safe field.',
  check({ content }) {
    const publicNames = new Set(
      content.concepts.flatMap((c) => c.data.proofPoints.filter((p) => p.public).map((p) => p.customer.trim().toLowerCase())),
    );
    const secret = new Map<string, RegExp>();
    for (const concept of content.concepts) {
      for (const point of concept.data.proofPoints) {
        const name = point.customer.trim();
        if (point.public || publicNames.has(name.toLowerCase())) continue;
        const variants = [name, name.replace(legalForms, '')].filter((v) => v.length >= 3);
        const pattern = [...new Set(variants)].map((v) => escapeRegExp(v).replace(/\s+/g, '\\s+')).join('|');
        secret.set(name, new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu'));
      }
    }
    if (secret.size === 0) return [];
    const findings: RuleFinding[] = [];
    const inspect = (entry: Entry, path: FieldPath, text: string) => {
      for (const [name, pattern] of secret) {
        if (!pattern.test(text)) continue;
        findings.push({
          entry,
          path,
          message: `Names ${quote(name)}, a customer who has not agreed to be named (a non-public proof point), in a field customers may see. Say "a tier-1 automotive supplier" instead, or mark the proof point \`public: true\` once they agree.`,
        });
      }
    };
    for (const concept of content.concepts) {
      for (const { path, text } of conceptSafeTexts(concept.data)) inspect(concept, path, text);
    }
    for (const product of content.products) {
      inspect(product, ['name'], product.data.name);
      inspect(product, ['summary'], product.data.summary);
      product.data.keyFacts.forEach((fact, i) => inspect(product, ['keyFacts', i], fact));
      product.data.assets.forEach((a, i) => {
        if (a.customerSafe) inspect(product, ['assets', i, 'title'], a.title);
      });
    }
    return findings;
  },
};
