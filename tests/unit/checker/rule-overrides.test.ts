import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import badRules from '../../fixtures/configs/bad-rules.config.ts';
import { checkPlaybook } from '../../../src/checker/check.ts';
import { formatFindingLine } from '../../../src/checker/format.ts';
import { playbookConfigSchema } from '../../../src/schemas/config.ts';
import { fixtureDir, today } from './check-helpers.ts';

const configFile = resolve('tests/fixtures/configs/bad-rules.config.ts');
const check = (rules: Record<string, 'off' | 'warning' | 'error'>) =>
  checkPlaybook(
    { contentPath: resolve(fixtureDir('good')), showDrafts: false, rules, vagueWords: {}, staleCompetitorDays: 90, locales: ['en', 'nl'], configFile },
    today,
  );
const configLines = (rules: Record<string, 'off' | 'warning' | 'error'>) =>
  check(rules).findings.filter((f) => f.ruleId === 'config').map(formatFindingLine);

describe('rules in playbook.config.ts', () => {
  it('refuses an unknown rule id with a did-you-mean and the list, and a rule that cannot be turned down with the reason', () => {
    const { rules } = playbookConfigSchema.parse(badRules);
    const ids =
      'argument-has-proof, asset-lang, bundle-covers-concept, bundle-price-sane, champion-from-pilot, competitor-claims-sourced, competitor-stale, concept-complete, content-health, customer-safe-names, dates-plausible, field-note-objections, field-note-plausible, ids-unique, lesson-concepts-published, lesson-quotes-exist, links-exist, live-needs-pilot-results, metrics-funnel-order, metrics-valid, no-payback-promise, no-placeholders, no-vague-claims, published-links-draft, quiz-valid, references-exist, replaced-by-valid, review-overdue, status-change-logged, translation-has-original, translation-ids, translation-language, translation-parity, translation-stale';
    expect(configLines(rules)).toEqual([
      `tests/fixtures/configs/bad-rules.config.ts:8:5  error  config  rules.content-helth  There is no rule "content-helth", so this setting does nothing. Did you mean "content-health"? The rules are: ${ids}.`,
      'tests/fixtures/configs/bad-rules.config.ts:10:5  error  config  rules.mdx-safe  The rule "mdx-safe" cannot be set to "off": it keeps content from running code, so it is always an error. Remove "mdx-safe" from `rules`.',
      'tests/fixtures/configs/bad-rules.config.ts:11:5  error  config  rules.public-files  The rule "public-files" cannot be set to "warning": it keeps content from running code, so it is always an error. Remove "public-files" from `rules`.',
      'tests/fixtures/configs/bad-rules.config.ts:12:5  error  config  rules.schema  "schema" cannot be set to "off": it reports a file that cannot be read as content, which is never a matter of taste. Remove "schema" from `rules`.',
      `tests/fixtures/configs/bad-rules.config.ts:14:5  error  config  rules.tone  There is no rule "tone", so this setting does nothing. The rules are: ${ids}.`,
    ]);
  });

  it('the checker fails on them', () => {
    expect(check({ 'content-helth': 'off' }).errors).toBe(1);
  });

  it('accepts real rules, and "error" for a rule that is always one', () => {
    expect(configLines({ 'content-health': 'off', 'no-vague-claims': 'error', 'mdx-safe': 'error' })).toEqual([]);
  });
});
