import { productKinds, type Product } from '../schemas/products.ts';
import { byId } from './content-walk.ts';
import { andList, quote } from './text.ts';
import type { Rule, RuleFinding } from './types.ts';

export const bundleCoversConcept: Rule = {
  id: 'bundle-covers-concept',
  defaultSeverity: 'error',
  description:
    'A concept that spans several kinds of product offers a bundle with a product of every kind: no "device now, software later".',
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
      if (gaps.some((missing) => missing.length === 0)) continue;
      const sells = `This concept sells ${andList(kinds.map((k) => `${k}`))} products`;
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
