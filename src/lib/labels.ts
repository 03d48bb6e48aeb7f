/**
 * Dictionary keys for the enum values of the content model, so pages show "Qualified leads"
 * and "Economic buyer", not the ids. The records are exhaustive: a new enum value fails
 * type-checking until it has a label.
 */
import type { ConceptStatus } from '../schemas/concepts.ts';
import type { kpiMetrics, kpiPeriods } from '../schemas/concepts.ts';
import type { buyingRoles, objectionCategories } from '../schemas/personas.ts';
import type { productKinds } from '../schemas/products.ts';
import { t, type UiKey } from './i18n.ts';
import type { ShownChange } from './site-index.ts';
import type { Tone } from './tones.ts';

type Of<T extends readonly string[]> = T[number];

const statusKeys: Record<ConceptStatus, UiKey> = {
  draft: 'status.draft',
  pilot: 'status.pilot',
  live: 'status.live',
  retired: 'status.retired',
};
const categoryKeys: Record<Of<typeof objectionCategories>, UiKey> = {
  price: 'objection.category.price',
  timing: 'objection.category.timing',
  need: 'objection.category.need',
  competition: 'objection.category.competition',
  trust: 'objection.category.trust',
  authority: 'objection.category.authority',
  other: 'objection.category.other',
};
const kpiKeys: Record<Of<typeof kpiMetrics>, UiKey> = {
  leads: 'kpi.leads',
  'qualified-leads': 'kpi.qualified-leads',
  'win-rate': 'kpi.win-rate',
  'ad-roi': 'kpi.ad-roi',
  'deal-size': 'kpi.deal-size',
  'cycle-days': 'kpi.cycle-days',
};
const periodKeys: Record<Of<typeof kpiPeriods>, UiKey> = { quarter: 'kpi.quarter', year: 'kpi.year' };
const kindKeys: Record<Of<typeof productKinds>, UiKey> = {
  device: 'product.kind.device',
  software: 'product.kind.software',
  service: 'product.kind.service',
  consumable: 'product.kind.consumable',
};
const roleKeys: Record<Of<typeof buyingRoles>, UiKey> = {
  'economic-buyer': 'persona.role.economic-buyer',
  evaluator: 'persona.role.evaluator',
  user: 'persona.role.user',
  procurement: 'persona.role.procurement',
  influencer: 'persona.role.influencer',
};

const changeKeys: Record<ShownChange['kind'], UiKey> = {
  added: 'change.added',
  revised: 'change.revised',
  status: 'change.status',
  translated: 'change.translated',
};
/** The colour of a change's badge, on What's new, the home page and a concept's change log. */
export const changeTone: Record<ShownChange['kind'], Tone> = { added: 'good', revised: 'accent', status: 'warn', translated: 'neutral' };

export const changeLabel = (kind: ShownChange['kind'], lang: string) => t(changeKeys[kind], lang);
export const statusLabel = (status: ConceptStatus, lang: string) => t(statusKeys[status], lang);
export const categoryLabel = (category: Of<typeof objectionCategories>, lang: string) =>
  t(categoryKeys[category], lang);
export const kpiLabel = (metric: Of<typeof kpiMetrics>, lang: string) => t(kpiKeys[metric], lang);
export const periodLabel = (period: Of<typeof kpiPeriods>, lang: string) => t(periodKeys[period], lang);
export const productKindLabel = (kind: Of<typeof productKinds>, lang: string) => t(kindKeys[kind], lang);
export const buyingRoleLabel = (role: Of<typeof buyingRoles>, lang: string) => t(roleKeys[role], lang);
