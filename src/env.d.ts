type PageTranslator = import('./lib/i18n.ts').Translator;

declare namespace App {
  /** Set by src/middleware.ts for every page: the interface language and its strings. */
  interface Locals extends PageTranslator {}
}

interface ImportMetaEnv {
  /** The id of this build (src/integrations/offline.ts): names the offline caches, Pagefind's metaCacheTag. */
  readonly PLAYBOOK_BUILD_ID: string;
}
