/**
 * The customer hand-out: what the customer may keep, worked out from the hand-out's data file
 * (the customer-safe copy made by src/schemas/customer-safe.ts, nothing else) and the brief's
 * link (offer, customer name, calculator figures), in the hand-out's own language. One view,
 * rendered as the page and as plain text for an e-mail. Pure.
 */
import type { Bundle, ValueModel } from '../schemas/concepts.ts';
import type { HandoutFile } from './brief-data.ts';
import { fillTemplate } from './fill-template.ts';
import { formatDate, formatFigure } from './format.ts';
import type { UiKey } from './i18n.ts';
import { formatMoney, toMinor } from './money.ts';
import { parseNumberInput } from './number-input.ts';
import { calculate, calculatorOffers } from './value-calculator.ts';

export interface HandoutRequest {
  offer?: string | undefined;
  customer: string;
  /** The customer's own figures, as typed in the brief. */
  inputs: Readonly<Record<string, string>>;
  /** The typical figures the brief counted with where the customer gave none. */
  typical: Readonly<Record<string, string>>;
}

export interface HandoutView {
  lang: string;
  title: string;
  tagline: string;
  preparedFor?: string | undefined;
  summary: string;
  problem: string;
  outcome: string;
  /**
   * Claims with the number of their footnote. A benefit's sentences that work with figures
   * ("At 12,000 scrapped parts a year … EUR 35,400 a year") are the playbook's example, not the
   * customer's figures: the data file has them apart as `example` (splitExample in
   * proof-figures.ts), and the hand-out labels them as one.
   */
  claims: { claim: string; benefit: string; example?: string | undefined; note: number }[];
  offer?: {
    name: string;
    pitch: string;
    priceLines: string[];
    term?: string | undefined;
    contains: string[];
    validUntil?: string | undefined;
  } | undefined;
  /** True when the link named an offer the data does not have (any more). */
  offerMissing: boolean;
  payback?: {
    yearly: string;
    text: string;
    basis: string[];
    figures: { label: string; value: string; source: 'yours' | 'typical' }[];
  } | undefined;
  notes: { note: number; customer: string; result: string; quote?: string | undefined }[];
  documents: { title: string; href: string }[];
}

interface SafeConcept {
  title?: string;
  tagline?: string;
  summary?: string;
  problem?: string;
  outcome?: string;
  bundles?: (Pick<Bundle, 'id' | 'name' | 'pitch' | 'price' | 'termMonths'> & {
    items: { product: { id: string } | string; quantity: number }[];
    validUntil?: string | Date;
  })[];
  proofPoints?: { id: string; customer: string; result: string; quote?: string }[];
  assets?: { title: string; href: string }[];
  valueModel?: {
    currency: string;
    drivers: { label: string; inputs: { id: string; label: string; unit: string; question?: string }[] }[];
  };
}

const productId = (ref: { id: string } | string) => (typeof ref === 'string' ? ref : ref.id);

/** The figure a field counts with, or undefined when it is missing or not a number. */
function figure(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const parsed = parseNumberInput(raw);
  return parsed.kind === 'number' ? parsed.value : undefined;
}

/** The hand-out's words in its language (only these keys reach the browser). */
export type HandoutTexts = Readonly<Record<HandoutKey, string>>;
export const handoutKeys = [
  'handout.preparedFor', 'handout.problem', 'handout.outcome', 'handout.benefits', 'handout.example', 'handout.offer', 'handout.price', 'handout.term',
  'handout.contains', 'handout.validUntil', 'handout.vat', 'handout.notBinding', 'handout.payback', 'handout.figures', 'handout.yours',
  'handout.typical', 'handout.yearly', 'handout.proof', 'handout.documents', 'handout.attached', 'handout.offerMissing',
  'value.paybackMonths', 'value.paybackNone', 'value.basisOneOff', 'value.basisRecurring', 'value.termMore',
  'money.price.once', 'money.price.month', 'money.price.year', 'money.price.day', 'money.price.unit',
] as const satisfies readonly UiKey[];
export type HandoutKey = (typeof handoutKeys)[number];

export function handoutView(file: HandoutFile, request: HandoutRequest, lang: string, texts: HandoutTexts, base = '/'): HandoutView {
  const concept = file.concept as SafeConcept;
  const say = (key: HandoutKey) => texts[key];
  const tf = (key: HandoutKey, values: Record<string, string | number>) => fillTemplate(texts[key], values);
  const formatPrice = (component: { amount: number; currency: string; per: 'once' | 'month' | 'year' | 'day' | 'unit' }, lang: string) =>
    fillTemplate(texts[`money.price.${component.per}`], { amount: formatMoney(toMinor(component.amount, component.currency), component.currency, lang) });
  const proofIndex = new Map<string, number>();
  const claims = file.claims.map((claim) => {
    let note = proofIndex.get(claim.proofPoint);
    if (note === undefined) proofIndex.set(claim.proofPoint, (note = proofIndex.size + 1));
    return { claim: claim.claim, benefit: claim.benefit, example: claim.example, note };
  });
  const proofById = new Map((concept.proofPoints ?? []).map((p) => [p.id, p]));
  const notes = [...proofIndex].flatMap(([id, note]) => {
    const proof = proofById.get(id);
    return proof ? [{ note, customer: proof.customer, result: proof.result, quote: proof.quote }] : [];
  });
  const bundle = (concept.bundles ?? []).find((b) => b.id === request.offer);
  const products = file.products as Record<string, { name?: string; assets?: { title: string; href: string }[] }>;
  const offer = bundle && {
    name: bundle.name,
    pitch: bundle.pitch,
    priceLines: bundle.price.map((component) => formatPrice(component, lang)),
    term: bundle.termMonths === undefined ? undefined : tf('handout.term', { months: bundle.termMonths }),
    contains: bundle.items.map((item) => `${products[productId(item.product)]?.name ?? productId(item.product)} × ${item.quantity}`),
    validUntil: bundle.validUntil
      ? tf('handout.validUntil', { date: formatDate(new Date(String(bundle.validUntil).slice(0, 10)), lang) })
      : undefined,
  };
  let payback: HandoutView['payback'];
  const model = concept.valueModel;
  if (bundle && model) {
    const figures: NonNullable<HandoutView['payback']>['figures'] = [];
    let complete = true;
    const drivers = model.drivers.map((driver) => ({
      label: driver.label,
      inputs: driver.inputs.map((input) => {
        const yours = figure(request.inputs[input.id]);
        const value = yours ?? figure(request.typical[input.id]);
        if (value === undefined) complete = false;
        if (!figures.some((f) => f.label === input.label)) {
          figures.push({ label: input.label, value: `${formatFigure(value ?? 0, lang)} ${input.unit}`, source: yours === undefined ? 'typical' : 'yours' });
        }
        return { ...input, default: value ?? 0 };
      }),
    }));
    if (complete) {
      const valueModel = { currency: model.currency, drivers } as ValueModel;
      const offers = calculatorOffers([{ ...bundle, forOwnersOf: undefined, partial: undefined } as unknown as Bundle], valueModel);
      const calcTexts = {
        months: say('value.paybackMonths'),
        none: say('value.paybackNone'),
        basisOneOff: say('value.basisOneOff'),
        basisRecurring: say('value.basisRecurring'),
        termMore: say('value.termMore'),
      };
      const result = calculate(valueModel, offers, {}, calcTexts, lang);
      const id = offers[0]?.id;
      if (id !== undefined) {
        payback = { yearly: result.total, text: result.paybacks[id] ?? '', basis: result.explanations[id] ?? [], figures };
      }
    }
  }
  const root = base.endsWith('/') ? base.slice(0, -1) : base;
  return {
    lang,
    title: concept.title ?? '',
    tagline: concept.tagline ?? '',
    preparedFor: request.customer.trim() ? tf('handout.preparedFor', { customer: request.customer.trim() }) : undefined,
    summary: concept.summary ?? '',
    problem: concept.problem ?? '',
    outcome: concept.outcome ?? '',
    claims,
    offer,
    offerMissing: request.offer !== undefined && !bundle,
    payback,
    notes,
    documents: [
      ...(concept.assets ?? []),
      ...(bundle?.items ?? []).flatMap((item) => products[productId(item.product)]?.assets ?? []),
    ]
      .filter((asset, i, all) => all.findIndex((other) => other.href === asset.href) === i)
      .map((asset) => ({
        title: asset.title,
        href: /^[a-z]+:/i.test(asset.href) ? asset.href : `${root}${asset.href.startsWith('/') ? '' : '/'}${asset.href}`,
      })),
  };
}

/**
 * The hand-out as plain text, for the customer's e-mail. Without `links` (a private playbook,
 * whose addresses do not open for the customer) documents are named as attached.
 */
export function handoutText(view: HandoutView, texts: HandoutTexts, links = true): string {
  const say = (key: HandoutKey) => texts[key];
  const lines: string[] = [view.title, view.tagline];
  if (view.preparedFor) lines.push(view.preparedFor);
  lines.push('', view.summary, '', `${say('handout.problem')}: ${view.problem}`, `${say('handout.outcome')}: ${view.outcome}`);
  if (view.claims.length > 0) {
    lines.push('', say('handout.benefits'));
    for (const claim of view.claims) {
      lines.push(`- ${[claim.claim, claim.benefit].filter(Boolean).join(' ')} [${claim.note}]`);
      if (claim.example) lines.push(`  ${say('handout.example')}: ${claim.example}`);
    }
  }
  if (view.offer) {
    lines.push('', `${say('handout.offer')}: ${view.offer.name}`, view.offer.pitch);
    lines.push(`${say('handout.price')}: ${view.offer.priceLines.join(' + ')}${view.offer.term ? ` · ${view.offer.term}` : ''}`);
    lines.push(`${say('handout.contains')}: ${view.offer.contains.join(', ')}`);
  }
  if (view.payback) {
    lines.push('', `${say('handout.payback')}: ${view.payback.text}`, `${say('handout.yearly')}: ${view.payback.yearly}`, ...view.payback.basis);
    lines.push(`${say('handout.figures')}:`);
    for (const f of view.payback.figures) lines.push(`- ${f.label}: ${f.value} (${say(f.source === 'yours' ? 'handout.yours' : 'handout.typical')})`);
  }
  if (view.notes.length > 0) {
    lines.push('', say('handout.proof'));
    for (const note of view.notes) lines.push(`[${note.note}] ${note.customer}: ${note.result}${note.quote ? ` “${note.quote}”` : ''}`);
  }
  if (view.documents.length > 0) {
    lines.push('', say('handout.documents'));
    for (const doc of view.documents) lines.push(links ? `- ${doc.title}: ${doc.href}` : `- ${doc.title} (${say('handout.attached')})`);
  }
  lines.push('', [view.offer?.validUntil, say('handout.vat'), say('handout.notBinding')].filter(Boolean).join(' '));
  return lines.join('\n');
}
