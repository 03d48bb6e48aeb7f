/**
 * A bad playbook.config.ts: every bad setting is one finding that names the file, the line,
 * the setting and what to write, and the command stops with exit code 1 and no stack trace.
 * The bad files are real config files (tests/fixtures/configs/), chosen with PLAYBOOK_CONFIG.
 * The build's side is the fixture build "bad-config" (tests/fixture-builds.ts).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlaybookConfigError, resolvePlaybookConfig } from '../../src/lib/playbook-config-file.ts';

const badValues = 'tests/fixtures/configs/bad-values.config.ts';
const badShapes = 'tests/fixtures/configs/bad-shapes.config.ts';
const see = 'See "Configuration" in the README.';

/** An npm command as `npm run` starts it: through the launcher, with another config file. */
function run(configFile: string, command: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/run.mjs', command, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PLAYBOOK_CONFIG: configFile, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function thrown(action: () => unknown): PlaybookConfigError {
  try {
    action();
  } catch (error) {
    if (error instanceof PlaybookConfigError) return error;
    throw error;
  }
  throw new Error('no PlaybookConfigError');
}

const badValuesLines = [
  `${badValues}:9:3  error  config  fieldNoteInbox  There is no setting \`fieldNoteInbox\`, so it would do nothing. Did you mean \`fieldNotesInbox\`? The settings are: siteName, company, repositoryUrl, editBranch, fieldNotesInbox, public, locales, draftsInPreview, contentDir, rules, vagueWords, staleCompetitorDays, siteUrl, trustScoreGoal. ${see}`,
  `${badValues}:10:3  error  config  locales[1]  \`locales[1]\` is "de", not one of "en" or "nl". Write a list of languages, the default first, each one of "en" or "nl" (the languages with interface texts in src/lib/i18n), like ["en", "nl"]. ${see}`,
  `${badValues}:13:5  error  config  vagueWords.nl[2]  \`vagueWords.nl[2]\` is 42, not text in quotes. Write a list of words for each language, like { en: ["synergy"], nl: ["ontzorgen"] }. ${see}`,
  `${badValues}:15:3  error  config  staleCompetitorDays  \`staleCompetitorDays\` is -3, but it must be more than 0. Write a whole number of days, 1 or more (90 when left out). ${see}`,
  `${badValues}:16:3  error  config  siteUrl  \`siteUrl\` is "playbook", not a full address (one that starts with https://). Write the full address of the published site, like "https://playbook.example.com", or leave the setting out. ${see}`,
  `${badValues}:17:3  error  config  trustScoreGoal  \`trustScoreGoal\` is 180, but it can be 100 at most. Write a percentage: a number from 0 to 100 (80 when left out). ${see}`,
  `${badValues} has 6 settings that are not valid: correct them as described above. Nothing was checked or built with these settings.`,
];

describe('a bad playbook.config.ts', () => {
  it('npm run check:content lists every bad setting and exits 1, without a stack trace', () => {
    const result = run(badValues, 'check-content');
    expect(result.stdout).toBe(`${badValuesLines.join('\n')}\n`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
  });

  it('npm run check:content -- --format github annotates the config file', () => {
    const result = run(badValues, 'check-content', '--format', 'github');
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')[5]).toBe(
      `::error file=${badValues},line=17,col=3,title=config::trustScoreGoal: \`trustScoreGoal\` is 180, but it can be 100 at most. Write a percentage: a number from 0 to 100 (80 when left out). ${see}`,
    );
  });

  it('settings of the wrong shape, and a missing one', () => {
    const error = thrown(() => resolvePlaybookConfig({ PLAYBOOK_CONFIG: badShapes }));
    expect(error.message.split('\n')).toEqual([
      `${badShapes}:6:1  error  config  company  \`company\` is missing. Write the name of the company whose playbook this is, in quotes, like "Meridian Metrology". ${see}`,
      `${badShapes}:8:3  error  config  public  \`public\` is "yes", not true or false. Write true (search engines may list the site) or false (the default: kept out of search engines). ${see}`,
      `${badShapes}:9:3  error  config  locales  \`locales\` is an empty list. Write a list of languages, the default first, each one of "en" or "nl" (the languages with interface texts in src/lib/i18n), like ["en", "nl"]. ${see}`,
      `${badShapes}:11:5  error  config  rules.no-vague-claims  \`rules.no-vague-claims\` is "warn", not one of "off", "warning" or "error". Write rule ids, each set to "off", "warning" or "error", like { "no-vague-claims": "error" } (the rules are listed in .github/RULES.md). ${see}`,
      `${badShapes}:13:3  error  config  vagueWords  \`vagueWords\` is a list, not a group in { }. Write a list of words for each language, like { en: ["synergy"], nl: ["ontzorgen"] }. ${see}`,
      `${badShapes}:14:3  error  config  staleCompetitorDays  \`staleCompetitorDays\` is "90", not a number. Write a whole number of days, 1 or more (90 when left out). ${see}`,
      `${badShapes} has 6 settings that are not valid: correct them as described above. Nothing was checked or built with these settings.`,
    ]);
    expect(error.stack).toBe('');
  });

  it('a config file that exports no settings, or does not exist', () => {
    expect(thrown(() => resolvePlaybookConfig({}, process.cwd(), 'Meridian')).message.split('\n')[0]).toBe(
      `playbook.config.ts:7:1  error  config  -  playbook.config.ts must export its settings as \`export default definePlaybookConfig({ siteName: "…", company: "…" })\`; it exports "Meridian". ${see}`,
    );
    expect(thrown(() => resolvePlaybookConfig({ PLAYBOOK_CONFIG: 'tests/fixtures/configs/missing.config.ts' })).message).toBe(
      'tests/fixtures/configs/missing.config.ts:1:1  error  config  -  PLAYBOOK_CONFIG names tests/fixtures/configs/missing.config.ts, which does not exist. Name a config file like playbook.config.ts, or unset PLAYBOOK_CONFIG to use playbook.config.ts.\nNothing was checked or built.',
    );
  });

  it('the other commands stop with the same findings on stderr', () => {
    const result = run(badValues, 'new-entry', 'concept', 'x');
    expect(result.stderr).toBe(`${badValuesLines.join('\n')}\n`);
    expect(result.status).toBe(1);
  });
});

describe('PLAYBOOK_CONFIG', () => {
  it('reads the settings of another config file, and the rule checks name that file', () => {
    const config = resolvePlaybookConfig({ PLAYBOOK_CONFIG: 'tests/fixtures/configs/bad-rules.config.ts' });
    expect(config).toMatchObject({ siteName: 'Meridian Playbook', locales: ['en'], configFile: resolve('tests/fixtures/configs/bad-rules.config.ts') });
    expect(resolvePlaybookConfig({}).configFile).toBe(resolve('playbook.config.ts'));
  });
});
