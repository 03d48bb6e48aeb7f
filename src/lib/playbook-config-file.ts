/**
 * Reads playbook.config.ts, checks it and applies the environment overrides. Apart from
 * ./playbook-config.ts (the build's resolved config, read when that module loads), so that a
 * command can catch a bad config (`PlaybookConfigError`) and print its findings instead of
 * failing while its imports load.
 *
 * PLAYBOOK_CONFIG names another config file (relative to the project), so that tests and
 * fixture builds can run with settings of their own; the build, its pages and the checker all
 * read that one then. It is loaded with Node's own `require` (Node strips the types), so a
 * change to it restarts nothing in `astro dev`; playbook.config.ts itself is a module as any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import defaultConfig from '../../playbook.config.ts';
import { playbookConfigSchema, type PlaybookConfig } from '../schemas/config.ts';
import { configFindings, configRuleId, PlaybookConfigError } from './config-findings.ts';

export { PlaybookConfigError } from './config-findings.ts';

export interface ResolvedPlaybookConfig extends PlaybookConfig {
  /** Absolute path of the content folder, after the PLAYBOOK_CONTENT_DIR override. */
  contentPath: string;
  /** True in preview builds (PLAYBOOK_PREVIEW=1). */
  preview: boolean;
  /** Whether drafts are published in this build: only in previews, and only when configured. */
  showDrafts: boolean;
  /** Absolute path of the config file these settings come from (PLAYBOOK_CONFIG, else playbook.config.ts). */
  configFile: string;
}

type Env = Record<string, string | undefined>;

/** The config file of this run: PLAYBOOK_CONFIG, else playbook.config.ts, under `root`. */
export function configFilePath(env: Env = process.env, root: string = process.cwd()): string {
  return resolve(root, env.PLAYBOOK_CONFIG || 'playbook.config.ts');
}

/** The config file as messages name it: relative to `root`, with `/`. */
function shownName(file: string, root: string): string {
  const name = relative(root, file);
  return name && !name.startsWith('..') && !isAbsolute(name) ? name.split(sep).join('/') : file;
}

/** The default export of the config file named by PLAYBOOK_CONFIG, or of playbook.config.ts. */
function loadInput(env: Env, file: string, shown: string): unknown {
  if (!env.PLAYBOOK_CONFIG) return defaultConfig;
  const fail = (message: string): never => {
    throw new PlaybookConfigError([{ ruleId: configRuleId, severity: 'error', file: shown, line: 1, column: 1, path: '', message }], shown, 'Nothing was checked or built.');
  };
  if (!existsSync(file)) fail(`PLAYBOOK_CONFIG names ${shown}, which does not exist. Name a config file like playbook.config.ts, or unset PLAYBOOK_CONFIG to use playbook.config.ts.`);
  try {
    return (createRequire(import.meta.url)(file) as { default?: unknown }).default;
  } catch (problem) {
    return fail(`This config file cannot be loaded: ${problem instanceof Error ? problem.message.split('\n')[0] : String(problem)}. Correct it so it reads like playbook.config.ts.`);
  }
}

/**
 * The settings of this run, checked, with the environment overrides applied. Throws a
 * `PlaybookConfigError` listing every bad setting. `input` replaces the file's settings (tests).
 */
export function resolvePlaybookConfig(env: Env = process.env, root: string = process.cwd(), input?: unknown): ResolvedPlaybookConfig {
  const configFile = configFilePath(env, root);
  const shown = shownName(configFile, root);
  const raw = input === undefined ? loadInput(env, configFile, shown) : input;
  const parsed = playbookConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const text = existsSync(configFile) ? readFileSync(configFile, 'utf8') : undefined;
    throw new PlaybookConfigError(configFindings(raw, shown, text), shown);
  }
  const config = parsed.data;
  const contentDir = env.PLAYBOOK_CONTENT_DIR || config.contentDir;
  const preview = env.PLAYBOOK_PREVIEW === '1' || env.PLAYBOOK_PREVIEW === 'true';
  const siteUrl = env.PLAYBOOK_SITE_URL || config.siteUrl;
  return {
    ...config,
    ...(siteUrl ? { siteUrl } : {}),
    contentDir,
    contentPath: isAbsolute(contentDir) ? contentDir : resolve(root, contentDir),
    preview,
    showDrafts: preview && config.draftsInPreview,
    configFile,
  };
}
