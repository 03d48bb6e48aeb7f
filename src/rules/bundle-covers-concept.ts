import { productKinds, type Product } from '../schemas/products.ts';
import { byId } from './content-walk.ts';
import { andList, quote } from '../lib/text.ts';
import type { Rule, RuleFinding } from './types.ts';

/** "a, b or c". */
const orList = (words: readonly string[]) => andList(words).replace(/ and (?=[^,]*$)/, ' or ');

export const bundleCoversConcept: Rule = {
  id: 'bundle-covers-concept',
  defaultSeverity: 'error',
  fix: 'Put a product of every kind the concept sells into one bundle; mark other offers with `forOwnersOf` or `partial`.',
  description:
    'A concept that spans several kinds of product offers a bundle with a product of every kind: no "device now, software later". Each other bundle that leaves out a kind warns, unless it is for owners of the missing products (`forOwnersOf`) or a refill or spare parts (`partial`).',
  translations: {
    nl: {
      description:
        'Een concept met meer soorten producten heeft een aanbieding met een product van elke soort: niet „nu de meter, de software later”. Elke andere aanbieding waarin een soort ontbreekt, geeft een waarschuwing, tenzij ze bedoeld is voor klanten die de ontbrekende producten al hebben (`forOwnersOf`) of een navulling of reserveonderdelen is (`partial`).',
      fix: 'Zet een product van elke soort die het concept verkoopt in één aanbieding; markeer andere aanbiedingen met `forOwnersOf` of `partial`.',
    },
  },
  check({ content }) {
    const products = byId(content, 'products');
    const kindOf = (id: string): Product['kind'] | undefined => products.get(id)?.data.kind;
    const findings: RuleFinding[] = [];
    for (const concept of content.concepts) {
      const spanned = new Set(concept.data.products.map((p) => kindOf(p.id)).filter((k) => k !== undefined));
      if (spanned.size < 2) continue;
      // A bundle item naming a missing or broken product is reported on its own
      // (references-exist, schema); guessing its kind here would only echo that finding.
      if (concept.data.bundles.some((bundle) => bundle.items.some((item) => kindOf(item.product.id) === undefined))) continue;
      const kinds = productKinds.filter((kind) => spanned.has(kind));
      const gaps = concept.data.bundles.map((bundle) => {
        const covered = new Set(bundle.items.map((item) => kindOf(item.product.id)));
        return kinds.filter((kind) => !covered.has(kind));
      });
      const sells = `This concept sells ${andList(kinds.map((k) => `${k}`))} products`;
      if (gaps.some((missing) => missing.length === 0)) {
        // One offer sells the whole concept; any other offer that leaves a kind out invites
        // selling that part alone, unless its customers already own the rest or it is a refill.
        concept.data.bundles.forEach((bundle, i) => {
          if (bundle.partial) return;
          const owned = new Set((bundle.forOwnersOf ?? []).map((ref) => kindOf(ref.id)));
          const missing = (gaps[i] ?? []).filter((kind) => !owned.has(kind));
          if (missing.length === 0) return;
          findings.push({
            entry: concept,
            path: ['bundles', i],
            lenient: true,
            message:
              `The bundle ${quote(bundle.name)} has no ${orList(missing)} product, though this concept sells ${andList(kinds)} products. ` +
              `Offered on its own it invites "device now, software later": the customer buys part of the concept and never gets the measurable result. ` +
              'Add the missing kind, or, when the offer is for customers who already own it, list those products under `forOwnersOf`; for a refill or spare parts set `partial: refill` or `partial: spare-parts`.',
          });
        });
        continue;
      }
      if (gaps.length === 0) {
        findings.push({
          entry: concept,
          path: ['bundles'],
          message: `${sells} but offers no bundle. Add a bundle with at least one product of each kind, priced as one offer, so nobody sells the device now and the rest later.`,
        });
        continue;
      }
      let best = 0;
      gaps.forEach((missing, i) => {
        if (missing.length < (gaps[best]?.length ?? Infinity)) best = i;
      });
      const bundle = concept.data.bundles[best];
      findings.push({
        entry: concept,
        path: ['bundles', best],
        message:
          `${sells}, but no bundle holds one of each. The closest, ${quote(bundle?.name ?? '')}, has no ${andList(gaps[best] ?? [])} product. ` +
          'Add the missing kind to a bundle (alternative devices are fine) so the concept is sold as one offer.',
      });
    }
    return findings;
  },
};
