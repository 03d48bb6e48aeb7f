/**
 * Benchmark (not a test): does the checker stay linear? Generates seeded playbooks of
 * 1,500 and 3,000 concepts (tests/bench/generate.ts) and times `npm run check:content` on each
 * (median of 3 runs). Linear means the 3,000 run takes at most about twice the 1,500 run.
 *
 *   node tests/bench/check-scaling.ts [--concepts 1500,3000] [--runs 3]
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generatePlaybook } from './generate.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const { values } = parseArgs({
  options: { concepts: { type: 'string', default: '1500,3000' }, runs: { type: 'string', default: '3' } },
});
const sizes = values.concepts.split(',').map(Number);
const runs = Number(values.runs);

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const results: { concepts: number; seconds: number }[] = [];
for (const concepts of sizes) {
  const dir = `/tmp/playbook-bench/generated-${concepts}`;
  generatePlaybook(dir, concepts);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    execFileSync('node', ['src/cli/check-content.ts'], { cwd: root, stdio: 'ignore', env: { ...process.env, PLAYBOOK_CONTENT_DIR: dir } });
    times.push((performance.now() - start) / 1000);
  }
  results.push({ concepts, seconds: median(times) });
  console.error(`check:content, ${concepts} concepts: ${times.map((t) => t.toFixed(2)).join(' / ')} s`);
}
console.log('| concepts | check:content (median of %d) |\n|---|---|', runs);
for (const { concepts, seconds } of results) console.log(`| ${concepts} | ${seconds.toFixed(2)} s |`);
if (results.length >= 2) {
  const [first, last] = [results[0]!, results.at(-1)!];
  console.log(`ratio ${last.concepts}/${first.concepts}: ${(last.seconds / first.seconds).toFixed(2)}× (linear: ${(last.concepts / first.concepts).toFixed(1)}×)`);
}
