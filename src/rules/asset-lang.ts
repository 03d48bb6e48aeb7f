import { andList, quote } from '../lib/text.ts';
import type { Entry, Rule, RuleFinding } from './types.ts';

/** The assets of an entry, wherever its collection keeps them (concepts and products today). */
function assetsOf(entry: Entry): readonly { lang: string }[] {
  const assets = (entry.data as { assets?: unknown }).assets;
  return Array.isArray(assets) ? (assets as { lang: string }[]) : [];
}

export const assetLang: Rule = {
  id: 'asset-lang',
  defaultSeverity: 'error',
  fix: 'Write the language as one of the `locales` in playbook.config.ts, or add the language there.',
  description: "An asset's `lang` is one of the languages this playbook is configured with (`locales`).",
  translations: {
    nl: {
      description: 'De `lang` van een document is een van de talen die dit playbook heeft ingesteld (`locales`).',
      fix: 'Schrijf de taal als een van de `locales` in playbook.config.ts, of voeg de taal daar toe.',
    },
  },
  check({ content, settings }) {
    const locales = settings.locales ?? ['en'];
    const known = new Set(locales);
    const findings: RuleFinding[] = [];
    for (const entry of [...content.concepts, ...content.products] as Entry[]) {
      assetsOf(entry).forEach((asset, i) => {
        if (known.has(asset.lang)) return;
        findings.push({
          entry,
          path: ['assets', i, 'lang'],
          message: `The asset's language ${quote(asset.lang)} is not one of this playbook's languages (${andList(locales.map((l) => quote(l)))}). Write one of those, or add ${quote(asset.lang)} to \`locales\` in playbook.config.ts.`,
        });
      });
    }
    return findings;
  },
};
