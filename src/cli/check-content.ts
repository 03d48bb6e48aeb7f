/**
 * `npm run check:content [-- --format text|github|json] [--today YYYY-MM-DD]`
 * Checks the content folder without building; exits 1 on any error.
 */
import { resolveToday } from '../lib/today.ts';
import { parseArgs } from 'node:util';
import { checkPlaybook } from '../checker/check.ts';
import { formatResult, outputFormats, type OutputFormat } from '../checker/format.ts';
import { PlaybookConfigError, resolvePlaybookConfig, type ResolvedPlaybookConfig } from '../lib/playbook-config-file.ts';

const usage = `Usage: npm run check:content -- [--format text|github|json] [--today YYYY-MM-DD]

Checks every file in the content folder (PLAYBOOK_CONTENT_DIR overrides playbook.config.ts)
against the content schemas and the playbook rules. Exits with 1 when there is any error.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

export function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'text' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const format = values.format as OutputFormat;
  if (!outputFormats.includes(format)) fail(`Unknown format "${values.format}".`);
  let today: Date;
  try {
    today = values.today ? resolveToday(values.today, new Date()) : resolveToday(process.env.PLAYBOOK_TODAY, new Date());
  } catch {
    fail(`${values.today ? '--today' : 'PLAYBOOK_TODAY'} must be a date like 2026-03-01, got "${values.today ?? process.env.PLAYBOOK_TODAY}".`);
  }
  let config: ResolvedPlaybookConfig;
  try {
    config = resolvePlaybookConfig();
  } catch (problem) {
    if (!(problem instanceof PlaybookConfigError)) throw problem;
    // Every bad setting, in the format asked for; the content is not checked with settings that are wrong.
    const result = { findings: problem.findings, errors: problem.findings.length, warnings: 0, files: 1 };
    const output = format === 'text' ? problem.message : formatResult(result, format);
    process.stdout.write(`${output}\n`);
    return 1;
  }
  const result = checkPlaybook(config, today);
  process.stdout.write(`${formatResult(result, format)}\n`);
  return result.errors > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
