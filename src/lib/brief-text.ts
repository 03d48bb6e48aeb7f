/**
 * The visit brief as plain text for a CRM note, marked internal: the concept, what to say, the
 * objections with their answers, the offer with its guardrails and payback, the questions and
 * the landmines. Pure; the page passes the brief, the names of the ids and the live payback.
 */
import { fillTemplate } from './fill-template.ts';
import { formatPercent } from './format.ts';
import type { UiKey } from './i18n.ts';
import type { Brief, RankedConcept } from './visit-brief.ts';

export interface BriefTextContext {
  /** The page's words (the brief page's dictionary subset). */
  say: (key: UiKey) => string;
  /** The page's language, for the figures the note writes itself. */
  lang: string;
  customer: string;
  /** "Food and beverage · Plant manager, Purchasing manager · Qualis SPC Cloud" */
  selectionLabel: string;
  ranked: readonly RankedConcept[];
  /** Payback text per offer id, with the figures in the calculator now. */
  paybacks: Readonly<Record<string, string>>;
}

export function briefText(brief: Brief, context: BriefTextContext): string {
  const { say } = context;
  const tf = (key: UiKey, values: Record<string, string | number>) => fillTemplate(say(key), values);
  const concept = brief.concept;
  const lines: string[] = [
    say('prepare.textInternal'),
    context.customer.trim() ? tf('prepare.briefFor', { customer: context.customer.trim() }) : say('prepare.briefTitle'),
    context.selectionLabel,
    '',
    `${concept.candidate.title} — ${concept.tagline}`,
  ];
  if (concept.pilotScope.length > 0) lines.push(tf('prepare.pilotScope', { scope: concept.pilotScope.join('; ') }));
  if (context.ranked.length > 1) {
    lines.push(`${say('prepare.textConcepts')}: ${context.ranked.map((r) => r.candidate.title).join(', ')}`);
  }
  lines.push('', say('prepare.arguments'));
  for (const a of brief.arguments) lines.push(`- ${a.claim} (${a.proof})`);
  lines.push('', say('prepare.objections'));
  for (const o of brief.objections) {
    lines.push(`- “${o.objection}”`, `  ${say('objection.concern')}: ${o.concern}`, `  ${say('objection.opening')}: ${o.opening}`, `  ${say('objection.followUp')}: ${o.followUp}`);
  }
  const offer = brief.offers.shown[0];
  if (offer) {
    lines.push('', `${say('prepare.offers')}: ${offer.name} — ${offer.priceLines.join(' + ')} (${say('bundle.total')}: ${offer.total})`);
    const payback = context.paybacks[offer.id];
    if (payback) lines.push(`${say('bundle.payback')}: ${payback}`);
    if (offer.negotiation) {
      const n = offer.negotiation;
      lines.push(
        `${say('prepare.guardrails')} (${say('badge.internal')}): ${say('bundle.maxDiscount')} ${formatPercent(n.maxDiscountWithoutApproval, context.lang)}; ${say('bundle.approver')}: ${n.approver}${n.floorPrice ? `; ${say('bundle.floor')}: ${n.floorPrice}` : ''}`,
      );
    }
  }
  lines.push('', say('prepare.questions'));
  for (const q of brief.questions) lines.push(`- ${q.question}`);
  if (brief.competitor) {
    lines.push('', tf('prepare.competitorTitle', { name: brief.competitor.name }), say('prepare.landmines'));
    for (const landmine of brief.competitor.landmines) lines.push(`- ${landmine}`);
  }
  return lines.join('\n');
}
