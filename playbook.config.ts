import { definePlaybookConfig } from './src/schemas/config.ts';

/**
 * Settings of this playbook. Every field is documented in src/schemas/config.ts.
 * Environment overrides: PLAYBOOK_CONTENT_DIR (content folder), PLAYBOOK_PREVIEW=1 (drafts shown).
 */
export default definePlaybookConfig({
  siteName: 'Meridian Playbook',
  company: 'Meridian Metrology',
  repositoryUrl: 'https://github.com/meridian-metrology/playbook',
  editBranch: 'main',
  fieldNotesInbox: 'enablement@meridian-metrology.example',
  public: false,
  locales: ['en', 'nl'],
  draftsInPreview: true,
  contentDir: 'content',
  rules: {},
  vagueWords: {},
  staleCompetitorDays: 90,
  siteUrl: 'https://playbook.meridian-metrology.example',
  trustScoreGoal: 80,
});
