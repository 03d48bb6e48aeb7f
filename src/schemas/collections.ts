import type { CollectionName } from './common.ts';

/**
 * Where each collection's files live in the content folder and how they are written. Astro's
 * loaders (src/content.config.ts) and the checker (src/checker/) both read this, so the two
 * doors always see the same files.
 */
export interface CollectionFiles {
  /** Folder under the content folder. */
  folder: string;
  format: 'yaml' | 'mdx';
  extensions: readonly string[];
}

const yaml = { format: 'yaml', extensions: ['.yaml', '.yml'] } as const;

export const collectionFiles: Record<CollectionName, CollectionFiles> = {
  products: { folder: 'products', ...yaml },
  personas: { folder: 'personas', ...yaml },
  industries: { folder: 'industries', ...yaml },
  competitors: { folder: 'competitors', ...yaml },
  concepts: { folder: 'concepts', format: 'mdx', extensions: ['.mdx'] },
};

/** The glob pattern of a collection's files ("**\/*.{yaml,yml}"). */
export function globPattern(files: CollectionFiles): string {
  const names = files.extensions.map((ext) => ext.slice(1));
  return names.length === 1 ? `**/*.${names[0]}` : `**/*.{${names.join(',')}}`;
}
