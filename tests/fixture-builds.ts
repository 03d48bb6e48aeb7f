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
  /** What the build must do: succeed, or fail with output matching every pattern. */
  expect: { fails: false } | { fails: true; output: RegExp[] };
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
];

/** The environment of a fixture build: its content, and output and cache folders of its own. */
export function fixtureBuildEnv(build: FixtureBuild, root: string = process.cwd()): Record<string, string> {
  const out = resolve(root, 'dist-fixtures', build.name);
  return {
    PLAYBOOK_CONTENT_DIR: build.contentDir,
    PLAYBOOK_OUT_DIR: out,
    PLAYBOOK_CACHE_DIR: join(out, '.cache'),
    ...build.env,
  };
}
