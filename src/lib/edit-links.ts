import { isAbsolute, relative, resolve, sep } from 'node:path';
import { collectionRegistry, type CollectionRegistry } from '../schemas/collections.ts';
import { tf } from './i18n.ts';

/** The parts of the playbook configuration edit links depend on. */
export interface EditLinkConfig {
  repositoryUrl?: string | undefined;
  editBranch: string;
  /** Content folder as configured, relative to the repository root (e.g. "content"). */
  contentDir: string;
}

/** The entry a page shows: Astro's `filePath` (relative to the project root) when known. */
export interface EditableEntry {
  collection: string;
  id: string;
  filePath?: string | undefined;
  /** Page title, used for the suggestion's issue title. */
  title: string;
}

export interface EditLinks {
  /** Path of the source file in the repository, e.g. `content/concepts/scrap-to-savings.mdx`. */
  file: string;
  /** GitHub's web editor for that file on the edit branch. */
  edit: string;
  /** A new issue, prefilled with the page title and the file. */
  suggest: string;
}

// Used when an entry carries no filePath (a custom loader): the collection's folder and its
// first extension, from the registry.
function defaultFile(config: EditLinkConfig, entry: EditableEntry, registry: CollectionRegistry = collectionRegistry): string {
  const spec = registry[entry.collection];
  return `${config.contentDir}/${spec?.folder ?? entry.collection}/${entry.id}${spec?.extensions[0] ?? '.yaml'}`;
}

/**
 * "Edit this page" and "Suggest a change" links for a content entry, or undefined when no
 * repository is configured or the file lies outside the repository (a fixture folder).
 * GitHub URL patterns: /edit/<branch>/<path> and /issues/new?title=…&body=….
 */
export function editLinks(
  config: EditLinkConfig,
  entry: EditableEntry,
  root: string = process.cwd(),
  lang: string,
): EditLinks | undefined {
  if (!config.repositoryUrl) return undefined;
  const file = repositoryPath(config, entry, root);
  if (!file) return undefined;
  const repo = config.repositoryUrl.replace(/\/+$/, '').replace(/\.git$/, '');
  const branch = config.editBranch.split('/').map(encodeURIComponent).join('/');
  const query = new URLSearchParams({
    title: tf('edit.issueTitle', { title: entry.title }, lang),
    body: tf('edit.issueBody', { file }, lang),
  });
  return {
    file,
    edit: `${repo}/edit/${branch}/${file.split('/').map(encodeURIComponent).join('/')}`,
    suggest: `${repo}/issues/new?${query.toString()}`,
  };
}

/** The entry's file relative to the repository root, with forward slashes. */
export function repositoryPath(config: EditLinkConfig, entry: EditableEntry, root: string): string | undefined {
  const absolute = resolve(root, entry.filePath ?? defaultFile(config, entry));
  const path = relative(root, absolute);
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return undefined;
  return path.split(sep).join('/');
}
