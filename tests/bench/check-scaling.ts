/**
 * Benchmark (not a test): does the checker stay linear? Generates seeded playbooks of
 * 1,500 and 3,000 concepts (tests/bench/generate.ts) and times the checker on each, in a fresh
 * process per run (median of 3): the whole `check:content` command as a user waits for it, and
 * the check itself in CPU time, which stays comparable on a busy machine. Linear means the
 * 3,000 run takes at most about twice the 1,500 run.
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

const results: { concepts: number; command: number; cpu: number }[] = [];
for (const concepts of sizes) {
  const dir = `/tmp/playbook-bench/generated-${concepts}`;
  generatePlaybook(dir, concepts);
  const env = { ...process.env, PLAYBOOK_CONTENT_DIR: dir };
  const command: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    execFileSync('node', ['src/cli/check-content.ts'], { cwd: root, stdio: 'ignore', env });
    command.push((performance.now() - start) / 1000);
    const once = JSON.parse(execFileSync('node', ['tests/bench/check-once.ts'], { cwd: root, env, encoding: 'utf8' })) as { cpuMs: number; errors: number };
    if (once.errors > 0) throw new Error(`the generated playbook of ${concepts} concepts has ${once.errors} errors`);
    cpu.push(once.cpuMs / 1000);
  }
  results.push({ concepts, command: median(command), cpu: median(cpu) });
  console.error(`${concepts} concepts: check:content ${command.map((t) => t.toFixed(2)).join(' / ')} s; check CPU ${cpu.map((t) => t.toFixed(2)).join(' / ')} s`);
}
console.log(`| concepts | check:content, wall (median of ${runs}) | check, CPU time (median of ${runs}) |\n|---|---|---|`);
for (const { concepts, command, cpu } of results) console.log(`| ${concepts} | ${command.toFixed(2)} s | ${cpu.toFixed(2)} s |`);
if (results.length >= 2) {
  const [first, last] = [results[0]!, results.at(-1)!];
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log(
    `ratio ${last.concepts}/${first.concepts}: wall ${ratio(last.command, first.command)}×, CPU ${ratio(last.cpu, first.cpu)}× (linear: ${(last.concepts / first.concepts).toFixed(1)}×)`,
  );
}
