/**
 * The extra fixture builds of the test suite, declared in this one place and built once each.
 * Each builds a fixture playbook with its own output and cache folder under dist-fixtures/.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface FixtureBuild {
  /** Folder name under dist-fixtures/ and the test's name. */
  name: string;
  /** The content folder (PLAYBOOK_CONTENT_DIR). */
  contentDir: string;
  /** Extra environment, e.g. PLAYBOOK_PREVIEW=1. */
  env?: Record<string, string>;
  /** Writes a generated content folder before the build (`contentDir` then points into it). */
  prepare?: () => void;
  /** The output folder, when not dist-fixtures/<name> (e.g. one outside the project). */
  outDir?: string;
  /**
   * What the build must do: succeed (and then each listed page, by its path in the output
   * folder, must match every `has` pattern and none of the `hasNot` ones), or fail with output
   * matching every pattern.
   */
  expect:
    | { fails: false; pages: Record<string, { has: RegExp[]; hasNot?: RegExp[] }> }
    | { fails: true; output: RegExp[] };
}

/** The fixture build where marketing revised the flagship's response to "The software is too expensive". */
export const priceResponseChanged = {
  name: 'sample-price-response-changed',
  contentDir: 'dist-fixtures/.generated/price-response-changed',
  card: 'scrap-to-savings/software-too-expensive',
  before: 'Agree that the licence looks large next to the gauge, then change the comparison',
  after: 'Agree that the licence looks large next to the gauge, ask what one bad batch cost them, then change the comparison',
};

export const fixtureBuilds: readonly FixtureBuild[] = [
  {
    // The original changed after its Dutch translation: the checker warns (checker fixtures
    // test) and the build publishes the Dutch page with the notice, the English one without.
    name: 'translation-stale',
    contentDir: 'tests/fixtures/translation-stale',
    expect: {
      fails: false,
      pages: {
        'nl/concepts/gauge-and-insight/index.html': {
          has: [/data-translation-notice="stale"/, /De originele versie \(Engels\) is op 14 okt 2026 gewijzigd, na deze vertaling/, /<html lang="nl"/],
        },
        'concepts/gauge-and-insight/index.html': { has: [/<html lang="en"/], hasNot: [/data-translation-notice/] },
      },
    },
  },
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
    // Bad settings in the config file (PLAYBOOK_CONFIG): every one is a finding, and the build
    // stops while astro.config.mjs loads, before anything is checked, bundled or written.
    name: 'bad-config',
    contentDir: 'tests/fixtures/good',
    env: { PLAYBOOK_CONFIG: 'tests/fixtures/configs/bad-values.config.ts' },
    expect: {
      fails: true,
      output: [
        /tests\/fixtures\/configs\/bad-values\.config\.ts:9:3 +error +config +fieldNoteInbox +There is no setting `fieldNoteInbox`, so it would do nothing\. Did you mean `fieldNotesInbox`\?/,
        /tests\/fixtures\/configs\/bad-values\.config\.ts:13:5 +error +config +vagueWords\.nl\[2\] +`vagueWords\.nl\[2\]` is 42, not text in quotes\./,
        /tests\/fixtures\/configs\/bad-values\.config\.ts:17:3 +error +config +trustScoreGoal +`trustScoreGoal` is 180, but it can be 100 at most\. Write a percentage: a number from 0 to 100 \(80 when left out\)\./,
        /tests\/fixtures\/configs\/bad-values\.config\.ts has 6 settings that are not valid: correct them as described above\. Nothing was checked or built with these settings\./,
      ],
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
          has: [/Draft — visible in previews only\. Not published\./],
          hasNot: [/data-pagefind-body/],
        },
        'concepts/index.html': {
          has: [/href="\/concepts\/first-article-at-the-line\/"/],
          // Previews are never kept offline: no service worker is registered (issue 18).
          hasNot: [/data-offline-worker/],
        },
      },
    },
  },
  {
    // Astro's loader would follow a link and publish the outside file; the checker stops the build.
    name: 'link-outside-content',
    contentDir: 'dist-fixtures/.generated/link-outside',
    prepare: () => {
      const dir = 'dist-fixtures/.generated/link-outside';
      rmSync(dir, { recursive: true, force: true });
      cpSync('tests/fixtures/good', dir, { recursive: true });
      writeFileSync('dist-fixtures/.generated/outside.yaml', 'name: Outside\nkind: device\nsku: O-1\nprices: [{ amount: 1, per: once }]\nsummary: Never published.\n');
      symlinkSync(resolve('dist-fixtures/.generated/outside.yaml'), join(dir, 'products', 'outside.yaml'));
    },
    expect: {
      fails: true,
      output: [/dist-fixtures\/\.generated\/link-outside\/products\/outside\.yaml:1:1 +error +content-files +- +This is a link to a file outside the content folder; it is never read or published\./],
    },
  },
  {
    // Files as Windows saves them (CRLF, a byte-order mark), built into a folder outside the
    // project: both used to break (concepts failing; "Cannot find package '@oslojs/encoding'").
    name: 'sample-crlf-bom-outside',
    contentDir: 'dist-fixtures/.generated/sample-crlf-bom',
    prepare: () => writeCrlfBomCopy('content', 'dist-fixtures/.generated/sample-crlf-bom'),
    outDir: join(tmpdir(), 'playbook-fixture-sample-crlf-bom'),
    expect: {
      fails: false,
      pages: {
        'concepts/scrap-to-savings/index.html': { has: [/Scrap to savings/, /data-pagefind-body/] },
        'products/lm-400/index.html': { has: [/LM-400/] },
      },
    },
  },
  {
    // The sample with the flagship's answer to the price objection revised by marketing:
    // progress exported from the sample build and imported here flags that card as changed
    // (tests/e2e/learn.spec.ts serves this build next to the sample).
    name: priceResponseChanged.name,
    contentDir: priceResponseChanged.contentDir,
    prepare: () => {
      rmSync(priceResponseChanged.contentDir, { recursive: true, force: true });
      cpSync('content', priceResponseChanged.contentDir, { recursive: true });
      const file = join(priceResponseChanged.contentDir, 'concepts', 'scrap-to-savings.mdx');
      const source = readFileSync(file, 'utf8');
      const revised = source.replace(priceResponseChanged.before, priceResponseChanged.after);
      if (revised === source) throw new Error(`${file}: the price response no longer reads "${priceResponseChanged.before}"`);
      writeFileSync(file, revised);
    },
    expect: {
      fails: false,
      pages: {
        'learn/data/scrap-to-savings.json': { has: [/ask what one bad batch cost them, then change the comparison/] },
        'learn/drill/index.html': { has: [/Objection drill/] },
      },
    },
  },
];

/** Copies a folder with every text file saved as Windows does: CRLF line endings and a BOM. */
export function writeCrlfBomCopy(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ya?ml|mdx|md)$/.test(name)) {
        writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8').replace(/\r?\n/g, '\r\n')}`);
      }
    }
  };
  walk(to);
}

/** The environment of a fixture build: its content, and output and cache folders of its own. */
export function fixtureBuildEnv(build: FixtureBuild, root: string = process.cwd()): Record<string, string> {
  const folder = resolve(root, 'dist-fixtures');
  return {
    PLAYBOOK_CONTENT_DIR: build.contentDir,
    PLAYBOOK_OUT_DIR: build.outDir ?? join(folder, build.name),
    // Not inside the output folder: Astro empties that after the content sync has written
    // its data store to the cache, and the pages would then render without content.
    PLAYBOOK_CACHE_DIR: join(folder, '.cache', build.name),
    ...build.env,
  };
}
