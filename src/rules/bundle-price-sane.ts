import { formatMoney } from '../lib/money.ts';
import { bundleSavings, MixedCurrencyError } from '../lib/pricing.ts';
import type { Money } from '../schemas/common.ts';
import type { Product } from '../schemas/products.ts';
import { byId } from './content-walk.ts';
import { andList } from '../lib/text.ts';
import type { Rule, RuleFinding } from './types.ts';

const recurs = (prices: readonly Money[]) => prices.some((p) => p.per === 'month' || p.per === 'year');

export const bundlePriceSane: Rule = {
  id: 'bundle-price-sane',
  defaultSeverity: 'error',
  fix: 'Use one currency per bundle, give `termMonths` when a part recurs, and keep it no dearer than its parts over the term.',
  description:
    'A bundle uses one currency, states `termMonths` when any part recurs, and is not dearer than its parts over the term.',
  translations: {
    nl: {
      description:
        'Een aanbieding rekent in één valuta, noemt `termMonths` zodra een onderdeel terugkerend is, en is over de looptijd niet duurder dan de losse onderdelen.',
      fix: 'Houd één valuta per aanbieding aan, vul `termMonths` in als een onderdeel terugkomt, en maak de aanbieding over de looptijd niet duurder dan de losse onderdelen.',
    },
  },
  check({ content }) {
    const productEntries = byId(content, 'products');
    const products = new Map([...productEntries].map(([id, entry]) => [id, entry.data] as const));
    // A product whose prices failed their schema is reported in its own file; its bundles are not judged on what is left.
    const pricesFailed = (id: string) => productEntries.get(id)?.removed?.some((path) => path[0] === 'prices' || path.length === 0) ?? false;
    const findings: RuleFinding[] = [];
    for (const concept of content.concepts) {
      concept.data.bundles.forEach((bundle, i) => {
        const at = (path: (string | number)[], message: string) =>
          findings.push({ entry: concept, path: ['bundles', i, ...path], message });
        const currencies = [...new Set(bundle.price.map((p) => p.currency))];
        if (currencies.length > 1) {
          at(['price'], `The price mixes ${andList(currencies)}. Give every price component in one currency.`);
          return;
        }
        if (bundle.items.some((item) => pricesFailed(item.product.id))) return;
        const parts = bundle.items.map((item) => products.get(item.product.id));
        if (parts.some((p) => p === undefined)) return; // references-exist reports the missing product
        const partPrices = (parts as Product[]).flatMap((p) => p.prices);
        if (bundle.termMonths === undefined && (recurs(bundle.price) || recurs(partPrices))) {
          at(
            [],
            `Part of this bundle recurs (${recurs(bundle.price) ? 'its price' : 'a product in it'} is charged per month or year), but it has no \`termMonths\`. ` +
              'Add the contract term in months, so the offer has one total and can be compared with its parts.',
          );
          return;
        }
        try {
          const savings = bundleSavings(bundle, products);
          if (savings.savingsMinor >= 0) return;
          const term = bundle.termMonths ? ` over ${bundle.termMonths} months` : '';
          at(
            ['price'],
            `The bundle costs ${formatMoney(savings.bundleMinor, savings.currency, 'en')}${term}, ` +
              `${formatMoney(-savings.savingsMinor, savings.currency, 'en')} more than its parts bought separately ` +
              `(${formatMoney(savings.partsMinor, savings.currency, 'en')}). A bundle must not be dearer than its parts: lower the price or change the items.`,
          );
        } catch (error) {
          if (!(error instanceof MixedCurrencyError)) throw error;
          at(
            ['price'],
            `The bundle and its products use different currencies (${andList(error.currencies)}), so the offer cannot be compared with its parts. Price the bundle in its products' currency.`,
          );
        }
      });
    }
    return findings;
  },
};
