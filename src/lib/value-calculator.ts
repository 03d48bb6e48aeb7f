/**
 * The value calculator of a concept page: the customer's yearly benefit from the value model
 * and the payback of every offer, recomputed from the numbers a salesperson types in. Pure, and
 * shared by the page (typical figures at build time) and the client script (live figures).
 */
import type { Bundle, ValueModel } from '../schemas/concepts.ts';
import { fillTemplate } from './i18n.ts';
import { formatMoney, toMinor } from './money.ts';
import { paybackMonths, termTotal } from './pricing.ts';
import { yearlyBenefit } from './value-model.ts';

/** An offer as the calculator needs it: what is paid up front and what recurs per year. */
export interface CalculatorOffer {
  id: string;
  name: string;
  upfrontMinor: number;
  recurringYearlyMinor: number;
}

/** The words the results are written with (already translated). */
export interface CalculatorTexts {
  /** "Pays back in {months} months" */
  months: string;
  none: string;
}

export interface CalculatorResult {
  drivers: string[];
  total: string;
  /** Payback text per offer id. */
  paybacks: Record<string, string>;
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
      },
    ];
  });
}

/** Yearly benefit per driver and in total, and each offer's payback, as display text. */
export function calculate(
  model: ValueModel,
  offers: readonly CalculatorOffer[],
  overrides: Readonly<Record<string, number>>,
  texts: CalculatorTexts,
  lang = 'en',
): CalculatorResult {
  const benefit = yearlyBenefit(model, overrides);
  const money = (major: number) => formatMoney(toMinor(major, model.currency), model.currency, lang);
  const paybacks: Record<string, string> = {};
  for (const offer of offers) {
    const months = paybackMonths({
      upfrontMinor: offer.upfrontMinor,
      yearlyBenefitMinor: benefit.totalMinor,
      yearlyRecurringMinor: offer.recurringYearlyMinor,
    });
    paybacks[offer.id] = months === null ? texts.none : fillTemplate(texts.months, { months });
  }
  return {
    drivers: benefit.drivers.map((driver) => money(driver.yearly)),
    total: formatMoney(benefit.totalMinor, model.currency, lang),
    paybacks,
  };
}
