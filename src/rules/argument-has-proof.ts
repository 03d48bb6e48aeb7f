import { isBlank } from './text.ts';
import type { Rule, RuleFinding } from './types.ts';

/**
 * Units a figure may carry to count as proof, in English and Dutch. A bare number ("ISO 9001",
 * "IATF 16949", "in 2024") is not proof: it needs a unit or a currency.
 */
export const unitsAfter = [
  '%', '‰', 'percent', 'per cent', 'procent', 'pct', 'percentage points', 'procentpunt', 'ppm',
  'x', '×', 'times', 'fold', 'keer',
  'eur', 'euro', 'euros', 'usd', 'gbp', 'chf', 'sek', 'dkk', 'nok', 'pln', 'czk', 'cny', 'jpy', '€', '$', '£',
  'hours', 'hour', 'hrs', 'hr', 'h', 'uur', 'uren',
  'days', 'day', 'dagen', 'dag', 'weeks', 'week', 'weken', 'months', 'month', 'maanden', 'maand',
  'years', 'year', 'jaar', 'minutes', 'minute', 'mins', 'min', 'minuten', 'seconds', 'second', 'sec', 's', 'seconden',
  'shifts', 'shift', 'ploegen', 'ploeg',
  'pieces', 'piece', 'pcs', 'stuks', 'stuk', 'parts', 'part', 'onderdelen', 'units', 'unit', 'eenheden',
  'batches', 'batch', 'lots', 'samples', 'measurements', 'metingen', 'audits', 'complaints', 'klachten',
  'defects', 'rejects', 'returns', 'claims', 'orders', 'customers', 'klanten', 'plants', 'lines', 'machines',
  'operators', 'people', 'fte', 'points', 'punten',
  'mm', 'µm', 'μm', 'um', 'nm', 'cm', 'm', 'km', 'kg', 'g', 't', 'tonnes', 'tons', 'ton', 'kwh', 'mwh', 'l', 'litres', 'liters',
];
/** What a rate counts per: "25 gauges calibrated per day", "3 audits a year", "40 parts/hour". */
export const rateUnits = [
  'second', 'minute', 'hour', 'shift', 'day', 'week', 'month', 'quarter', 'year',
  'batch', 'lot', 'part', 'piece', 'unit', 'line', 'machine', 'operator', 'plant', 'order', 'customer',
  'uur', 'ploeg', 'dag', 'maand', 'kwartaal', 'jaar', 'stuk', 'lijn', 'machine', 'klant',
];
export const currenciesBefore = ['€', '$', '£', '¥', 'eur', 'usd', 'gbp', 'chf', 'sek', 'dkk', 'nok', 'pln', 'czk', 'cny', 'jpy'];

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const byLength = (a: string, b: string) => b.length - a.length;
const number = String.raw`\d+(?:[.,]\d+)*`;
const scale = String.raw`(?:\s?(?:k|m|mn|mln|million|miljoen|bn|billion|thousand|duizend)(?![\p{L}]))?`;
const figureWithUnit = new RegExp(
  String.raw`(?:${number}${scale}\s?(?:${unitsAfter.sort(byLength).map(escape).join('|')})(?![\p{L}\p{N}]))` +
    String.raw`|(?:(?<![\p{L}])(?:${currenciesBefore.sort(byLength).map(escape).join('|')})\s?${number})`,
  'iu',
);

// A count of anything, then per / a / an / each / every / "/" and a rate unit, within a few words.
const rate = new RegExp(
  String.raw`${number}${scale}\s?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?\s*(?:\s(?:per|a|an|each|every|elke|iedere)\s+|/\s?)(?:${rateUnits.sort(byLength).map(escape).join('|')})(?:s|es|en)?(?![\p{L}])`,
  'iu',
);

/** True when the text holds a figure with a unit or currency ("38 %", "EUR 4,150", "12 hours"), or a rate. */
export function hasFigureWithUnit(text: string): boolean {
  return figureWithUnit.test(text) || rate.test(text);
}

export const argumentHasProof: Rule = {
  id: 'argument-has-proof',
  defaultSeverity: 'error',
  description:
    'Each argument proves its claim: a figure with a unit (%, EUR, hours, days, pieces, …), an existing proof point, or a source.',
  check({ content }) {
    const findings: RuleFinding[] = [];
    for (const concept of content.concepts) {
      const proofPoints = new Set(concept.data.proofPoints.map((p) => p.id));
      concept.data.arguments.forEach((argument, i) => {
        if (argument.proof !== undefined && hasFigureWithUnit(argument.proof)) return;
        if (argument.proofPoint !== undefined && proofPoints.has(argument.proofPoint)) return;
        if (!isBlank(argument.source)) return;
        const hasProofText = !isBlank(argument.proof);
        findings.push({
          entry: concept,
          path: ['arguments', i, hasProofText ? 'proof' : 'claim'],
          message:
            (hasProofText
              ? 'The proof has no figure with a unit (like "38 %", "EUR 12,000" or "4 hours"); a standard or a bare number is not proof. '
              : 'This argument has no proof. ') +
            'Give `proof` with a measured figure and its unit, a `proofPoint` id of this concept, or a `source` (study, test report, URL).',
        });
      });
    }
    return findings;
  },
};
