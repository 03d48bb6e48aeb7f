import { fileURLToPath } from 'node:url';
import { resolveToday } from '../lib/today.ts';
import { feedWarning } from '../lib/whats-new.ts';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkPlaybook, type CheckResult } from '../checker/check.ts';
import { formatFindingLine, formatSummary } from '../checker/format.ts';
import { resolvePlaybookConfig } from '../lib/playbook-config.ts';
import { bodyGuard } from './body-guard.ts';
import { markPhase } from './build-timings.ts';

/**
 * Runs the content checker in `astro:config:done`, before Astro's content sync, so an author
 * reads the checker's plain messages (file, line, field, what to do) instead of Astro's terse
 * ones. Errors stop `astro build` (and `astro sync`/`astro check`); in `astro dev` they are
 * printed and the server keeps running, so the author can fix and reload.
 *
 * It also installs the body guard (./body-guard.ts), which refuses to compile a Markdown or
 * MDX body outside the safe subset, in the build and in dev. Listed before mdx() in
 * astro.config.mjs, so the guard runs before the MDX compiler.
 */
export default function contentCheck(options: { today?: Date } = {}): AstroIntegration {
  let command = 'build';
  let reported = false;
  return {
    name: 'playbook:content-check',
    hooks: {
      'astro:config:setup': (params) => {
        command = params.command;
        const scope = { contentPath: resolvePlaybookConfig().contentPath, srcPath: fileURLToPath(params.config.srcDir) };
        params.updateConfig({ vite: { plugins: [bodyGuard(scope)] } });
      },
      'astro:config:done': ({ config, logger }) => {
        if (command === 'preview' || reported) return;
        reported = true; // warnings print once, even when Astro calls the hook again
        const checked = { ...resolvePlaybookConfig(), publicPath: fileURLToPath(config.publicDir) };
        const result = checkPlaybook(checked, options.today ?? resolveToday(process.env.PLAYBOOK_TODAY, new Date()));
        markPhase('check:done');
        report(result, logger);
        const noFeed = feedWarning(checked.siteUrl);
        if (noFeed && command === 'build') logger.warn(noFeed);
        if (result.errors > 0 && command !== 'dev') {
          throw new ContentCheckError(result);
        }
      },
    },
  };
}

function report(result: CheckResult, logger: AstroIntegrationLogger): void {
  for (const finding of result.findings) {
    if (finding.severity === 'error') logger.error(formatFindingLine(finding));
    else logger.warn(formatFindingLine(finding));
  }
  if (result.findings.length > 0) logger.info(formatSummary(result));
}

/**
 * Thrown to stop the build. Its message is the summary and its stack is left out: the
 * findings above already say where and what, and a trace into our code helps no author.
 */
export class ContentCheckError extends Error {
  constructor(result: CheckResult) {
    super(`${formatSummary(result)} Fix the errors listed above (run \`npm run check:content\` to list them again).`);
    this.name = 'ContentCheckError';
    this.stack = `${this.name}: ${this.message}`;
  }
}
