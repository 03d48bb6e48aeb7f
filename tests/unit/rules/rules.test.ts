/**
 * Each rule with good and bad input: the good fixture playbook passes every rule; one edited
 * field makes the rule speak, with the field path an author can find.
 */
import { describe, expect, it } from 'vitest';
import { argumentHasProof } from '../../../src/rules/argument-has-proof.ts';
import { bundleCoversConcept } from '../../../src/rules/bundle-covers-concept.ts';
import { bundlePriceSane } from '../../../src/rules/bundle-price-sane.ts';
import { championFromPilot } from '../../../src/rules/champion-from-pilot.ts';
import { competitorClaimsSourced } from '../../../src/rules/competitor-claims-sourced.ts';
import { competitorStale } from '../../../src/rules/competitor-stale.ts';
import { conceptComplete } from '../../../src/rules/concept-complete.ts';
import { customerSafeNames } from '../../../src/rules/customer-safe-names.ts';
import { idsUnique } from '../../../src/rules/ids-unique.ts';
import { allRules } from '../../../src/rules/index.ts';
import { liveNeedsPilotResults } from '../../../src/rules/live-needs-pilot-results.ts';
import { noPaybackPromise } from '../../../src/rules/no-payback-promise.ts';
import { noPlaceholders } from '../../../src/rules/no-placeholders.ts';
import { noVagueClaims } from '../../../src/rules/no-vague-claims.ts';
import { publishedLinksDraft } from '../../../src/rules/published-links-draft.ts';
import { referencesExist } from '../../../src/rules/references-exist.ts';
import { reviewOverdue } from '../../../src/rules/review-overdue.ts';
import { checkSources } from '../../../src/checker/check.ts';
import { concept, defaultOptions, goodPlaybookWith, replace, runRule } from '../checker/check-helpers.ts';

const good = goodPlaybookWith();
const withConcept = (from: string, to: string) => goodPlaybookWith({ [concept]: replace(from, to) });
const paths = (findings: { path: string }[]) => findings.map((f) => f.path);

describe('every rule', () => {
  it.each(allRules.map((rule) => [rule.id, rule] as const))('%s passes the good playbook', (_id, rule) => {
    expect(runRule(rule, good)).toEqual([]);
  });

  it('has a unique kebab-case id, a default severity and a description', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of allRules) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning']).toContain(rule.defaultSeverity);
      expect(rule.description.length).toBeGreaterThan(20);
    }
  });
});

describe('references-exist', () => {
  it('reports a persona that does not exist, suggesting the near miss', () => {
    const found = runRule(referencesExist, withConcept('personas: [quality-manager]', 'personas: [quality-manger]'));
    expect(found).toMatchObject([{ path: 'personas[0]', line: 12 }]);
    expect(found[0]?.message).toContain('Did you mean "quality-manager"?');
  });

  it('reports a proof point id the concept does not have', () => {
    const found = runRule(referencesExist, withConcept('proofPoint: acme-audit', 'proofPoint: acme-audits'));
    expect(paths(found)).toEqual(['arguments[1].proofPoint']);
  });

  it('does not call a file with a schema error "missing"', () => {
    const files = goodPlaybookWith({ 'industries/automotive.yaml': replace('name: Automotive suppliers\n', '') });
    expect(runRule(referencesExist, files)).toEqual([]);
  });
});

describe('ids-unique', () => {
  it('reports a proof point id used twice', () => {
    const files = withConcept('pilot:', '  - id: acme-audit\n    customer: Other\n    industry: automotive\n    result: 4 days saved\npilot:');
    expect(paths(runRule(idsUnique, files))).toEqual(['proofPoints[1].id']);
  });

  it('reports an objection with the id of an argument, which <Quote item> could not tell apart', () => {
    expect(runRule(idsUnique, withConcept('  - id: no-time', '  - id: faster-audits'))).toEqual([
      {
        ruleId: 'ids-unique',
        severity: 'error',
        line: 35,
        path: 'objections[1].id',
        message:
          'The objection id "faster-audits" is also the id of an argument (arguments[1]). `<Quote item="…">` names an argument or objection by its id alone, so it could show only one of the two. Give the objection (or the argument) its own `id`.',
      },
    ]);
  });

  it('reports ids derived from identical text', () => {
    const files = withConcept(
      '  - question: What does a scrapped batch cost you?',
      '  - question: How do you find out a batch is out of tolerance?',
    );
    expect(paths(runRule(idsUnique, files))).toEqual(['discoveryQuestions[1].id']);
  });
});

describe('concept-complete', () => {
  it('is an error for a live concept with two arguments', () => {
    const files = withConcept('  - id: one-record\n    claim: One record from machine to report\n    source: Pilot report 2026\n    benefit: No double entry\n', '');
    expect(runRule(conceptComplete, files)).toMatchObject([{ severity: 'error', path: 'arguments' }]);
  });

  it('is a warning for a draft', () => {
    const files = goodPlaybookWith({
      [concept]: (text) => replace('status: live', 'status: draft')(replace('  - question: Who reads the measurement data today?\n', '')(text)),
    });
    expect(runRule(conceptComplete, files)).toMatchObject([{ severity: 'warning', path: 'discoveryQuestions' }]);
  });
});

describe('argument-has-proof', () => {
  it('rejects a standard without a figure and unit', () => {
    expect(paths(runRule(argumentHasProof, withConcept('proof: Scrap down 38 % in 6 months', 'proof: ISO 9001')))).toEqual([
      'arguments[0].proof',
    ]);
  });

  it('rejects an argument with nothing but a claim, pointing at the claim', () => {
    expect(paths(runRule(argumentHasProof, withConcept('    source: Pilot report 2026\n', '')))).toEqual(['arguments[2].claim']);
  });

  it('rejects a proof point id that does not exist', () => {
    expect(paths(runRule(argumentHasProof, withConcept('proofPoint: acme-audit', 'proofPoint: nobody')))).toEqual([
      'arguments[1].claim',
    ]);
  });
});

describe('no-vague-claims', () => {
  it.each([
    ['Our innovative audit trail, trusted since 2019.', 'innovative'],
    ['A seamless audit trail for IATF 16949.', 'seamless'],
    ['The one innovative audit trail, version 2.', 'innovative'],
  ])('warns on %j: a year, a standard or a version is no figure', (claim, word) => {
    expect(runRule(noVagueClaims, withConcept('claim: Audits take less time', `claim: ${claim}`))).toEqual([
      {
        ruleId: 'no-vague-claims',
        severity: 'warning',
        line: 21,
        path: 'arguments[1].claim',
        message: `The claim says "${word}" without a figure. Say what the customer gets in numbers, with a unit ("scrap down 38 % in 6 months"; a year, a standard or a version number is not a figure), or drop the word.`,
      },
    ]);
  });

  it('waives the warning for a figure with a unit, as argument-has-proof counts proof', () => {
    expect(runRule(noVagueClaims, withConcept('claim: Audits take less time', 'claim: A seamless audit, 4 hours instead of 2 days'))).toEqual([]);
  });

  it('warns on configured extra words too', () => {
    const files = withConcept('claim: Audits take less time', 'claim: Audits with synergistic flow');
    const found = runRule(noVagueClaims, files);
    expect(found).toMatchObject([{ severity: 'warning', path: 'arguments[1].claim' }]);
    const custom = withConcept('claim: Audits take less time', 'claim: Audits made frictionless');
    expect(runRule(noVagueClaims, custom)).toEqual([]);
    const settings = { ...defaultOptions.settings, vagueWords: { en: ['frictionless'] } };
    expect(paths(runRule(noVagueClaims, custom, { settings }))).toEqual(['arguments[1].claim']);
  });

  it('accepts a buzzword next to a figure', () => {
    expect(runRule(noVagueClaims, withConcept('claim: Audits take less time', 'claim: Innovative audits in 2 days instead of 5'))).toEqual([]);
  });
});

describe('bundle-covers-concept', () => {
  it('reports a two-kind concept without bundles', () => {
    const files = goodPlaybookWith({
      [concept]: (text) => text.replace(/bundles:\n[\s\S]*?discoveryQuestions:/, 'discoveryQuestions:'),
    });
    expect(paths(runRule(bundleCoversConcept, files))).toEqual(['bundles']);
  });

  const secondBundle = (extra: string) =>
    goodPlaybookWith({
      [concept]: (text) =>
        text.replace(
          'discoveryQuestions:\n',
          `  - id: gauges-only\n    name: Gauges only\n${extra}    items:\n      - product: gauge\n    price:\n      - amount: 4000\n        per: once\n    pitch: Gauges for the line.\ndiscoveryQuestions:\n`,
        ),
    });

  it('warns on a second bundle that leaves out a kind, unless its customers own it or it is partial', () => {
    const warned = runRule(bundleCoversConcept, secondBundle(''));
    expect(warned).toMatchObject([{ path: 'bundles[1]', severity: 'warning' }]);
    expect(warned[0]?.message).toContain('"Gauges only" has no software product');
    expect(warned[0]?.message).toContain('`forOwnersOf`');
    expect(warned[0]?.message).toContain('`partial: refill`');
    expect(runRule(bundleCoversConcept, secondBundle('    forOwnersOf: [insight]\n'))).toEqual([]);
    expect(runRule(bundleCoversConcept, secondBundle('    partial: spare-parts\n'))).toEqual([]);
    // Owning another device does not supply the missing software.
    expect(paths(runRule(bundleCoversConcept, secondBundle('    forOwnersOf: [gauge]\n')))).toEqual(['bundles[1]']);
  });

  it('accepts a concept of one kind without bundles', () => {
    const files = goodPlaybookWith({
      [concept]: (text) =>
        text.replace('products: [gauge, insight]', 'products: [gauge]').replace(/bundles:\n[\s\S]*?discoveryQuestions:/, 'discoveryQuestions:'),
    });
    expect(runRule(bundleCoversConcept, files)).toEqual([]);
  });
});

describe('bundle-price-sane', () => {
  it('requires termMonths when a product in the bundle recurs', () => {
    const files = goodPlaybookWith({
      [concept]: (text) => text.replace('    termMonths: 36\n', '').replace('      - amount: 4000\n        per: year\n', ''),
    });
    const found = runRule(bundlePriceSane, files);
    expect(found).toMatchObject([{ path: 'bundles[0]' }]);
    expect(found[0]?.message).toContain('a product in it');
  });

  it('rejects mixed currencies', () => {
    const files = withConcept('      - amount: 4000\n', '      - amount: 4000\n        currency: USD\n');
    expect(runRule(bundlePriceSane, files)[0]?.message).toMatch(/mixes EUR and USD/);
  });
});

describe('champion-from-pilot', () => {
  it('requires a champion for a pilot, not for a draft', () => {
    const noChampion = (status: string) =>
      goodPlaybookWith({ [concept]: (t) => t.replace('salesChampion: Tom de Vries\n', 'salesChampion: ""\n').replace('status: live', `status: ${status}`) });
    expect(paths(runRule(championFromPilot, noChampion('pilot')))).toEqual(['salesChampion']);
    expect(runRule(championFromPilot, noChampion('draft'))).toEqual([]);
  });
});

describe('live-needs-pilot-results', () => {
  it('requires a pilot for a live concept, not for a pilot concept', () => {
    const noPilot = (status: string) =>
      goodPlaybookWith({ [concept]: (t) => t.replace(/pilot:\n[\s\S]*?---/, '---').replace('status: live', `status: ${status}`) });
    expect(paths(runRule(liveNeedsPilotResults, noPilot('live')))).toEqual(['status']);
    expect(runRule(liveNeedsPilotResults, noPilot('pilot'))).toEqual([]);
  });
});

describe('no-payback-promise', () => {
  const valueModel = `valueModel:
  currency: EUR
  drivers:
    - label: Less scrap
      inputs:
        - { id: scrap-parts, label: Scrapped parts per year, unit: parts, default: 5000 }
        - { id: scrap-cost, label: Cost of one scrapped part, unit: EUR, default: 10 }
pilot:
`;
  const withModel = (edit: (text: string) => string = (t) => t) => goodPlaybookWith({ [concept]: (t) => edit(t.replace('pilot:\n', valueModel)) });

  it('reports a payback time in a claim, a benefit and a bundle pitch, quoting the promise', () => {
    const found = runRule(noPaybackPromise, withModel((t) => t
      .replace('claim: Scrap falls within one quarter', 'claim: Scrap falls, and the gauge pays for itself within one quarter')
      .replace('benefit: No double entry', 'benefit: No double entry; a payback of 8 months')
      .replace('pitch: The gauge finds drift, the software shows why.', 'pitch: The gauge finds drift, the software shows why. Payback in months, not years.')));
    expect(found.map((f) => [f.path, f.severity, f.message.slice(0, f.message.indexOf('), but') + 1)])).toEqual([
      ['arguments[0].claim', 'error', 'The claim promises a payback time ("pays for itself within one quarter")'],
      ['arguments[2].benefit', 'error', 'The benefit promises a payback time ("payback of 8 months")'],
      ['bundles[0].pitch', 'error', 'The bundle\'s pitch promises a payback time ("Payback in months")'],
    ]);
  });

  it('lets a payback without a time, a time in another clause and a proof point\'s result pass', () => {
    expect(runRule(noPaybackPromise, withModel((t) => t
      .replace('benefit: No double entry', 'benefit: One offer, one payback, worked out from your own figures')
      .replace('pitch: The gauge finds drift, the software shows why.', 'pitch: One investment with one payback, for EUR 30,000 over 36 months.')
      .replace('result: Audit preparation down from 5 days to 2 days', 'result: Audit preparation down from 5 days to 2 days; payback in 9 months')))).toEqual([]);
  });

  it('says nothing about a concept without a value model: no hand-out works out its payback', () => {
    expect(runRule(noPaybackPromise, withConcept('sold as one measurable improvement.', 'sold as one improvement that pays back within a year.'))).toEqual([]);
  });

  it('only warns on a draft', () => {
    const draft = withModel((t) => t.replace('status: live', 'status: draft').replace('sold as one measurable improvement.', 'that pays back within a year.'));
    expect(runRule(noPaybackPromise, draft)).toMatchObject([{ path: 'summary', severity: 'warning' }]);
  });
});

describe('customer-safe-names', () => {
  it('catches a name without its legal form, in a bundle pitch and a product key fact', () => {
    const files = goodPlaybookWith({
      [concept]: replace('customer: Acme Stamping', 'customer: Acme Stamping GmbH'),
    });
    const named = goodPlaybookWith({
      [concept]: (t) =>
        t.replace('customer: Acme Stamping', 'customer: Acme Stamping GmbH').replace('pitch: The gauge', 'pitch: As at acme stamping, the gauge'),
      'products/gauge.yaml': (t) => `${t}keyFacts: [Used by Acme Stamping]\n`,
    });
    expect(runRule(customerSafeNames, files)).toEqual([]);
    expect(paths(runRule(customerSafeNames, named))).toEqual(['bundles[0].pitch', 'keyFacts[0]']);
  });

  it('allows the name once the proof point is public', () => {
    const files = goodPlaybookWith({
      [concept]: (t) => t.replace('outcome: Drift', 'outcome: Like Acme Stamping, drift').replace('    result: Audit', '    public: true\n    result: Audit'),
    });
    expect(runRule(customerSafeNames, files)).toEqual([]);
  });
});

describe('review-overdue', () => {
  it('takes today as input', () => {
    expect(runRule(reviewOverdue, good, { today: new Date('2027-03-30T00:00:00Z') })).toEqual([]);
    expect(paths(runRule(reviewOverdue, good, { today: new Date('2027-03-31T00:00:00Z') }))).toEqual(['lastReviewed']);
  });

  it('leaves retired concepts alone', () => {
    expect(runRule(reviewOverdue, withConcept('status: live', 'status: retired'), { today: new Date('2030-01-01') })).toEqual([]);
  });
});

describe('competitor-stale', () => {
  it('takes today and the configured age', () => {
    expect(runRule(competitorStale, good, { today: new Date('2026-12-30T00:00:00Z') })).toEqual([]);
    expect(paths(runRule(competitorStale, good, { today: new Date('2026-12-31T00:00:00Z') }))).toEqual(['asOf']);
    const settings = { ...defaultOptions.settings, staleCompetitorDays: 30 };
    expect(paths(runRule(competitorStale, good, { settings }))).toEqual(['asOf']);
  });
});

describe('competitor-claims-sourced', () => {
  it('rejects an empty source', () => {
    const files = goodPlaybookWith({ 'competitors/rival.yaml': replace('source: Rival data sheet 2026', 'source: " "') });
    expect(paths(runRule(competitorClaimsSourced, files))).toEqual(['claims[0].source']);
  });
});

describe('published-links-draft', () => {
  it('is quiet when the draft links a published concept', () => {
    const files = goodPlaybookWith({
      'concepts/gauge-next.mdx': () => '',
    }).map((f) =>
      f.relativePath === 'gauge-next.mdx'
        ? { ...f, text: good.find((g) => g.relativePath === 'gauge-and-insight.mdx')!.text.replace('status: live\n', 'status: draft\nreplacedBy: gauge-and-insight\n') }
        : f,
    );
    expect(runRule(publishedLinksDraft, files)).toEqual([]);
  });
});

describe('mdx-safe', () => {
  const body = (mdx: string) => withConcept('## The story\n', `${mdx}\n\n## The story\n`);
  const bodyFindings = (mdx: string) =>
    checkSources(body(mdx), defaultOptions).findings.filter((f) => f.ruleId === 'mdx-safe');

  it('allows the playbook components, code samples and a comment for editors', () => {
    const mdx = '<Callout kind="internal" title="Floor">Ask Mara.</Callout>\n\n{/* check the price list */}\n\n```html\n<script>fine</script>\n```';
    expect(bodyFindings(mdx)).toEqual([]);
  });

  it('checks a body even when the frontmatter fails its schema', () => {
    const files = goodPlaybookWith({ [concept]: (t) => t.replace('status: live', 'status: Live').replace('## The story\n', '{process.env.X}\n\n## The story\n') });
    const ruleIds = checkSources(files, defaultOptions).findings.map((f) => f.ruleId);
    expect(ruleIds).toEqual(['schema', 'mdx-safe']);
  });

  it('is always an error, whatever the configuration says', () => {
    const findings = checkSources(body('{process.env.X}'), { ...defaultOptions, severities: { ...defaultOptions.severities, 'mdx-safe': 'off' } }).findings;
    expect(findings).toMatchObject([{ ruleId: 'mdx-safe', severity: 'error', line: 78 }]);
  });

  it('refuses an image on another site, which the pages\' security policy would never show', () => {
    expect(bodyFindings('![img](https://example.com/a.png) and [a link](https://example.com/a.png)').map((f) => f.message)).toEqual([
      'This image address "https://example.com/a.png" is on another site, and the playbook\'s pages show only images of the site itself (their security policy blocks the others), so it would never appear. ' +
        'Use a path on the site: put the image in public/ (like public/assets/diagram.png) and write its path from there (/assets/diagram.png).',
    ]);
  });

  it('is not a configurable rule of the engine', () => {
    expect(allRules.map((rule) => rule.id)).not.toContain('mdx-safe');
  });
});

describe('no-placeholders', () => {
  it('is a warning in a draft concept and an error in a published one', () => {
    const draft = goodPlaybookWith({ [concept]: (t) => t.replace('status: live', 'status: draft').replace('owner: Mara Jansen', 'owner: "TODO: owner"') });
    expect(runRule(noPlaceholders, draft)).toMatchObject([{ severity: 'warning', path: 'owner' }]);
    const live = withConcept('owner: Mara Jansen', 'owner: "TODO: owner"');
    expect(runRule(noPlaceholders, live)).toMatchObject([{ severity: 'error', path: 'owner' }]);
  });
});
