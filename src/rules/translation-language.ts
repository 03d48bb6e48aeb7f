import { quote } from '../lib/text.ts';
import { languageName, languageOf } from './translation-entries.ts';
import { allEntries } from './content-walk.ts';
import type { Rule, RuleFinding } from './types.ts';

/**
 * The folder decides an entry's language: `concepts/nl/x.mdx` is Dutch, `concepts/x.mdx` is in
 * the default language. A `lang` field that says otherwise is a mistake waiting to mislabel a page.
 */
export const translationLanguage: Rule = {
  id: 'translation-language',
  defaultSeverity: 'error',
  fix: 'Remove `lang` (the folder decides the language), or move the file to the folder of its language.',
  description: 'An entry\'s `lang`, when given, matches its folder (content/<collection>/nl/ is Dutch, the collection folder itself the default language).',
  translations: {
    nl: {
      description:
        'Noemt een item zijn `lang`, dan past die bij de map (content/<collectie>/nl/ is Nederlands, de map van de collectie zelf de standaardtaal).',
      fix: 'Haal `lang` weg (de map bepaalt de taal), of zet het bestand in de map van zijn taal.',
    },
  },
  check({ content, settings }) {
    const findings: RuleFinding[] = [];
    for (const entry of allEntries(content)) {
      const raw = entry.raw as { lang?: unknown } | undefined;
      if (typeof raw?.lang !== 'string') continue;
      const folderLanguage = languageOf(entry, settings);
      if (raw.lang === folderLanguage) continue;
      const where = entry.id.includes('/') ? `the ${quote(entry.id.split('/')[0] ?? '')} folder` : 'the collection folder';
      findings.push({
        entry,
        path: ['lang'],
        message:
          `This file is in ${where}, so it is ${languageName(folderLanguage)}, but \`lang\` says ${quote(raw.lang)}. ` +
          `The folder decides the language: remove \`lang\`, or move the file to the folder of its language (a translation goes in ${entry.collection}/<locale>/).`,
      });
    }
    return findings;
  },
};
