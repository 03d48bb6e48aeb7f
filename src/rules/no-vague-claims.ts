import { andList } from '../lib/text.ts';
import { vagueWordMatcher, vagueWordsIn } from '../lib/vague-words.ts';
import { languageOf } from './translation-entries.ts';
import type { Entry, FieldPath, Rule, RuleFinding } from './types.ts';

export { defaultVagueWords, vagueWordMatcher, vagueWordsIn } from '../lib/vague-words.ts';

export const noVagueClaims: Rule = {
  id: 'no-vague-claims',
  defaultSeverity: 'warning',
  fix: 'Replace the buzzword with what changes for the customer, and by how much.',
  description:
    'Claims and taglines avoid the buzzwords of their language ("innovative", "seamless"; in Dutch also "innovatieve", "naadloze", …) unless they carry a figure with a unit (a year, a standard or a version number is not one).',
  translations: {
    nl: {
      description:
        'Beweringen en slogans vermijden de modewoorden van hun taal („innovative”, „seamless”; in het Nederlands ook „innovatieve”, „naadloze”, …), tenzij er een cijfer met een eenheid bij staat (een jaartal, een norm of een versienummer telt niet).',
      fix: 'Vervang het modewoord door wat er voor de klant verandert, en hoeveel.',
    },
  },
  check({ content, settings }) {
    const matchers = new Map<string, RegExp>();
    const matcherFor = (lang: string) => {
      let matcher = matchers.get(lang);
      if (!matcher) matchers.set(lang, (matcher = vagueWordMatcher(settings.vagueWords, lang)));
      return matcher;
    };
    const findings: RuleFinding[] = [];
    const inspect = (entry: Entry, path: FieldPath, text: string, what: string) => {
      const lang = languageOf(entry, settings);
      const words = vagueWordsIn(text, matcherFor(lang), lang);
      if (words.length === 0) return;
      findings.push({
        entry,
        path,
        message: `The ${what} says ${andList(words.map((w) => `"${w}"`))} without a figure. Say what the customer gets in numbers, with a unit ("scrap down 38 % in 6 months"; a year, a standard or a version number is not a figure), or drop the word.`,
      });
    };
    for (const concept of content.concepts) {
      inspect(concept, ['tagline'], concept.data.tagline, 'tagline');
      concept.data.arguments.forEach((argument, i) => inspect(concept, ['arguments', i, 'claim'], argument.claim, 'claim'));
    }
    return findings;
  },
};
