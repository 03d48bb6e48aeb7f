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

const subjectsNl: Record<string, string> = {
  scrap: 'uitval', rework: 'herbewerking', downtime: 'stilstand', 'audit findings': 'auditbevindingen', returns: 'retouren',
  'give-away': 'weggeefgewicht', 'first-article delays': 'vertraging bij de eerste-artikelkeuring', 'gauge drift': 'meetmiddelafwijking',
};
const linesNl: Record<string, string> = {
  'press line': 'perslijn', 'weld cell': 'lascel', 'moulding hall': 'spuitgiethal', 'assembly line': 'assemblagelijn',
  'paint shop': 'lakstraat', 'filling line': 'vullijn', 'machining centre': 'bewerkingscentrum', 'test bench': 'testbank',
};
/** Objections as customers say them: varied, so the search index holds realistic text. */
const objectionTexts = [
  { category: 'price', en: (line: string) => `The software costs more than the gauges for the ${line}.`, nl: (line: string) => `De software kost meer dan de meters voor de ${line}.` },
  { category: 'timing', en: (line: string) => `We are in the middle of a product launch on the ${line}; come back next year.`, nl: (line: string) => `We zitten midden in een productintroductie op de ${line}; kom volgend jaar terug.` },
  { category: 'need', en: (line: string) => `Our operators on the ${line} already check every tenth part by hand.`, nl: (line: string) => `Onze operators op de ${line} controleren nu al elk tiende onderdeel met de hand.` },
  { category: 'competition', en: (line: string) => `Our current supplier offers a cheaper system for the ${line}.`, nl: (line: string) => `Onze huidige leverancier biedt een goedkoper systeem voor de ${line}.` },
  { category: 'trust', en: (line: string) => `We tried a data project on the ${line} before and nobody looked at the charts.`, nl: (line: string) => `We hebben al eens een dataproject op de ${line} gedaan en niemand keek naar de grafieken.` },
  { category: 'authority', en: (line: string) => `Anything above the signing limit for the ${line} goes to group purchasing.`, nl: (line: string) => `Alles boven de tekenbevoegdheid voor de ${line} gaat naar de centrale inkoop.` },
  { category: 'other', en: (line: string) => `IT will not allow another system on the network of the ${line}.`, nl: (line: string) => `IT staat geen extra systeem toe op het netwerk van de ${line}.` },
] as const;
const concerns = [
  { en: 'They fear another project that ties up the team without a result.', nl: 'Ze zijn bang voor weer een project dat het team bezighoudt zonder resultaat.' },
  { en: 'The budget holder has to defend the spend to the plant manager.', nl: 'De budgethouder moet de uitgave verdedigen tegenover de fabrieksdirecteur.' },
  { en: 'Nobody wants to be the one who stopped the line for an installation.', nl: 'Niemand wil degene zijn die de lijn stillegt voor een installatie.' },
  { en: 'They doubt the figures from another plant apply to theirs.', nl: 'Ze betwijfelen of cijfers van een andere fabriek voor die van hen gelden.' },
];
const claims = [
  { en: (s: string, l: string, p: number) => `${cap(s)} on the ${l} drops by ${p} % once the gauges report to ProcessLens.`, nl: (s: string, l: string, p: number) => `${cap(s)} op de ${l} daalt met ${p} % zodra de meters aan ProcessLens rapporteren.` },
  { en: (s: string, l: string, p: number) => `The ${l} team sees ${s} within ${p} minutes instead of at the end of the shift.`, nl: (s: string, l: string, p: number) => `Het team van de ${l} ziet ${s} binnen ${p} minuten in plaats van aan het eind van de dienst.` },
  { en: (s: string, l: string, p: number) => `One dashboard shows which machine on the ${l} causes ${p} % of the ${s}.`, nl: (s: string, l: string, p: number) => `Eén dashboard laat zien welke machine op de ${l} ${p} % van de ${s} veroorzaakt.` },
  { en: (_s: string, l: string, p: number) => `Auditors get the measurement record of the ${l} in ${p} minutes, not days.`, nl: (_s: string, l: string, p: number) => `Auditors krijgen de meetregistratie van de ${l} in ${p} minuten, niet in dagen.` },
];
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface GeneratedConcept {
  id: string;
  text: string;
  /** Its industry, persona and line, for the field notes of its visits. */
  industry: string;
  persona: string;
  line: string;
  /** The Dutch translation, for a share of the concepts. */
  nl?: string;
  /** Ids of the concept's objections (lessons quote them). */
  objections: string[];
}

export function generatedConcept(n: number, rand: () => number, today: Date, translate = false): GeneratedConcept {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const count = () => 3 + Math.floor(rand() * 4);
  const subject = pick(subjects);
  const line = pick(lines);
  const tag = letters(n);
  const id = `concept-${n}`;
  const customer = `${pick(places)} ${pick(trades)} ${tag} GmbH`;
  const reviewed = new Date(today.getTime() - Math.floor(rand() * 60) * 86_400_000);
  const percent = 10 + Math.floor(rand() * 40);
  const industry = pick(industries);
  const persona = pick(personas);
  const argumentCount = count();
  const objectionCount = count();
  const argumentClaims = Array.from({ length: argumentCount }, (_, i) => ({ template: claims[(n + i) % claims.length]!, figure: percent + i }));
  const objectionItems = Array.from({ length: objectionCount }, (_, i) => ({
    text: objectionTexts[(n + i) % objectionTexts.length]!,
    concern: pick(concerns),
    weeks: 2 + ((n + i) % 5),
  }));
  const en = {
    title: `Less ${subject} on the ${line} ${tag}`,
    tagline: `Cut ${subject} on the ${line} by ${percent} % within two quarters.`,
    summary: `Gauges at the ${line} with ProcessLens behind them show where ${subject} starts, so the team fixes the cause instead of sorting parts.`,
    problem: `We only find out about ${subject} at the end of the shift, when the parts are already made.`,
    outcome: `The ${line} team sees ${subject} within minutes and acts before the next batch.`,
  };
  const data = {
    ...en,
    status: 'live',
    owner: 'Lukas Brenner (Product marketing)',
    salesChampion: 'Eva Lindqvist (Account manager)',
    lastReviewed: day(reviewed),
    reviewEveryDays: 180,
    changes: [
      { date: day(reviewed), kind: 'revised', summary: `Figures for the ${line} brought up to date.` },
      { date: '2026-05-04', kind: 'status', summary: 'Pilot to live after the pilot review.' },
    ],
    industries: [industry],
    personas: [persona],
    products: ['lm-400', 'processlens', 'installation-training'],
    arguments: argumentClaims.map(({ template, figure }, i) => ({
      id: `argument-${i + 1}`,
      claim: template.en(subject, line, figure),
      proof: `${figure} % less ${subject} over 12 weeks in the pilot.`,
      benefit: `Fewer parts thrown away, about ${(i + 2) * 1000} EUR a month.`,
    })),
    objections: objectionItems.map(({ text, concern, weeks }, i) => ({
      id: `objection-${i + 1}`,
      objection: text.en(line),
      category: text.category,
      concern: concern.en,
      response: `The pilot on a comparable ${line} showed the first result in ${weeks} weeks, with the team's own parts.`,
      followUp: `What would the ${line} team need to see in the first ${weeks} weeks?`,
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
      { id: 'pilot-customer', customer, industry, result: `${percent} % less ${subject} in 12 weeks.`, public: false },
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
  const text = `---\n${stringify(data)}---\n\nThe story of the ${line}: where ${subject} starts and how the team stops it.\n\n## On the ${line}\n\nWalk the ${line} with the shift lead and ask where ${subject} is found today. Most teams find it at the end of the shift, after the parts are made. Show how the gauges report within minutes, then put the customer's own figures into the calculator.\n`;
  const objections = objectionItems.map((_, i) => `objection-${i + 1}`);
  const base = { id, text, industry, persona, line, objections };
  if (!translate) return base;
  const s = subjectsNl[subject] ?? subject;
  const l = linesNl[line] ?? line;
  const nlData = {
    ...data,
    title: `Minder ${s} op de ${l} ${tag}`,
    tagline: `Verminder ${s} op de ${l} met ${percent} % binnen twee kwartalen.`,
    summary: `Meters aan de ${l} met ProcessLens erachter laten zien waar ${s} begint, zodat het team de oorzaak aanpakt in plaats van onderdelen te sorteren.`,
    problem: `We horen pas aan het eind van de dienst over ${s}, als de onderdelen al gemaakt zijn.`,
    outcome: `Het team van de ${l} ziet ${s} binnen enkele minuten en grijpt in voor de volgende batch.`,
    changes: [
      { date: day(reviewed), kind: 'added', summary: 'Nederlandse versie voor de buitendienst.' },
      { date: '2026-05-04', kind: 'status', summary: 'Van pilot naar live na de pilotevaluatie.' },
    ],
    arguments: argumentClaims.map(({ template, figure }, i) => ({
      id: `argument-${i + 1}`,
      claim: template.nl(s, l, figure),
      proof: `${figure} % minder ${s} in 12 weken tijdens de pilot.`,
      benefit: `Minder afgekeurde onderdelen, ongeveer ${(i + 2) * 1000} EUR per maand.`,
    })),
    objections: objectionItems.map(({ text, concern, weeks }, i) => ({
      id: `objection-${i + 1}`,
      objection: text.nl(l),
      category: text.category,
      concern: concern.nl,
      response: `De pilot op een vergelijkbare ${l} liet het eerste resultaat zien in ${weeks} weken, met de eigen onderdelen van het team.`,
      followUp: `Wat zou het team van de ${l} in de eerste ${weeks} weken moeten zien?`,
    })),
    bundles: data.bundles.map((bundle) => ({
      ...bundle,
      name: `Meten en verbeteren, ${l}`,
      price: [
        { amount: 30000, currency: 'EUR', per: 'once', label: 'Meters, licentie en twee dagen aan de lijn' },
        { amount: 5000, currency: 'EUR', per: 'year', label: 'Onderhoud' },
      ],
      pitch: `Meters, software en twee dagen aan de ${l} als één aanbod met één terugverdientijd.`,
      negotiation: { ...bundle.negotiation, approver: 'Hoofd verkoop' },
    })),
    discoveryQuestions: data.discoveryQuestions.map((question, i) => ({ ...question, question: `Vraag ${i + 1}: hoeveel ${s} ziet de ${l} per week?` })),
    proofPoints: [{ ...data.proofPoints[0]!, result: `${percent} % minder ${s} in 12 weken.` }],
    pilot: { ...data.pilot, scope: ['Buitendienst Zuid-Duitsland'], results: `${percent} % minder ${s} bij drie pilotklanten.`, decision: 'Live in alle regio’s.' },
  };
  const nl = `---\n${stringify(nlData)}---\n\nHet verhaal van de ${l}: waar ${s} begint en hoe het team het stopt.\n`;
  return { ...base, nl };
}

/** What went well or not on a visit, as salespeople write it. */
const notesWorked = [
  { en: (l: string) => `Asking how many hours a week the ${l} team spends on sorting parts. They said six.`, nl: (l: string) => `De vraag hoeveel uur per week het team van de ${l} onderdelen sorteert. Ze zeiden zes.` },
  { en: (l: string) => `The payback in the calculator with their own scrap figures for the ${l}.`, nl: (l: string) => `De terugverdientijd in de calculator met hun eigen uitvalcijfers voor de ${l}.` },
  { en: (l: string) => `Showing the pilot result of a plant with a similar ${l}.`, nl: (l: string) => `Het pilotresultaat laten zien van een fabriek met een vergelijkbare ${l}.` },
];
const notesDidNotWork = [
  { en: (l: string) => `The bundle price: purchasing wanted the gauges for the ${l} quoted on their own.`, nl: (l: string) => `De bundelprijs: inkoop wilde de meters voor de ${l} apart geoffreerd zien.` },
  { en: (l: string) => `The demo on the laptop; the shift lead of the ${l} wanted to see it at the machine.`, nl: (l: string) => `De demo op de laptop; de ploegleider van de ${l} wilde het aan de machine zien.` },
  { en: () => 'The plant manager left after ten minutes, before the figures.', nl: () => 'De fabrieksdirecteur vertrok na tien minuten, voor de cijfers.' },
];
const notesNew = [
  { en: (l: string) => `Our works council has to agree before any measurement on the ${l} is stored.`, nl: (l: string) => `Onze ondernemingsraad moet akkoord geven voordat er metingen van de ${l} worden opgeslagen.` },
  { en: (l: string) => `Group IT only allows software that runs in our own data centre, also for the ${l}.`, nl: (l: string) => `De centrale IT staat alleen software toe die in ons eigen datacenter draait, ook voor de ${l}.` },
];
const outcomes = ['won', 'open', 'open', 'lost'] as const;

export interface GeneratedNote {
  /** The file inside `field-notes/` (a Dutch note inside `nl/`). */
  file: string;
  text: string;
}

/**
 * The field notes of a concept's visits in the last hundred days: none for about one concept in
 * seven, otherwise one to three, each with one or two of its objections heard (most of them
 * handled) and what worked, did not work or was new. A translated concept's notes are in Dutch
 * every other time.
 */
export function generatedFieldNotes(concept: GeneratedConcept, rand: () => number, today: Date): GeneratedNote[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  if (rand() < 0.15) return [];
  const count = 1 + Math.floor(rand() * 3);
  return Array.from({ length: count }, (_, k) => {
    const date = day(new Date(today.getTime() - Math.floor(rand() * 100) * 86_400_000));
    const dutch = concept.nl !== undefined && k % 2 === 1;
    const lang = dutch ? 'nl' : 'en';
    const line = dutch ? (linesNl[concept.line] ?? concept.line) : concept.line;
    const first = Math.floor(rand() * concept.objections.length);
    const heard = [...new Set([first, (first + 1 + Math.floor(rand() * 2)) % concept.objections.length])].slice(0, 1 + Math.floor(rand() * 2));
    const data = {
      date,
      concept: concept.id,
      industry: concept.industry,
      persona: rand() < 0.6 ? concept.persona : pick(personas),
      outcome: pick(outcomes),
      objectionsHeard: heard.map((i) => ({ objection: concept.objections[i]!, handled: rand() < 0.85 })),
      newObjections: rand() < 0.3 ? [pick(notesNew)[lang](line)] : [],
      worked: rand() < 0.8 ? pick(notesWorked)[lang](line) : '',
      didNotWork: rand() < 0.6 ? pick(notesDidNotWork)[lang](line) : '',
    };
    return { file: `${dutch ? 'nl/' : ''}${date}-${concept.id}-${k + 1}.md`, text: `---\n${stringify(data)}---\n` };
  });
}

/** The quarters before the one `today` is in, oldest first: `["2026-Q1", "2026-Q2", "2026-Q3"]`. */
export function quartersBefore(today: Date, count: number): string[] {
  const current = today.getUTCFullYear() * 4 + Math.floor(today.getUTCMonth() / 3);
  return Array.from({ length: count }, (_, i) => {
    const q = current - count + i;
    return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
  });
}

/**
 * The metrics files of the last three quarters, one per year, as a CRM export writes them: a
 * line per quarter for three concepts in four, with a funnel that narrows from leads to won
 * deals, revenue only where deals were won and the cycle length left empty where none was.
 */
export function generatedMetrics(concepts: readonly GeneratedConcept[], rand: () => number, today: Date): Map<string, string> {
  const quarters = quartersBefore(today, 3);
  const rows = new Map<string, string[]>();
  for (const concept of concepts) {
    if (rand() < 0.25) continue;
    for (const quarter of quarters) {
      const leads = 10 + Math.floor(rand() * 50);
      const qualified = Math.round(leads * (0.3 + rand() * 0.3));
      const proposals = Math.round(qualified * (0.3 + rand() * 0.4));
      const won = Math.round(proposals * (0.2 + rand() * 0.5));
      const adSpend = 100 * (10 + Math.floor(rand() * 140));
      const revenue = won * 100 * (300 + Math.floor(rand() * 400));
      const cycle = won > 0 ? String(40 + Math.floor(rand() * 80)) : '';
      const year = quarter.slice(0, 4);
      const lines = rows.get(year) ?? ['concept,quarter,leads,qualifiedLeads,proposals,won,adSpend,revenue,avgCycleDays'];
      lines.push([concept.id, quarter, leads, qualified, proposals, won, adSpend, revenue, cycle].join(','));
      rows.set(year, lines);
    }
  }
  return new Map([...rows].map(([year, lines]) => [`${year}.csv`, `${lines.join('\n')}\n`]));
}

/** A lesson of the generated learning path, teaching from a few concepts and quoting one objection. */
export function generatedLesson(order: number, concepts: GeneratedConcept[]): string {
  const quoted = concepts[0]!;
  const data = {
    title: `Field practice ${letters(order)}: the objections of ${concepts.length} concepts`,
    path: 'Generated practice',
    order,
    minutes: 10 + (order % 20),
    objectives: ['Answer the objection the customer raises with the concept’s response and ask the follow-up question.'],
    concepts: concepts.map((concept) => concept.id),
    quiz: [
      {
        id: 'first-step',
        question: 'The customer raises an objection you know. What do you do first?',
        options: ['Give a discount', 'Ask what worries them, then answer with the response', 'Change the subject'],
        answer: 2,
        explanation: 'The concern behind an objection decides which response lands; ask before you answer.',
      },
    ],
  };
  return `---\n${stringify(data)}---\n\n## The objection\n\n<Quote concept="${quoted.id}" item="${quoted.objections[0]}" />\n\nPractise the answer with a colleague until it takes less than a minute.\n`;
}

/**
 * Writes a playbook with `concepts` generated concepts into `out` (emptied first): the sample's
 * products, personas, industries and competitors, a Dutch translation of every fifth concept,
 * a generated lesson for every 50 concepts (at least one), the field notes of the last hundred
 * days (about 1.7 a concept) and metrics of the last three quarters.
 */
export function generatePlaybook(out: string, concepts: number, seed = 7, today = new Date()): void {
  rmSync(out, { recursive: true, force: true });
  for (const folder of ['products', 'personas', 'industries', 'competitors']) {
    cpSync(join(root, 'content', folder), join(out, folder), { recursive: true });
  }
  mkdirSync(join(out, 'concepts', 'nl'), { recursive: true });
  mkdirSync(join(out, 'lessons'), { recursive: true });
  mkdirSync(join(out, 'field-notes', 'nl'), { recursive: true });
  mkdirSync(join(out, 'metrics'), { recursive: true });
  const rand = random(seed);
  // The notes and metrics draw from their own sequence, so the concepts stay those of a seed.
  const fieldRand = random(seed + 1);
  const written: GeneratedConcept[] = [];
  for (let n = 1; n <= concepts; n += 1) {
    const concept = generatedConcept(n, rand, today, n % 5 === 0);
    writeFileSync(join(out, 'concepts', `${concept.id}.mdx`), concept.text);
    if (concept.nl) writeFileSync(join(out, 'concepts', 'nl', `${concept.id}.mdx`), concept.nl);
    written.push(concept);
    for (const note of generatedFieldNotes(concept, fieldRand, today)) writeFileSync(join(out, 'field-notes', note.file), note.text);
  }
  for (const [file, text] of generatedMetrics(written, fieldRand, today)) writeFileSync(join(out, 'metrics', file), text);
  for (let order = 1; order <= Math.max(1, Math.floor(concepts / 50)); order += 1) {
    const taught = written.slice((order - 1) * 50, (order - 1) * 50 + 3);
    writeFileSync(join(out, 'lessons', `practice-${order}.mdx`), generatedLesson(order, taught));
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
