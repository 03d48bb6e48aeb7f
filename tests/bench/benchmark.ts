/**
 * Benchmark: how fast the checker and the build are, on the sample and on a playbook scaled up
 * from it. Timings are reported, never asserted (tests stay free of wall-clock limits).
 *
 *   npm run bench                 # sample + 10× scaled playbook
 *   BENCH_SCALE=50 npm run bench  # a bigger one
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../..', import.meta.url).pathname;
const scale = Number(process.env.BENCH_SCALE ?? 10);
const work = '/tmp/playbook-bench';

function time(label: string, run: () => void): number {
  const start = performance.now();
  run();
  const ms = performance.now() - start;
  console.error(`${label}: ${(ms / 1000).toFixed(2)} s`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  execFileSync(command, args, { cwd: root, stdio: 'ignore', env: { ...process.env, ...env } });
}

/** Copies the sample and multiplies its published concepts `factor` times under new ids. */
function scaledContent(factor: number): { dir: string; concepts: number } {
  const dir = join(work, `content-x${factor}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'content'), dir, { recursive: true });
  const conceptsDir = join(dir, 'concepts');
  const originals = readdirSync(conceptsDir).filter((f) => f.endsWith('.mdx'));
  for (let copy = 2; copy <= factor; copy += 1) {
    for (const file of originals) {
      const source = readFileSync(join(conceptsDir, file), 'utf8');
      if (/^status:\s*draft/m.test(source)) continue;
      writeFileSync(join(conceptsDir, file.replace(/\.mdx$/, `-copy-${copy}.mdx`)), source);
    }
  }
  return { dir, concepts: readdirSync(conceptsDir).length };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function gzipBytes(files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
}

mkdirSync(work, { recursive: true });
const rows: [string, string][] = [];

const checks = Array.from({ length: 5 }, (_, i) =>
  time(`check:content sample #${i + 1}`, () => run('node', ['src/cli/check-content.ts'])),
);
rows.push(['check:content, sample (median of 5)', `${(median(checks) / 1000).toFixed(2)} s`]);

const sampleOut = join(work, 'dist-sample');
const sampleBuild = time('build sample', () =>
  run('npx', ['astro', 'build'], { PLAYBOOK_OUT_DIR: sampleOut, PLAYBOOK_CACHE_DIR: join(work, 'cache-sample') }),
);
const samplePages = walk(sampleOut).filter((f) => f.endsWith('.html'));
rows.push(['build, sample', `${(sampleBuild / 1000).toFixed(1)} s for ${samplePages.length} pages`]);

const files = walk(sampleOut).filter((f) => !f.includes('/pagefind/'));
rows.push(['CSS, gzip (all)', `${gzipBytes(files.filter((f) => f.endsWith('.css')))} B`]);
rows.push(['JS, gzip (all, without Pagefind)', `${gzipBytes(files.filter((f) => f.endsWith('.js')))} B`]);
const htmlSizes = samplePages.map((f) => gzipSync(readFileSync(f)).length);
rows.push(['HTML, gzip (median page / largest)', `${median(htmlSizes)} B / ${Math.max(...htmlSizes)} B`]);

const scaled = scaledContent(scale);
const scaledEnv = { PLAYBOOK_CONTENT_DIR: scaled.dir };
const scaledCheck = time(`check:content x${scale}`, () => run('node', ['src/cli/check-content.ts'], scaledEnv));
rows.push([`check:content, ${scaled.concepts} concepts`, `${(scaledCheck / 1000).toFixed(2)} s`]);
const scaledOut = join(work, `dist-x${scale}`);
const scaledBuild = time(`build x${scale}`, () =>
  run('npx', ['astro', 'build'], {
    ...scaledEnv,
    PLAYBOOK_OUT_DIR: scaledOut,
    PLAYBOOK_CACHE_DIR: join(work, `cache-x${scale}`),
  }),
);
const scaledPages = walk(scaledOut).filter((f) => f.endsWith('.html')).length;
rows.push([`build, ${scaled.concepts} concepts`, `${(scaledBuild / 1000).toFixed(1)} s for ${scaledPages} pages`]);

console.log('| measure | result |\n|---|---|');
for (const [measure, result] of rows) console.log(`| ${measure} | ${result} |`);
