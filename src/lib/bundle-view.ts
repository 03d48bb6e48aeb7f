/**
 * What a bundle block shows: the offer price, its total over the term, the parts at list
 * price, the savings and — where the concept has a value model — the payback with typical
 * figures. Pure: numbers from pricing.ts and value-model.ts, strings from money.ts.
 */
import type { Bundle, ValueModel } from '../schemas/concepts.ts';
import { formatNumber } from './format.ts';
import { formatMoney } from './money.ts';
import { formatPrice } from './price-format.ts';
import { bundleSavings, paybackMonths, termTotal, type ProductLookup } from './pricing.ts';
import { yearlyBenefit } from './value-model.ts';

export interface BundleView {
  /** The offer's price components, formatted ("€36,900", "€4,800 / year"). */
  priceLines: string[];
  termMonths: number | undefined;
  /** The offer over its term. */
  total: string;
  /** The same products at list price over the same term. */
  parts: string;
  /** Savings against the parts (absent when the bundle is not cheaper). */
  savings: string | undefined;
  /** The savings in percent of the parts, as the language writes it ("11.5", "11,5"). */
  savingsPercent: string;
  /** Payback in months with the value model's typical figures; null = no payback; undefined = no model. */
  paybackMonths: number | null | undefined;
  /** The yearly benefit the payback assumes, formatted. */
  yearlyBenefit: string | undefined;
  /** Negotiation floor as money, when given. */
  floorPrice: string | undefined;
}

export function bundleView(
  bundle: Bundle,
  products: ProductLookup,
  valueModel: ValueModel | undefined,
  lang: string,
): BundleView {
  const offer = termTotal(bundle.price, bundle.termMonths);
  const savings = bundleSavings(bundle, products);
  const money = (minor: number) => formatMoney(minor, savings.currency, lang);
  let payback: number | null | undefined;
  let benefit: string | undefined;
  if (valueModel && valueModel.currency === offer.currency) {
    const yearly = yearlyBenefit(valueModel);
    payback = paybackMonths({
      upfrontMinor: offer.oneOffMinor,
      yearlyBenefitMinor: yearly.totalMinor,
      yearlyRecurringMinor: offer.recurringYearlyMinor,
    });
    benefit = money(yearly.totalMinor);
  }
  const floor = bundle.negotiation?.floorPrice;
  return {
    priceLines: bundle.price.map((component) => formatPrice(component, lang)),
    termMonths: bundle.termMonths,
    total: money(savings.bundleMinor),
    parts: money(savings.partsMinor),
    savings: savings.savingsMinor > 0 ? money(savings.savingsMinor) : undefined,
    savingsPercent: formatNumber(savings.savingsPercent, lang),
    paybackMonths: payback,
    yearlyBenefit: benefit,
    floorPrice:
      floor === undefined
        ? undefined
        : formatPrice({ amount: floor, currency: offer.currency, per: 'once' }, lang),
  };
}
