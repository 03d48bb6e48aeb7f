/**
 * The extra fixture builds of the test suite, declared in this one place and built once each.
 * Each builds a fixture playbook with its own output and cache folder under dist-fixtures/.
 */
import { join, resolve } from 'node:path';

export interface FixtureBuild {
  /** Folder name under dist-fixtures/ and the test's name. */
  name: string;
  /** The content folder (PLAYBOOK_CONTENT_DIR). */
  contentDir: string;
  /** Extra environment, e.g. PLAYBOOK_PREVIEW=1. */
  env?: Record<string, string>;
  /**
   * What the build must do: succeed (and then each listed page, by its path in the output
   * folder, must match every `has` pattern and none of the `hasNot` ones), or fail with output
   * matching every pattern.
   */
  expect:
    | { fails: false; pages: Record<string, { has: RegExp[]; hasNot?: RegExp[] }> }
    | { fails: true; output: RegExp[] };
}

export const fixtureBuilds: readonly FixtureBuild[] = [
  {
    name: 'status-live-capitalised',
    contentDir: 'tests/fixtures/wrong-enum',
    expect: {
      fails: true,
      output: [/tests\/fixtures\/wrong-enum\/concepts\/gauge-and-insight\.mdx:7:1 +error +schema +status +`status` must be one of draft, pilot, live, retired; got "Live"/],
    },
  },
  {
    name: 'bundle-missing-product',
    contentDir: 'tests/fixtures/references-exist',
    expect: {
      fails: true,
      output: [/tests\/fixtures\/references-exist\/concepts\/gauge-and-insight\.mdx:54:9 +error +references-exist +bundles\[0\]\.items\[2\]\.product +There is no product "probe-kit"/],
    },
  },
  {
    name: 'duplicate-objection-id',
    contentDir: 'tests/fixtures/ids-unique',
    expect: {
      fails: true,
      output: [/tests\/fixtures\/ids-unique\/concepts\/gauge-and-insight\.mdx:35:5 +error +ids-unique +objections\[1\]\.id +The objection id "too-expensive" is used twice/],
    },
  },
  {
    // A body that would write a file when compiled: the checker stops the build before Astro
    // compiles anything, so no page and no canary file is written.
    name: 'hostile-mdx-body',
    contentDir: 'tests/fixtures/mdx-hostile',
    expect: {
      fails: true,
      output: [/tests\/fixtures\/mdx-hostile\/concepts\/gauge-and-insight\.mdx:82:10 +error +mdx-safe +- +Remove \{process\.getBuiltinModule\('node:fs'\)\.wri…\}: braces hold code/],
    },
  },
  {
    // Drafts are published in preview builds only, marked, and kept out of the search index.
    name: 'sample-preview-with-drafts',
    contentDir: 'content',
    env: { PLAYBOOK_PREVIEW: '1' },
    expect: {
      fails: false,
      pages: {
        'concepts/first-article-at-the-line/index.html': {
          has: [/Draft — visible in preview builds only\. Not published\./],
          hasNot: [/data-pagefind-body/],
        },
        'concepts/index.html': { has: [/href="\/concepts\/first-article-at-the-line\/"/] },
      },
    },
  },
];

/** The environment of a fixture build: its content, and output and cache folders of its own. */
export function fixtureBuildEnv(build: FixtureBuild, root: string = process.cwd()): Record<string, string> {
  const folder = resolve(root, 'dist-fixtures');
  return {
    PLAYBOOK_CONTENT_DIR: build.contentDir,
    PLAYBOOK_OUT_DIR: join(folder, build.name),
    // Not inside the output folder: Astro empties that after the content sync has written
    // its data store to the cache, and the pages would then render without content.
    PLAYBOOK_CACHE_DIR: join(folder, '.cache', build.name),
    ...build.env,
  };
}
