/**
 * Prices in words of the interface: a price with its period, placed
 * by one dictionary template per period so each language decides the word order. Kept apart
 * from money.ts, which the browser loads with the calculator and which must not pull in the
 * dictionaries.
 */
import type { Money } from '../schemas/common.ts';
import { tf, type UiKey } from './i18n.ts';
import { formatMoney, toMinor } from './money.ts';

type Per = Money['per'];
const priceKeys: Record<Per, UiKey> = {
  once: 'money.price.once',
  month: 'money.price.month',
  year: 'money.price.year',
  day: 'money.price.day',
  unit: 'money.price.unit',
};

/**
 * One price component as shown on a page: "€4,150" for once, "€5,832 / year" otherwise
 * ("€ 5.832 per jaar" in Dutch). Amount and period are placed by one dictionary template per
 * period, so each language decides the word order.
 */
export function formatPrice(component: Money, lang: string): string {
  const amount = formatMoney(toMinor(component.amount, component.currency), component.currency, lang);
  return tf(priceKeys[component.per], { amount }, lang);
}
