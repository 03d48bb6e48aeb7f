import { resolvePlaybookConfig, type ResolvedPlaybookConfig } from './playbook-config-file.ts';

export { resolvePlaybookConfig, type ResolvedPlaybookConfig } from './playbook-config-file.ts';

/**
 * The configuration of this build, read when this module loads: a bad setting throws a
 * `PlaybookConfigError` here (in `astro build` and `astro dev` while astro.config.mjs loads,
 * before anything is checked or built). Commands that report it themselves import
 * ./playbook-config-file.ts instead.
 */
export const playbookConfig: ResolvedPlaybookConfig = resolvePlaybookConfig();
