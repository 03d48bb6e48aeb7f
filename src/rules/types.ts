/**
 * The vocabulary of the rule engine: loaded content, findings and rules. Rules are pure:
 * they see the loaded content, "today" and the configuration, and never read files or the clock.
 */
import type { Entry as ContentEntry } from '../lib/entries.ts';
import type { Lang } from '../lib/i18n.ts';
import type { CollectionName } from '../schemas/common.ts';
import type { CollectionData } from '../schemas/collections.ts';

export type Severity = 'warning' | 'error';

/** A field path as a list of keys and list indexes: ['arguments', 2, 'proof']. */
export type FieldPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/** A node of the MDX body's syntax tree (mdast with MDX nodes), as far as rules need it. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number; offset?: number } };
}

/** One content file after parsing and validation: a content entry plus where it came from. */
export interface Entry<C extends CollectionName = CollectionName, D = unknown> extends ContentEntry<D> {
  collection: C;
  /** The entry id Astro gives it (the file name as a slug). */
  id: string;
  /** Path of the file relative to the working directory, as printed in findings. */
  file: string;
  data: D;
  /** The fields as written in the file, before schema defaults and derived ids. */
  raw?: unknown;
  /** Line and column of a field in the file (the nearest existing parent when missing). */
  locate: (path: FieldPath) => Position;
  /**
   * Fields left out because they failed their schema (already reported): rules run on the
   * rest, and their findings about these fields are dropped.
   */
  removed?: readonly FieldPath[];
  /** The MDX body's syntax tree (concepts only). */
  body?: MdxNode;
}

/** Everything the rules see: every entry that passed its schema, per collection of the registry. */
export type PlaybookContent = { [C in CollectionName]: Entry<C, CollectionData<C>>[] } & {
  /** Ids of every file found per collection, valid or not, so a broken file is not "missing". */
  ids: Record<CollectionName, ReadonlySet<string>>;
};

/** What the rules are configured with (from playbook.config.ts). */
export interface RuleSettings {
  /** Extra buzzwords per language for no-vague-claims. */
  vagueWords: Record<string, string[]>;
  /** Age in days after which a battlecard is stale. */
  staleCompetitorDays: number;
  /** Whether this build publishes drafts (preview builds). */
  showDrafts: boolean;
  /** Languages of the content, the default first; translations sit in folders of the others. Default ['en']. */
  locales?: readonly string[];
  /** Share of live concepts (percent) that should pass content health (`trustScoreGoal`, default 80). */
  trustScoreGoal?: number;
  /** Whether the build writes the Atom feed (/whats-new/feed.xml, when `siteUrl` is set); left out, links to it are not judged. */
  feed?: boolean;
}

export interface RuleContext {
  content: PlaybookContent;
  /** The day the check runs, passed in so rules never read the clock. */
  today: Date;
  settings: RuleSettings;
  /**
   * The files under public/ as site paths ("/assets/one-pager.pdf"), read by the checker. Left
   * out when sources are checked in memory without a public folder: links to files are then not
   * judged (links to pages still are).
   */
  publicFiles?: ReadonlySet<string>;
}

/** What a rule reports; the engine adds the rule id, severity and position. */
export interface RuleFinding {
  entry: Entry;
  path: FieldPath;
  message: string;
  /** An exact position, when the field path alone cannot give one (the MDX body). */
  position?: Position;
  /** Report an error as a warning only (draft leniency). */
  lenient?: boolean;
  /**
   * Fields of other entries the finding is drawn from (a translation's original): when one of
   * them failed its schema, that is already reported there, and this finding is dropped.
   */
  about?: readonly { entry: Entry; path: FieldPath }[];
}

/** What a rule checks and what to do about a finding, in one language, for the rules table on /authoring/. */
export interface RuleText {
  /** One line on what the rule checks. */
  description: string;
  /** One line on what to do about a finding. */
  fix: string;
}

/**
 * A row of the rules table: its English on the object itself, and the same two lines in every
 * other interface language (src/schemas/ui-languages.ts), written as a marketer there says them.
 * Field names, code and values stay in `backticks`, as in the English.
 */
export interface RuleDescription extends RuleText {
  id: string;
  translations: Record<Exclude<Lang, 'en'>, RuleText>;
}

export interface Rule extends RuleDescription {
  defaultSeverity: Severity;
  check: (context: RuleContext) => RuleFinding[];
}

/** A finding as printed: what is wrong, where, and how bad. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  /** Field path like `arguments[2].proof`; empty for the whole file. */
  path: string;
  message: string;
}
