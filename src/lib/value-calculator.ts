/**
 * The value calculator of a concept page: the customer's yearly benefit from the value model
 * and the payback of every offer, recomputed from the numbers a salesperson types in. Pure, and
 * shared by the page (typical figures at build time) and the client script (live figures).
 */
import type { Bundle, ValueModel } from '../schemas/concepts.ts';
import { fillTemplate } from './fill-template.ts';
import { formatNumber } from './format.ts';
import { formatMoney, fromMinor, toMinor } from './money.ts';
import { paybackMonths, termTotal } from './pricing.ts';
import { yearlyBenefit } from './value-model.ts';

/** An offer as the calculator needs it: what is paid up front and what recurs per year. */
export interface CalculatorOffer {
  id: string;
  name: string;
  upfrontMinor: number;
  recurringYearlyMinor: number;
  /** Everything paid over the term (one-off + recurring × term). */
  totalMinor: number;
  termMonths?: number | undefined;
  /**
   * Whom the offer is for: empty for every customer, else the owners of these products or a
   * partial offer (a bundle's `forOwnersOf` / `partial`). Offers are compared on price only
   * with offers for the same customers: an owners' bundle is not the cheaper way to buy the
   * whole concept.
   */
  audience?: string | undefined;
}

/** The words the results are written with (already translated). */
export interface CalculatorTexts {
  /** "Pays back in {months} months" */
  months: string;
  none: string;
  /** "{upfront} paid up front ÷ {monthly} a month of benefit" (an offer without fees) */
  basisOneOff: string;
  /** "… ÷ {monthly} a month ({benefit} a year − {recurring} a year of fees, ÷ 12)" */
  basisRecurring: string;
  /** "Over {months} months it costs {total}, {more} more than {cheapest}." */
  termMore: string;
}

export interface CalculatorResult {
  drivers: string[];
  total: string;
  /** Payback text per offer id. */
  paybacks: Record<string, string>;
  /** Payback in months per offer id; null for no payback. */
  months: Record<string, number | null>;
  /** Per offer id: what its payback divides, and what it costs more over the term than the cheapest offer. */
  explanations: Record<string, string[]>;
}

/** The short payback of the calculator's bar ("8,3 maanden", "No payback"), the months written as the language writes numbers. */
export function shortPayback(months: number | null | undefined, texts: { short: string; noneShort: string }, lang: string): string {
  return months === null || months === undefined ? texts.noneShort : fillTemplate(texts.short, { months: formatNumber(months, lang) });
}

/** The offers of a concept that can be compared with its value model (same currency). */
export function calculatorOffers(bundles: readonly Bundle[], model: ValueModel): CalculatorOffer[] {
  return bundles.flatMap((bundle) => {
    const total = termTotal(bundle.price, bundle.termMonths);
    if (total.currency !== model.currency) return [];
    return [
      {
        id: bundle.id,
        name: bundle.name,
        upfrontMinor: total.oneOffMinor,
        recurringYearlyMinor: total.recurringYearlyMinor,
        totalMinor: total.totalMinor,
        termMonths: bundle.termMonths,
        audience: [...(bundle.forOwnersOf ?? []).map((ref) => ref.id).sort(), bundle.partial ?? ''].filter(Boolean).join(','),
      },
    ];
  });
}

/**
 * Yearly benefit per driver and in total, each offer's payback and how it is worked out, as
 * display text. Money is rounded once, to whole units of the currency per driver, and the total
 * is the sum of what is shown, so the figures on the screen add up.
 */
export function calculate(
  model: ValueModel,
  offers: readonly CalculatorOffer[],
  overrides: Readonly<Record<string, number>>,
  texts: CalculatorTexts,
  lang: string,
): CalculatorResult {
  const benefit = yearlyBenefit(model, overrides);
  const currency = model.currency;
  const driversMinor = benefit.drivers.map((driver) => toMinor(Math.round(driver.yearly), currency));
  const totalMinor = driversMinor.reduce((sum, minor) => sum + minor, 0);
  const money = (minor: number) => formatMoney(minor, currency, lang);
  const wholeMoney = (minor: number) => money(toMinor(Math.round(fromMinor(minor, currency)), currency));
  const cheapestFor = (audience: string) =>
    offers
      .filter((offer) => (offer.audience ?? '') === audience)
      .reduce<CalculatorOffer | undefined>((best, offer) => (best === undefined || offer.totalMinor < best.totalMinor ? offer : best), undefined);
  const paybacks: Record<string, string> = {};
  const monthsById: Record<string, number | null> = {};
  const explanations: Record<string, string[]> = {};
  for (const offer of offers) {
    const months = paybackMonths({
      upfrontMinor: offer.upfrontMinor,
      yearlyBenefitMinor: totalMinor,
      yearlyRecurringMinor: offer.recurringYearlyMinor,
    });
    monthsById[offer.id] = months;
    paybacks[offer.id] = months === null ? texts.none : fillTemplate(texts.months, { months: formatNumber(months, lang) });
    const values = {
      upfront: money(offer.upfrontMinor),
      monthly: wholeMoney((totalMinor - offer.recurringYearlyMinor) / 12),
      benefit: money(totalMinor),
      recurring: money(offer.recurringYearlyMinor),
    };
    const lines = [fillTemplate(offer.recurringYearlyMinor > 0 ? texts.basisRecurring : texts.basisOneOff, values)];
    const cheapest = cheapestFor(offer.audience ?? '');
    if (cheapest && cheapest !== offer && offer.totalMinor > cheapest.totalMinor && offer.termMonths !== undefined) {
      lines.push(
        fillTemplate(texts.termMore, {
          months: offer.termMonths,
          total: money(offer.totalMinor),
          more: money(offer.totalMinor - cheapest.totalMinor),
          cheapest: cheapest.name,
        }),
      );
    }
    explanations[offer.id] = lines;
  }
  return { drivers: driversMinor.map(money), total: money(totalMinor), paybacks, months: monthsById, explanations };
}
