import { funnelSteps } from '../lib/funnel.ts';
import type { Entry, Rule, RuleFinding } from './types.ts';

/** Column names as a marketer reads them in a message. */
const stageWords: Record<string, string> = {
  leads: 'leads',
  qualifiedLeads: 'qualifiedLeads',
  proposals: 'proposals',
  won: 'won',
};

/**
 * The metrics across files: each concept and quarter once. Shape (numbers ≥ 0, quarters as
 * 2026-Q3, known columns) is the schema's; unknown concepts are `references-exist`'s.
 */
export const metricsValid: Rule = {
  id: 'metrics-valid',
  defaultSeverity: 'error',
  fix: 'Keep one line per concept and quarter: add the figures of the duplicate line to the first, then delete it.',
  description: 'Every concept and quarter has one line in the metrics files (numbers ≥ 0, quarters like 2026-Q3 and existing concepts are checked with them).',
  translations: {
    nl: {
      description:
        'Elk concept heeft per kwartaal één regel in de metrics-bestanden (getallen ≥ 0, kwartalen als 2026-Q3 en bestaande concepten worden daarbij ook gecontroleerd).',
      fix: 'Houd één regel per concept en kwartaal aan: tel de cijfers van de dubbele regel op bij de eerste en verwijder hem daarna.',
    },
  },
  check({ content }) {
    const findings: RuleFinding[] = [];
    const first = new Map<string, { entry: Entry; index: number }>();
    for (const file of content.metrics) {
      file.data.rows.forEach((row, i) => {
        const key = `${row.concept.id} ${row.quarter}`;
        const seen = first.get(key);
        if (!seen) {
          first.set(key, { entry: file, index: i });
          return;
        }
        const where = seen.entry === file ? `line ${file.locate(['rows', seen.index]).line}` : `${seen.entry.file} line ${seen.entry.locate(['rows', seen.index]).line}`;
        findings.push({
          entry: file,
          path: ['rows', i, 'quarter'],
          message: `${row.concept.id} already has figures for ${row.quarter} (${where}), so this line would count twice. Keep one line per concept and quarter: add these figures to the other line and delete this one.`,
        });
      });
    }
    return findings;
  },
};

/** A later funnel stage larger than the one before it, in the same line. */
export const metricsFunnelOrder: Rule = {
  id: 'metrics-funnel-order',
  defaultSeverity: 'warning',
  fix: 'Check the CRM export. When deals started in an earlier quarter, the figure can be right; otherwise correct it.',
  description: 'In a metrics line, each funnel stage is at most the one before it (leads ≥ qualifiedLeads ≥ proposals ≥ won); deals cross quarters, so this only warns.',
  translations: {
    nl: {
      description:
        'In een metrics-regel is elke stap van de funnel hoogstens zo groot als de stap ervoor (leads ≥ qualifiedLeads ≥ proposals ≥ won); deals lopen over kwartalen heen, dus dit is alleen een waarschuwing.',
      fix: 'Controleer de CRM-export. Begonnen de deals in een eerder kwartaal, dan kan het cijfer kloppen; anders verbeter je het.',
    },
  },
  check({ content }) {
    const findings: RuleFinding[] = [];
    for (const file of content.metrics) {
      file.data.rows.forEach((row, i) => {
        for (const { from, to } of funnelSteps) {
          if (row[to] <= row[from]) continue;
          findings.push({
            entry: file,
            path: ['rows', i, to],
            message: `${stageWords[to]} is ${row[to]}, more than ${stageWords[from]} (${row[from]}) for ${row.concept.id} in ${row.quarter}. That happens when deals started in an earlier quarter; otherwise the export mixed up columns or filters. Check it in the CRM.`,
          });
        }
      });
    }
    return findings;
  },
};
