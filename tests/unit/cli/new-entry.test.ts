import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../../src/checker/check.ts';
import { formatFindingLine } from '../../../src/checker/format.ts';
import { scaffold, scaffoldKinds } from '../../../src/cli/scaffold.ts';
import { defaultOptions, today } from '../checker/check-helpers.ts';

function runNew(contentDir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['src/cli/new-entry.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, PLAYBOOK_CONTENT_DIR: contentDir },
  });
}

// The scaffold dates its entry today, so it is checked against the real day.
const check = (contentPath: string) =>
  checkPlaybook({ contentPath, rules: {}, ...defaultOptions.settings }, new Date(), contentPath);

describe('npm run new', () => {
  it('derives a clean slug for the file name', () => {
    expect(scaffold('concept', '  Scrap → Savings: the “Big” Idea! ', today).path).toBe('concepts/scrap-savings-the-big-idea.mdx');
    expect(scaffold('product', 'Überfix Ä-500', today).path).toBe('products/uberfix-a-500.yaml');
  });

  it('writes every kind once and refuses to overwrite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-new-'));
    for (const kind of scaffoldKinds) {
      const run = runNew(dir, kind, 'Line Check');
      expect(run.status, run.stderr).toBe(0);
    }
    const file = join(dir, 'concepts', 'line-check.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEdited by hand.\n`);
    const again = runNew(dir, 'concept', 'Line Check');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists; nothing written');
    expect(readFileSync(file, 'utf8')).toContain('Edited by hand.');
  });

  it('a scaffolded concept passes as a draft and fails with a clear list as a pilot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-new-'));
    expect(runNew(dir, 'concept', 'Line Check').status).toBe(0);
    const draft = check(dir);
    expect(draft.errors).toBe(0);
    expect(draft.warnings).toBeGreaterThan(0);

    const file = join(dir, 'concepts', 'line-check.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: draft', 'status: pilot'));
    const pilot = check(dir);
    expect(pilot.findings.filter((f) => f.severity === 'error').map(formatFindingLine)).toMatchInlineSnapshot(`
      [
        "concepts/line-check.mdx:10:1  error  no-placeholders  tagline  Still holds the "TODO" placeholder from the scaffold. Write the real text.",
        "concepts/line-check.mdx:11:1  error  no-placeholders  summary  Still holds the "TODO" placeholder from the scaffold. Write the real text.",
        "concepts/line-check.mdx:12:1  error  no-placeholders  problem  Still holds the "TODO" placeholder from the scaffold. Write the real text.",
        "concepts/line-check.mdx:13:1  error  no-placeholders  outcome  Still holds the "TODO" placeholder from the scaffold. Write the real text.",
        "concepts/line-check.mdx:16:1  error  status-change-logged  status  The concept is pilot, but \`changes\` has no entry of kind \`status\`. Add one at the top of \`changes\` that says when and why it became pilot (\`kind: status\`, e.g. "Draft to pilot after …").",
        "concepts/line-check.mdx:17:1  error  no-placeholders  owner  Still holds the "TODO" placeholder from the scaffold. Write the real text.",
        "concepts/line-check.mdx:18:1  error  champion-from-pilot  salesChampion  A pilot concept needs a \`salesChampion\`: the salesperson who tests it in the field and speaks for it in sales.",
        "concepts/line-check.mdx:34:1  error  concept-complete  arguments  Has 0 selling arguments; a concept needs at least 3 (claim, proof and benefit) to be published. Add them, or set \`status: draft\`.",
        "concepts/line-check.mdx:44:1  error  concept-complete  objections  Has 0 objections; a concept needs at least 3 (objection, concern, response and follow-up question) to be published. Add them, or set \`status: draft\`.",
        "concepts/line-check.mdx:90:1  error  concept-complete  discoveryQuestions  Has 0 discovery questions; a concept needs at least 3 (an open question to ask the customer) to be published. Add them, or set \`status: draft\`.",
        "concepts/line-check.mdx:125:1  error  no-placeholders  -  The text below the frontmatter still holds the "TODO" placeholder from the scaffold. Write the story and talk track.",
      ]
    `);
  });

  it('prints usage for an unknown kind', () => {
    const run = runNew(mkdtempSync(join(tmpdir(), 'playbook-new-')), 'lessons-plan', 'X');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm run new');
  });
});
