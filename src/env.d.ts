type PageTranslator = import('./lib/i18n.ts').Translator;

declare namespace App {
  /** Set by src/middleware.ts for every page: the interface language and its strings. */
  interface Locals extends PageTranslator {}
}
