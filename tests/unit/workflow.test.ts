import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const workflow = parse(read('.github/workflows/playbook.yml')) as Workflow;
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
const jobs = Object.entries(workflow.jobs);
const runSteps = jobs.flatMap(([job, { steps }]) => steps.filter((s) => s.run).map((s) => ({ job, ...s })));

/** Shell commands of a `run:` block, with backslash continuations joined. */
function commands(run: string): string[] {
  return run
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** npm scripts a command line runs: `npm run x`, `npm run-script x`, and the `npm test` shorthand. */
function npmScripts(command: string): string[] {
  const named = [...command.matchAll(/\bnpm\s+(?:run|run-script)\s+([^\s;&|]+)/g)].map((m) => m[1] ?? '');
  const shorthands = [...command.matchAll(/\bnpm\s+(test|start|stop|restart)\b/g)].map((m) => m[1] ?? '');
  return [...named, ...shorthands];
}

const stepNamed = (job: string, pattern: RegExp) => {
  const step = workflow.jobs[job]?.steps.find((s) => pattern.test(s.name ?? s.uses ?? ''));
  if (!step) throw new Error(`no step ${pattern} in job ${job}`);
  return step;
};

describe('GitHub Actions workflow (.github/workflows/playbook.yml)', () => {
  it('runs only npm scripts that exist in package.json', () => {
    const calls = runSteps.flatMap((step) => commands(step.run ?? '').flatMap(npmScripts));
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((name) => !(name in scripts))).toEqual([]);
  });

  it('uses the same install and test commands as .ci/run', () => {
    const ci = read('.ci/run');
    const check = (workflow.jobs.check?.steps ?? []).flatMap((s) => commands(s.run ?? ''));
    for (const command of ['npm ci --no-audit --no-fund', 'npm test']) {
      expect(ci).toContain(command);
      expect(check).toContain(command);
    }
  });

  it('on pull requests: checks content as annotations, builds with drafts, tests, then uploads that build', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    const check = workflow.jobs.check?.steps ?? [];
    const order = ['npm ci', 'npm run check:content -- --format github', 'npm run build', 'npm test'].map((command) =>
      check.findIndex((s) => commands(s.run ?? '').includes(command) || commands(s.run ?? '').some((c) => c.startsWith(`${command} `))),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const build = stepNamed('check', /build the preview/i);
    expect(build.env?.PLAYBOOK_PREVIEW).toBe('1');
    const upload = stepNamed('check', /attach the preview/i);
    expect(upload.uses).toMatch(/^actions\/upload-artifact@/);
    expect(String(upload.with?.path).replace(/\/$/, '')).toBe(build.env?.PLAYBOOK_OUT_DIR);
  });

  it('deploys a preview only when the Netlify secret is set, and keeps the secret out of the test job', () => {
    const preview = workflow.jobs.preview;
    expect(preview?.env?.NETLIFY_AUTH_TOKEN).toBe('${{ secrets.NETLIFY_AUTH_TOKEN }}');
    const deploy = stepNamed('preview', /deploy the preview/i);
    expect(deploy.if).toBe("env.NETLIFY_AUTH_TOKEN != ''");
    expect(deploy.run).toContain('--no-build');
    expect(JSON.stringify(workflow.jobs.check)).not.toContain('secrets.');
  });

  it('publishes main only when the PLAYBOOK_DEPLOY variable switches it on', () => {
    const deployJobs = jobs.filter(([, job]) => /deploy-pages|netlify-cli.*--prod/.test(JSON.stringify(job.steps)));
    expect(deployJobs.map(([name]) => name).sort()).toEqual(['deploy-netlify', 'deploy-pages']);
    for (const [, job] of deployJobs) {
      expect(job.if).toContain("github.ref == 'refs/heads/main'");
      expect(job.if).toContain("vars.PLAYBOOK_DEPLOY == 'true'");
      expect(job.needs).toBe('check');
    }
    expect(workflow.jobs['deploy-pages']?.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
});
