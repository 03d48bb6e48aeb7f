/** What to do about a failing health check, in words: the to-do list of /insights/ and its CSV file. */
import type { HealthCheck } from './content-health.ts';
import { t, tf, type UiKey } from './i18n.ts';

export function healthFixText(check: HealthCheck, lang: string): string {
  if (check.criterion === 'objections-handled' && check.detail.heard === 0) return t('insights.fix.objections-handled.none', lang);
  const values = Object.fromEntries(Object.entries(check.detail).map(([key, value]) => [key, String(value)]));
  return tf(`insights.fix.${check.criterion}` as UiKey, values, lang);
}
