import { paybackPromisesIn } from '../lib/vague-words.ts';
import { customerSafeTexts } from '../schemas/customer-safe.ts';
import { andList, quote } from '../lib/text.ts';
import { languageOf } from './translation-entries.ts';
import type { Rule, RuleFinding } from './types.ts';

/** What a marketer calls the field, by its last key ("the bundle's pitch"). */
const fieldNames: Readonly<Record<string, string>> = {
  pitch: "bundle's pitch",
  name: "bundle's name",
  label: 'value-model label',
  question: 'value-model question',
};

/**
 * A concept with a value model gets its payback worked out from each customer's own figures:
 * on the concept page's calculator, in the visit brief and on the customer hand-out. A payback
 * time written into a field the customer reads ("pays back in about a year") then stands next
 * to a calculation that may say 38 months. The fields are the customer-safe ones
 * (src/schemas/customer-safe.ts), except proof points: a customer's reported result ("payback
 * in 9 months") is a fact about them, not a promise.
 */
export const noPaybackPromise: Rule = {
  id: 'no-payback-promise',
  defaultSeverity: 'error',
  fix: 'Say what the offer changes ("cuts scrap and line stops") and leave the payback to the calculator, which works it out from the customer\'s own figures; a payback a customer reached belongs in a proof point.',
  description:
    'A concept with a value model promises no payback time ("pays back in about a year", "terugverdientijd van een jaar") in a field customers may see, since the hand-out works out the payback from the customer\'s own figures; proof points may report one (an error; a warning for drafts).',
  translations: {
    nl: {
      description:
        'Een concept met een waardemodel belooft geen terugverdientijd („terugverdientijd van een jaar”, „verdient zich in zes maanden terug”) in een veld dat de klant mag zien, want de hand-out rekent die uit met de eigen cijfers van de klant; een referentie mag er wel een noemen (een fout; bij een conceptversie een waarschuwing).',
      fix: 'Zeg wat de aanbieding verandert („minder afkeur en lijnstops”) en laat de terugverdientijd over aan de calculator, die rekent met de eigen cijfers van de klant; een terugverdientijd die een klant echt haalde, hoort in een referentie.',
    },
  },
  check({ content, settings }) {
    const findings: RuleFinding[] = [];
    for (const concept of content.concepts) {
      if (!concept.data.valueModel) continue;
      const lang = languageOf(concept, settings);
      for (const { path, text } of customerSafeTexts('concepts', concept.data)) {
        const key = String(path.at(-1));
        if (path[0] === 'proofPoints' || key === 'id') continue;
        const promises = paybackPromisesIn(text, lang);
        if (promises.length === 0) continue;
        findings.push({
          entry: concept,
          path,
          lenient: concept.data.status === 'draft',
          message:
            `The ${fieldNames[key] ?? key} promises a payback time (${andList(promises.map(quote))}), but the hand-out works out each customer's payback from their own figures ` +
            '(this concept has a value model), so the two can disagree in front of the customer. ' +
            'Say what the offer changes instead ("cuts scrap and line stops") and leave the payback time to the calculator; a payback a customer reached belongs in a proof point.',
        });
      }
    }
    return findings;
  },
};
