/**
 * A seeded generator of large playbooks for benchmarks: the sample's products, personas,
 * industries and competitors plus N generated concepts with distinct titles, customers and ids,
 * each valid under every rule (the checker passes them with no errors).
 *
 *   node tests/bench/generate.ts --concepts 1500 --out /tmp/playbook-1500 [--seed 7]
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** A small deterministic PRNG (mulberry32): the same seed gives the same playbook. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const places = ['Aalen', 'Breda', 'Celle', 'Delft', 'Essen', 'Falun', 'Gouda', 'Hamar', 'Ieper', 'Jena', 'Kiel', 'Lund', 'Mainz', 'Narvik', 'Oulu', 'Pula'];
const trades = ['Stamping', 'Castings', 'Plastics', 'Springs', 'Fasteners', 'Gears', 'Valves', 'Bearings', 'Seals', 'Forgings'];
const subjects = ['scrap', 'rework', 'downtime', 'audit findings', 'returns', 'give-away', 'first-article delays', 'gauge drift'];
const lines = ['press line', 'weld cell', 'moulding hall', 'assembly line', 'paint shop', 'filling line', 'machining centre', 'test bench'];
const personas = ['plant-manager', 'quality-manager', 'process-engineer', 'purchasing-manager', 'finance-controller', 'metrology-technician'];
const industries = ['automotive-suppliers', 'medical-devices', 'food-and-beverage'];
const categories = ['price', 'timing', 'need', 'competition', 'trust', 'authority', 'other'];

/** Letters for a number, so generated names hold no digits ("Aalen Stamping BCD"). */
function letters(n: number): string {
  let text = '';
  let rest = n;
  do {
    text = String.fromCharCode(65 + (rest % 26)) + text;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return text;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function generatedConcept(n: number, rand: () => number, today: Date): { id: string; text: string } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const subject = pick(subjects);
  const line = pick(lines);
  const tag = letters(n);
  const title = `Less ${subject} on the ${line} ${tag}`;
  const id = `concept-${n}`;
  const customer = `${pick(places)} ${pick(trades)} ${tag} GmbH`;
  const reviewed = new Date(today.getTime() - Math.floor(rand() * 60) * 86_400_000);
  const percent = 10 + Math.floor(rand() * 40);
  const data = {
    title,
    tagline: `Cut ${subject} on the ${line} by ${percent} % within two quarters.`,
    summary: `Gauges at the ${line} with ProcessLens behind them show where ${subject} starts, so the team fixes the cause instead of sorting parts.`,
    problem: `We only find out about ${subject} at the end of the shift, when the parts are already made.`,
    outcome: `The ${line} team sees ${subject} within minutes and acts before the next batch.`,
    status: 'live',
    owner: 'Lukas Brenner (Product marketing)',
    salesChampion: 'Eva Lindqvist (Account manager)',
    lastReviewed: day(reviewed),
    reviewEveryDays: 180,
    changes: [
      { date: day(reviewed), kind: 'revised', summary: `Figures for the ${line} brought up to date.` },
      { date: '2026-05-04', kind: 'status', summary: 'Pilot to live after the pilot review.' },
    ],
    industries: [pick(industries)],
    personas: [pick(personas)],
    products: ['lm-400', 'processlens', 'installation-training'],
    arguments: [0, 1, 2].map((i) => ({
      id: `argument-${i + 1}`,
      claim: `Argument ${i + 1}: ${subject} on the ${line} drops by ${percent + i} %.`,
      proof: `${percent + i} % less ${subject} over 12 weeks in the pilot.`,
      benefit: `Fewer parts thrown away, about ${(i + 2) * 1000} EUR a month.`,
    })),
    objections: [0, 1, 2].map((i) => ({
      id: `objection-${i + 1}`,
      objection: `Objection ${i + 1} about the ${line}: we tried this before.`,
      category: categories[(n + i) % categories.length],
      concern: 'They fear another project that ties up the team without a result.',
      response: `The pilot on a comparable ${line} showed the first result in two weeks.`,
      followUp: `What would the ${line} team need to see in the first two weeks?`,
    })),
    bundles: [
      {
        id: 'complete',
        name: `Measure and improve, ${line}`,
        items: [{ product: 'lm-400', quantity: 2 }, { product: 'processlens' }, { product: 'installation-training', quantity: 2 }],
        price: [
          { amount: 30000, currency: 'EUR', per: 'once', label: 'Gauges, licence and two days at the line' },
          { amount: 5000, currency: 'EUR', per: 'year', label: 'Maintenance' },
        ],
        termMonths: 36,
        pitch: `Gauges, software and two days at the ${line} as one offer with one payback.`,
        negotiation: { maxDiscountWithoutApproval: 5, approver: 'Head of Sales', floorPrice: 40000 },
      },
    ],
    discoveryQuestions: [0, 1, 2].map((i) => ({
      id: `question-${i + 1}`,
      question: `Question ${i + 1}: how much ${subject} does the ${line} see in a week?`,
    })),
    proofPoints: [
      { id: 'pilot-customer', customer, industry: pick(industries), result: `${percent} % less ${subject} in 12 weeks.`, public: false },
    ],
    pilot: {
      scope: ['Field sales Germany South'],
      start: '2026-01-05',
      end: '2026-04-30',
      results: `${percent} % less ${subject} at three pilot customers.`,
      decision: 'Go live in all regions.',
    },
    kpis: [{ metric: 'win-rate', target: 30, period: 'quarter' }],
  };
  const text = `---\n${stringify(data)}---\n\nThe story of the ${line}: where ${subject} starts and how the team stops it.\n`;
  return { id, text };
}

/** Writes a playbook with `concepts` generated concepts into `out` (emptied first). */
export function generatePlaybook(out: string, concepts: number, seed = 7, today = new Date()): void {
  rmSync(out, { recursive: true, force: true });
  for (const folder of ['products', 'personas', 'industries', 'competitors']) {
    cpSync(join(root, 'content', folder), join(out, folder), { recursive: true });
  }
  mkdirSync(join(out, 'concepts'), { recursive: true });
  const rand = random(seed);
  for (let n = 1; n <= concepts; n += 1) {
    const { id, text } = generatedConcept(n, rand, today);
    writeFileSync(join(out, 'concepts', `${id}.mdx`), text);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { concepts: { type: 'string', default: '1500' }, out: { type: 'string' }, seed: { type: 'string', default: '7' } },
  });
  const count = Number(values.concepts);
  const out = values.out ?? `/tmp/playbook-bench/generated-${count}`;
  generatePlaybook(out, count, Number(values.seed));
  console.log(`wrote ${count} concepts to ${out}`);
}
