import { z } from 'astro/zod';
import { uiLanguages } from './ui-languages.ts';

export const ruleSeverities = ['off', 'warning', 'error'] as const;
export type RuleSeverity = (typeof ruleSeverities)[number];

/** Shape of `playbook.config.ts`; validated when the config is loaded. */
export const playbookConfigSchema = z
  .object({
    siteName: z.string().min(1).describe('Name shown in the header and page titles.'),
    company: z.string().min(1).describe('The company whose playbook this is.'),
    repositoryUrl: z
      .url()
      .optional()
      .describe('Repository URL for "Edit this page" links, e.g. https://github.com/acme/playbook. Leave out to hide the links.'),
    editBranch: z.string().default('main').describe('Branch the edit links point at.'),
    fieldNotesInbox: z
      .email({ error: 'must be an e-mail address like enablement@example.com' })
      .optional()
      .describe('E-mail address of the enablement team: the field-note form offers to send each note there (mailto:). Leave out to offer download and the repository only.'),
    public: z
      .boolean()
      .default(false)
      .describe('False (default) keeps the site out of search engines: noindex, robots.txt disallow, no sitemap.'),
    locales: z
      .array(z.enum(uiLanguages, { error: `each locale needs an interface dictionary; available: ${uiLanguages.join(', ')}` }))
      .min(1)
      .default(['en'])
      .refine((list) => new Set(list).size === list.length, 'a locale is listed twice')
      .describe('Languages of the content and the interface; the first is the default (at /), the others are under /<locale>/.'),
    draftsInPreview: z
      .boolean()
      .default(true)
      .describe('Show drafts in preview builds (PLAYBOOK_PREVIEW=1). Production builds never publish drafts.'),
    contentDir: z
      .string()
      .default('content')
      .describe('Folder holding the collections, relative to the repository root. PLAYBOOK_CONTENT_DIR overrides it.'),
    rules: z
      .record(z.string(), z.enum(ruleSeverities))
      .default({})
      .describe('Per-rule severity overrides, e.g. { "no-vague-claims": "error" }.'),
    vagueWords: z
      .record(z.string(), z.array(z.string()))
      .default({})
      .describe('Extra buzzwords per language for the no-vague-claims rule, e.g. { en: ["synergy"] }.'),
    staleCompetitorDays: z.number().int().positive().default(90).describe('Age in days after which a battlecard is stale.'),
    siteUrl: z
      .url({ error: 'must be the full address of the published site, like https://playbook.example.com' })
      .optional()
      .describe('Absolute address of the published site (e.g. https://playbook.example.com). The Atom feeds of "What\'s new" need it; without it no feed is built and the build warns once. PLAYBOOK_SITE_URL overrides it.'),
    trustScoreGoal: z
      .number()
      .min(0)
      .max(100)
      .default(80)
      .describe('Share of live concepts (in percent) that must pass every content-health criterion; below it, /insights/ and the checker say so.'),
  })
  .strict();

export type PlaybookConfigInput = z.input<typeof playbookConfigSchema>;
export type PlaybookConfig = z.output<typeof playbookConfigSchema>;

/** Typed helper for `playbook.config.ts`. */
export function definePlaybookConfig(config: PlaybookConfigInput): PlaybookConfigInput {
  return config;
}
