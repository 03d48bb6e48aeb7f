import { isAbsolute, resolve } from 'node:path';
import rawConfig from '../../playbook.config.ts';
import { playbookConfigSchema, type PlaybookConfig } from '../schemas/config.ts';

export interface ResolvedPlaybookConfig extends PlaybookConfig {
  /** Absolute path of the content folder, after the PLAYBOOK_CONTENT_DIR override. */
  contentPath: string;
  /** True in preview builds (PLAYBOOK_PREVIEW=1). */
  preview: boolean;
  /** Whether drafts are published in this build: only in previews, and only when configured. */
  showDrafts: boolean;
}

type Env = Record<string, string | undefined>;

/** Reads playbook.config.ts and applies the environment overrides. */
export function resolvePlaybookConfig(
  env: Env = process.env,
  root: string = process.cwd(),
  input: unknown = rawConfig,
): ResolvedPlaybookConfig {
  const config = playbookConfigSchema.parse(input);
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
  };
}

/** The configuration of this build. */
export const playbookConfig: ResolvedPlaybookConfig = resolvePlaybookConfig();
