import { sharedId, translationLocale } from '../lib/translations.ts';
import { allEntries, singular } from './content-walk.ts';
import { quote } from '../lib/text.ts';
import { languageName, localesOf } from './translation-entries.ts';
import type { CollectionName } from '../schemas/common.ts';
import type { Rule, RuleFinding } from './types.ts';

/** Collections whose entries in a language folder are translations, shown on their original's page. */
const translated = new Set<CollectionName>(['products', 'personas', 'industries', 'competitors', 'concepts', 'lessons']);

/**
 * A translation pairs with its original by file name, and a page needs the original: a file in
 * `concepts/nl/` named differently, or in a folder that is not a language of the playbook, would
 * otherwise be dropped or published as something it is not, without a word.
 */
/** "an English", "a Dutch". */
function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

export const translationHasOriginal: Rule = {
  id: 'translation-has-original',
  defaultSeverity: 'error',
  fix: 'Give a translation the file name of its original, in the folder of its language (content/concepts/nl/<original>.mdx).',
  description: 'Every file in a language folder translates an original of the same file name, and every folder inside a collection is one of the playbook\'s languages.',
  translations: {
    nl: {
      description:
        'Elk bestand in een taalmap vertaalt een origineel met dezelfde bestandsnaam, en elke map in een collectie is een van de talen van het playbook.',
      fix: 'Geef een vertaling de bestandsnaam van het origineel, in de map van haar taal (content/concepts/nl/<origineel>.mdx).',
    },
  },
  check({ content, settings }) {
    const locales = localesOf(settings);
    const others = locales.slice(1);
    const findings: RuleFinding[] = [];
    const entries = allEntries(content).filter((entry) => translated.has(entry.collection));
    // Every original file found, also one that failed its schema (reported there): its translation has an original.
    const originals = new Set(
      [...translated].flatMap((collection) =>
        [...content.ids[collection]].filter((id) => !id.includes('/')).map((id) => `${collection}/${id}`),
      ),
    );
    for (const entry of entries) {
      const noun = singular[entry.collection];
      const locale = translationLocale(entry.id, locales);
      if (locale) {
        const id = sharedId(entry.id, locales);
        if (originals.has(`${entry.collection}/${id}`)) continue;
        findings.push({
          entry,
          path: [],
          message:
            `This file is in the ${quote(locale)} folder, so it is the ${languageName(locale)} translation of ${entry.collection}/${id}, but there is no such ${noun}: ` +
            `it would not be published. A translation has the file name of its original: rename it to the original's file name, or write the ${languageName(locales[0] ?? 'en')} original first.`,
        });
        continue;
      }
      const slash = entry.id.indexOf('/');
      if (slash >= 0) {
        const folder = entry.id.slice(0, slash);
        findings.push({
          entry,
          path: [],
          message:
            `This file is in the folder ${quote(folder)}, which is not one of the playbook's languages (${others.map((code) => `${code} for ${languageName(code)}`).join(', ') || 'none besides the default'}; \`locales\` in playbook.config.ts), ` +
            `so it would be read as ${withArticle(languageName(locales[0] ?? 'en'))} ${noun} with the id ${quote(entry.id)}. ` +
            `Put a translation in ${entry.collection}/<language>/ under its original's file name, or move the file up into ${entry.collection}/.`,
        });
        continue;
      }
      // "x.nl.mdx" or "x-nl.mdx" (the id of "x.nl.mdx" is "xnl"): the language in the name.
      const suffix = others.find((code) => {
        const base = entry.id.replace(new RegExp(`[-._]?${code}$`), '');
        return base !== entry.id && originals.has(`${entry.collection}/${base}`);
      });
      if (suffix) {
        const id = entry.id.replace(new RegExp(`[-._]?${suffix}$`), '');
        findings.push({
          entry,
          path: [],
          message:
            `This file looks like the ${languageName(suffix)} translation of ${entry.collection}/${id}, but the language is in its name, so it is read as ${withArticle(languageName(locales[0] ?? 'en'))} ${noun} of its own. ` +
            `Move it to ${entry.collection}/${suffix}/ and name it like the original.`,
        });
      }
    }
    return findings;
  },
};
