/**
 * Pricing math, in integer minor units: totals over a term, a bundle's savings against its
 * parts, payback. Pure functions: no I/O, no clock. Formatting lives in money.ts.
 */
import type { Money } from '../schemas/common.ts';
import type { Bundle } from '../schemas/concepts.ts';
import type { Product } from '../schemas/products.ts';
import { toMinor } from './money.ts';

/** Thrown when amounts in different currencies would be added or compared. */
export class MixedCurrencyError extends Error {
  readonly currencies: string[];

  constructor(currencies: Iterable<string>) {
    const found = [...new Set(currencies)].sort();
    super(`Mixed currencies (${found.join(', ')}): a price and everything it is compared with must use one currency.`);
    this.name = 'MixedCurrencyError';
    this.currencies = found;
  }
}

/** Returns the one currency of the list, or throws MixedCurrencyError naming all of them. */
export function assertSameCurrency(currencies: Iterable<string>): string {
  const found = new Set(currencies);
  if (found.size > 1) throw new MixedCurrencyError(found);
  const [only] = found;
  if (only === undefined) throw new Error('No currency: a price needs at least one component.');
  return only;
}

/** A price added up over a term, in minor units of one currency. */
export interface TermTotal {
  currency: string;
  /** Charged once: "once" components, and "day"/"unit" components × quantity. */
  oneOffMinor: number;
  /** What the recurring components cost per year ("month" × 12 + "year"), × quantity. */
  recurringYearlyMinor: number;
  /** What the recurring components cost over the whole term. */
  recurringTermMinor: number;
  /** oneOffMinor + recurringTermMinor. */
  totalMinor: number;
  termMonths: number | undefined;
}

/** Integer a × b ÷ c, rounded half away from zero, exact for safe integers. */
function mulDiv(a: number, b: number, c: number): number {
  const n = a * b;
  if (!Number.isSafeInteger(n)) throw new RangeError('amount too large to compute exactly');
  const q = Math.trunc(n / c);
  const r = n - q * c;
  return 2 * Math.abs(r) >= c ? q + Math.sign(n) : q;
}

function checkCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number of at least ${min}, got ${value}`);
  }
}

/**
 * Adds price components up over a term. "once", "day" and "unit" components count once per
 * quantity (a service day × days, a consumable × units); "month" components count
 * termMonths times and "year" components termMonths / 12 times, each × quantity.
 *
 * `termMonths` is required when any component recurs (month or year); without it the
 * function throws an Error saying so, because a recurring price has no total without a term.
 * Throws MixedCurrencyError when components use different currencies.
 */
export function termTotal(components: readonly Money[], termMonths?: number, quantity = 1): TermTotal {
  const currency = assertSameCurrency(components.map((c) => c.currency));
  checkCount('quantity', quantity, 0);
  if (termMonths !== undefined) checkCount('termMonths', termMonths, 1);
  let oneOffMinor = 0;
  let monthlyMinor = 0;
  let yearlyMinor = 0;
  for (const component of components) {
    const minor = toMinor(component.amount, currency) * quantity;
    if (component.per === 'month') monthlyMinor += minor;
    else if (component.per === 'year') yearlyMinor += minor;
    else oneOffMinor += minor;
  }
  const recurs = monthlyMinor !== 0 || yearlyMinor !== 0;
  if (recurs && termMonths === undefined) {
    throw new Error('termMonths is required: the price has recurring parts (per month or per year).');
  }
  const recurringTermMinor = recurs && termMonths !== undefined
    ? monthlyMinor * termMonths + mulDiv(yearlyMinor, termMonths, 12)
    : 0;
  return {
    currency,
    oneOffMinor,
    recurringYearlyMinor: monthlyMinor * 12 + yearlyMinor,
    recurringTermMinor,
    totalMinor: oneOffMinor + recurringTermMinor,
    termMonths,
  };
}

/** Products by id: a Map or a lookup function (returning undefined for unknown ids). */
export type ProductLookup = ReadonlyMap<string, Product> | ((id: string) => Product | undefined);

/** A bundle item: the product as an id or a resolved reference `{ id }`. */
export interface PartItem {
  product: string | { id: string };
  quantity: number;
}

function findProduct(products: ProductLookup, id: string): Product {
  const product = typeof products === 'function' ? products(id) : products.get(id);
  if (!product) throw new Error(`Unknown product "${id}": it is not in content/products.`);
  return product;
}

/**
 * What the items cost bought separately at list price over the same term: each product's
 * prices × its quantity. Throws on an unknown product, on mixed currencies, and when a part
 * recurs but no term is given.
 */
export function partsTotal(
  items: readonly PartItem[],
  products: ProductLookup,
  termMonths?: number,
): TermTotal {
  const totals = items.map((item) => {
    const id = typeof item.product === 'string' ? item.product : item.product.id;
    return termTotal(findProduct(products, id).prices, termMonths, item.quantity);
  });
  const currency = assertSameCurrency(totals.map((x) => x.currency));
  const sum = (pick: (x: TermTotal) => number) => totals.reduce((acc, x) => acc + pick(x), 0);
  return {
    currency,
    oneOffMinor: sum((x) => x.oneOffMinor),
    recurringYearlyMinor: sum((x) => x.recurringYearlyMinor),
    recurringTermMinor: sum((x) => x.recurringTermMinor),
    totalMinor: sum((x) => x.totalMinor),
    termMonths,
  };
}

export interface BundleSavings {
  currency: string;
  termMonths: number | undefined;
  /** The bundle price over its term. */
  bundleMinor: number;
  /** The parts at list price over the same term. */
  partsMinor: number;
  /** partsMinor − bundleMinor; negative when the bundle is dearer than its parts. */
  savingsMinor: number;
  /** Savings as a percentage of the parts, one decimal (0 when the parts cost nothing). */
  savingsPercent: number;
}

/** A bundle's savings against buying its parts separately, over the bundle's term. */
export function bundleSavings(
  bundle: Pick<Bundle, 'price' | 'items' | 'termMonths'>,
  products: ProductLookup,
): BundleSavings {
  const offer = termTotal(bundle.price, bundle.termMonths);
  const parts = partsTotal(bundle.items, products, bundle.termMonths);
  const currency = assertSameCurrency([offer.currency, parts.currency]);
  const savingsMinor = parts.totalMinor - offer.totalMinor;
  return {
    currency,
    termMonths: bundle.termMonths,
    bundleMinor: offer.totalMinor,
    partsMinor: parts.totalMinor,
    savingsMinor,
    savingsPercent: parts.totalMinor === 0 ? 0 : Math.round((savingsMinor / parts.totalMinor) * 1000) / 10,
  };
}

export interface PaybackInput {
  /** What is paid up front (one-off part of the price), in minor units. */
  upfrontMinor: number;
  /** The customer's yearly benefit (value model), in minor units of the same currency. */
  yearlyBenefitMinor: number;
  /** The yearly recurring cost (maintenance, subscriptions), in minor units. */
  yearlyRecurringMinor: number;
}

/**
 * Months until the upfront price is paid back:
 * upfront ÷ ((yearly benefit − yearly recurring cost) ÷ 12), rounded to one decimal.
 * Returns null ("no payback") when the benefit does not exceed the recurring cost.
 * Callers check currencies first (assertSameCurrency) — these are plain minor units.
 */
export function paybackMonths({ upfrontMinor, yearlyBenefitMinor, yearlyRecurringMinor }: PaybackInput): number | null {
  const netYearly = yearlyBenefitMinor - yearlyRecurringMinor;
  if (!(netYearly > 0)) return null;
  return Math.round(((upfrontMinor * 12) / netYearly) * 10) / 10;
}
