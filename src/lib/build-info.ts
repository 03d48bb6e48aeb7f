/**
 * "Today" for this build. Pages compare review dates and battlecard ages with it; it is read
 * once here, at the edge, so the logic in review.ts stays a pure function of its inputs.
 * `PLAYBOOK_TODAY` (YYYY-MM-DD) fixes it (src/lib/today.ts).
 */
import { resolveToday } from './today.ts';

export const buildDate: Date = resolveToday(process.env.PLAYBOOK_TODAY, new Date());
