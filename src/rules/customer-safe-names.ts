import { customerSafeTexts } from '../schemas/customer-safe.ts';
import { allEntries } from './content-walk.ts';
import { quote } from '../lib/text.ts';
import type { Rule, RuleFinding } from './types.ts';

/** Legal-form suffixes dropped so "Brakel Automotive GmbH" is also caught as "Brakel Automotive". */
const legalForms = /[\s,]+(?:gmbh|ag|b\.?v\.?|n\.?v\.?|ltd\.?|limited|inc\.?|llc|plc|s\.?a\.?|s\.?r\.?l\.?|sp\.? z o\.?o\.?|a\/s|ab|oy|co\.?|kg|se)$/i;

/** Words of a text, lower-cased: runs of letters and digits. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * The names to look for, as word sequences: each non-public customer with and without its
 * legal form, keyed by its words joined with a space. Looking a text up is then one pass over
 * its words (each start tried with up to `longest` words), whatever the number of customers.
 */
export function secretNames(customers: readonly { name: string; public: boolean }[]): {
  names: Map<string, string>;
  longest: number;
} {
  const publicNames = new Set(customers.filter((c) => c.public).map((c) => c.name.trim().toLowerCase()));
  const names = new Map<string, string>();
  let longest = 0;
  for (const customer of customers) {
    const name = customer.name.trim();
    if (customer.public || publicNames.has(name.toLowerCase())) continue;
    for (const variant of [name, name.replace(legalForms, '')]) {
      const key = words(variant);
      if (variant.length < 3 || key.length === 0) continue;
      if (!names.has(key.join(' '))) names.set(key.join(' '), name);
      longest = Math.max(longest, key.length);
    }
  }
  return { names, longest };
}

/** The secret names a text mentions, each once, in order of appearance. */
export function namesIn(text: string, secret: ReturnType<typeof secretNames>): string[] {
  const found = new Set<string>();
  const tokens = words(text);
  for (let start = 0; start < tokens.length; start += 1) {
    let key = '';
    for (let length = 1; length <= secret.longest && start + length <= tokens.length; length += 1) {
      key = length === 1 ? tokens[start]! : `${key} ${tokens[start + length - 1]}`;
      const name = secret.names.get(key);
      if (name) found.add(name);
    }
  }
  return [...found];
}

export const customerSafeNames: Rule = {
  id: 'customer-safe-names',
  defaultSeverity: 'error',
  fix: 'Describe the customer ("a tier-1 automotive supplier") or mark the proof point `public: true` once they agree.',
  description: 'No customer of a non-public proof point is named in a customer-safe field (the list in src/schemas/customer-safe.ts).',
  translations: {
    nl: {
      description:
        'Een klant van een niet-openbare referentie staat in geen enkel veld dat naar de klant mag (de lijst staat in src/schemas/customer-safe.ts).',
      fix: 'Omschrijf de klant („een tier-1-toeleverancier in de automotive”) of zet de referentie op `public: true` zodra de klant akkoord is.',
    },
  },
  check({ content }) {
    const secret = secretNames(
      content.concepts.flatMap((c) => c.data.proofPoints.map((p) => ({ name: p.customer, public: p.public }))),
    );
    if (secret.names.size === 0) return [];
    const findings: RuleFinding[] = [];
    for (const entry of allEntries(content)) {
      for (const { path, text } of customerSafeTexts(entry.collection, entry.data)) {
        for (const name of namesIn(text, secret)) {
          findings.push({
            entry,
            path,
            message: `Names ${quote(name)}, a customer who has not agreed to be named (a non-public proof point), in a field customers may see. Say "a tier-1 automotive supplier" instead, or mark the proof point \`public: true\` once they agree.`,
          });
        }
      }
    }
    return findings;
  },
};
