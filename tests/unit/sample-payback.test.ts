/**
 * The sample's worked payback example (12,000 scrapped parts at EUR 11.80, cut by a quarter)
 * must quote what the flagship's value model and first bundle produce, in every language: the
 * lessons teach it to new hires, so a figure the calculator does not give is a wrong lesson.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/checker/load-content.ts';
import { readContentFiles } from '../../src/checker/read-content.ts';
import { paybackMonths } from '../../src/lib/pricing.ts';
import { figureKey, readFigures } from '../../src/lib/read-figures.ts';
import { yearlyBenefit } from '../../src/lib/value-model.ts';

const { content } = loadContent(readContentFiles('content'));
const flagship = content.concepts.find((c) => c.id === 'scrap-to-savings')!;
const model = flagship.data.valueModel!;
const bundle = flagship.data.bundles[0]!;
const minor = (per: string) => bundle.price.filter((p) => p.per === per).reduce((sum, p) => sum + p.amount * 100, 0);
const months = (benefitMinor: number) => Math.round(paybackMonths({ upfrontMinor: minor('once'), yearlyBenefitMinor: benefitMinor, yearlyRecurringMinor: minor('year') })!);
const benefit = yearlyBenefit(model);
const withStops = months(benefit.totalMinor);
const scrapOnly = months(Math.round(benefit.drivers[0]!.yearly * 100));

/** Every text of an entry: its data's strings and the paragraphs of its body (after the frontmatter). */
const passages = (entry: { data: unknown; file: string }): string[] => {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  const body = readFileSync(entry.file, 'utf8').split(/^---$/m).slice(2).join('---');
  return [...strings(entry.data), ...body.split(/\n\s*\n/)];
};
const entries = [...content.concepts.filter((c) => c.id.endsWith('scrap-to-savings')), ...content.lessons];
const aboutMonths = /(?:about|ongeveer) (\d+) (?:months|maanden)/g;

describe('the worked payback example in the sample', () => {
  it('is the figure the value model gives', () => {
    expect([withStops, scrapOnly]).toEqual([13, 19]);
  });

  for (const entry of entries) {
    it(`${entry.file}: quotes the payback its own figures give`, () => {
      for (const text of passages(entry)) {
        const quoted = [...text.matchAll(aboutMonths)].map((m) => Number(m[1]));
        // The example on scrap alone pays back in 19 months, not 13.
        if (/11[.,]80/.test(text) && quoted.length > 0) {
          expect(quoted, text).toContain(scrapOnly);
          expect(quoted.every((n) => n === scrapOnly || n === withStops), text).toBe(true);
        }
        // 13 months only comes out with the line stops too, so a text that says it names them.
        if (quoted.includes(withStops)) expect(text, text).toMatch(/line[- ]stop|stilstand|lijnstop/i);
      }
    });
  }

  // translation-parity compares frontmatter only; the lesson's body quotes the example too.
  it('is quoted with the same figures in the English and the Dutch lesson body', () => {
    const figures = (file: string, lang: string) => {
      const body = readFileSync(file, 'utf8').split(/^---$/m).slice(2).join('---');
      return readFigures(body, lang).map(figureKey).sort();
    };
    expect(figures('content/lessons/nl/handling-the-price-objection.mdx', 'nl')).toEqual(figures('content/lessons/handling-the-price-objection.mdx', 'en'));
  });
});
