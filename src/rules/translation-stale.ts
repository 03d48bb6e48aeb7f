import { formatDate, isoDate } from '../lib/format.ts';
import { lastChange } from '../lib/translations.ts';
import type { Concept } from '../schemas/concepts.ts';
import { plausibleDate } from './dates-plausible.ts';
import { quote } from '../lib/text.ts';
import { entryPairs, languageName, languageOf } from './translation-entries.ts';
import type { Entry, Rule, RuleFinding } from './types.ts';

function asOfOf(entry: Entry): Date | undefined {
  const asOf = (entry.data as { asOf?: unknown }).asOf;
  return asOf instanceof Date ? asOf : undefined;
}

/**
 * A translation older than its original may quote an old price or miss a new objection. The
 * translated page says so too; this rule tells the author.
 */
export const translationStale: Rule = {
  id: 'translation-stale',
  defaultSeverity: 'warning',
  fix: 'Bring the translation up to date with its original, then add a `changes` line or update `lastReviewed`.',
  description:
    'A translation is brought up to date when its original changes: the original\'s newest `changes[]` date or `lastReviewed` (a battlecard\'s `asOf`) is not later than the translation\'s.',
  translations: {
    nl: {
      description:
        'Een vertaling gaat mee als het origineel verandert: de nieuwste datum in `changes[]` of `lastReviewed` van het origineel (bij een battlecard `asOf`) ligt niet later dan die van de vertaling.',
      fix: 'Werk de vertaling bij naar het origineel en voeg daarna een regel aan `changes` toe of werk `lastReviewed` bij.',
    },
  },
  check({ content, settings, today }) {
    const findings: RuleFinding[] = [];
    for (const { original, translation } of entryPairs(content, settings)) {
      const originalLanguage = languageName(languageOf(original, settings));
      if (original.collection === 'concepts') {
        // Only dates that dates-plausible accepts: a future date is a typo reported on the
        // original, and "set lastReviewed to <that date>" would ask for the same typo here.
        const data = original.data as Concept;
        const plausible = (date: Date) => plausibleDate(date, today);
        const before = lastChange({
          lastReviewed: plausible(data.lastReviewed) ? data.lastReviewed : new Date(0),
          changes: data.changes.filter((change) => plausible(change.date)),
        });
        const after = lastChange(translation.data as Concept);
        if (before.date.getTime() <= after.date.getTime()) continue;
        const what = before.summary ? ` (${quote(before.summary)})` : '';
        findings.push({
          entry: translation,
          path: ['lastReviewed'],
          message:
            `The ${originalLanguage} version changed on ${formatDate(before.date, 'en')}${what}, after this translation (last changed ${formatDate(after.date, 'en')}). ` +
            `Bring the translation up to date with ${original.file}, then add a \`changes\` line or set \`lastReviewed\` to ${isoDate(before.date)} or later.`,
        });
      } else {
        const before = asOfOf(original);
        const after = asOfOf(translation);
        if (!before || !after || before.getTime() <= after.getTime()) continue;
        findings.push({
          entry: translation,
          path: ['asOf'],
          message:
            `The ${originalLanguage} version is as of ${formatDate(before, 'en')}, later than this translation (${formatDate(after, 'en')}). ` +
            `Bring the translation up to date with ${original.file}, then set \`asOf\` to ${isoDate(before)}.`,
        });
      }
    }
    return findings;
  },
};
