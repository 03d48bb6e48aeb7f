/**
 * Benchmark (not a test): the playbook built at scale, and Starlight as its peer in the same run.
 *
 *   npm run bench                                  # 1,000 generated concepts
 *   npm run bench -- --concepts 50                 # what the smoke test runs
 *   npm run bench -- --concepts 1000,3000 --peer starlight
 *
 * For each size: a seeded playbook (tests/bench/generate.ts) is built through
 * PLAYBOOK_CONTENT_DIR with the real build, cold (no cache, no output), then warm after editing
 * one concept (the content cache kept, as on a CI runner that keeps it). It reports wall and
 * CPU time, the peak memory of the whole process tree, time per phase, pages, bytes of the
 * site and of the search index, per page type the gzip bytes of HTML, JS on load (inline
 * scripts counted) and CSS, the largest page of each type, and, in headless Chromium against
 * the built site, bytes and milliseconds to the first results of five queries, cold and warm.
 * With `--peer starlight` the same corpus is built with Starlight (pinned in
 * tests/bench/starlight/, installed there on first use) right after the playbook's cold build,
 * twice: a page per concept, and the same pages the playbook publishes.
 *
 * Timings are reported, never asserted. A table goes to the screen and the whole report, as
 * JSON, to `--report` (default .scratch/bench/report.json).
 *
 * Nothing is deleted between the start and the last measured build: each run works in a folder
 * of its own (.scratch/bench/runs/<time>/), folders it replaces are renamed aside, and what
 * earlier runs left is removed at the end. On an ext4 disk without a journal (this project's
 * 2-core machines) creating files within minutes of deleting many costs up to five times the
 * kernel time (the inode allocator skips recently freed inodes one by one): a build right
 * after removing the last run's 340 MB site took 24-27 s instead of 13 s, and Starlight paid
 * the same toll on fewer files. For the same reason every size's cold build and its Starlight
 * builds come first, and the warm rebuilds (each publish removes the site it replaces) last.
 */
import { spawn, execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, closeSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { chromiumExecutable } from '../e2e/browser.ts';
import { pageTypeOf, pageWeight } from '../page-weight.ts';
import { generatePlaybook } from './generate.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const starlightDir = join(root, 'tests', 'bench', 'starlight');
const usage = `Usage: npm run bench -- [--concepts 1000[,3000]] [--seed 7] [--peer starlight]
       [--peer-builds per-concept,same-pages] [--no-warm] [--no-search] [--report file.json]`;
/** Wrong arguments end with the reason and the usage, never a stack trace. */
function usageError(reason: string): never {
  console.error(`${reason}\n${usage}`);
  process.exit(2);
}
const options = {
  concepts: { type: 'string', default: '1000' },
  seed: { type: 'string', default: '7' },
  peer: { type: 'string' },
  /** Which Starlight builds to run: per-concept, same-pages or both (the default). */
  'peer-builds': { type: 'string', default: 'per-concept,same-pages' },
  report: { type: 'string', default: join(root, '.scratch', 'bench', 'report.json') },
  /** Leave out the warm rebuild, or the search timings (to keep a long run short). */
  'no-warm': { type: 'boolean', default: false },
  'no-search': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;
let parsed: ReturnType<typeof parseArgs<{ options: typeof options }>>;
try {
  parsed = parseArgs({ options });
} catch (error) {
  usageError((error as Error).message);
}
const { values } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (values.peer !== undefined && values.peer !== 'starlight') usageError(`Unknown peer "${values.peer}"; the one peer is starlight.`);
const sizes = values.concepts.split(',').map((n) => Number(n.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) usageError(`--concepts takes whole numbers, e.g. 1000 or 1000,3000; got "${values.concepts}".`);
const seed = Number(values.seed);
const benchRoot = join(root, '.scratch', 'bench');
const work = join(benchRoot, 'runs', new Date().toISOString().replace(/[:.]/g, '-'));
let setAsideCount = 0;
/** Moves a folder out of the way by renaming it into this run's folder; removed at the end. */
function setAside(path: string): void {
  if (!existsSync(path)) return;
  mkdirSync(join(work, 'set-aside'), { recursive: true });
  renameSync(path, join(work, 'set-aside', String(setAsideCount++)));
}
/** After the last measurement: what this run set aside, earlier runs, and older versions' folders. */
function removeLeftovers(): void {
  rmSync(join(work, 'set-aside'), { recursive: true, force: true });
  const runs = join(benchRoot, 'runs');
  for (const name of readdirSync(runs)) if (join(runs, name) !== work) rmSync(join(runs, name), { recursive: true, force: true });
  for (const name of readdirSync(benchRoot)) {
    if (/^(content|dist|cache)-\d+$|^starlight-|^build-\d+-/.test(name)) rmSync(join(benchRoot, name), { recursive: true, force: true });
  }
}
const log = (line: string) => console.error(line);

// ————— running a build and measuring its process tree —————

export interface RunMeasure {
  wallMs: number;
  /** User + system CPU of the build and every process it started. */
  cpuMs: number;
  /** Peak of the summed resident memory of the build's process tree (sampled every 100 ms). */
  peakRssBytes: number;
  /** Phase marks: name → ms after the start. */
  marks: Record<string, number>;
}

/** CPU time of this process's waited-for children so far (clock ticks of 10 ms). */
function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Summed resident memory of `pid` and its descendants. */
function treeRss(pid: number): number {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let bytes = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    try {
      bytes += Number(readFileSync(`/proc/${current}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      // ended
    }
    queue.push(...(parents.get(current) ?? []));
  }
  return bytes;
}

async function measuredRun(args: string[], options: { cwd: string; env: Record<string, string>; logFile: string }): Promise<RunMeasure> {
  const timings = `${options.logFile}.timings`;
  rmSync(timings, { force: true });
  const out = openSync(options.logFile, 'w');
  const cpuBefore = childrenCpuMs();
  const start = performance.timeOrigin + performance.now();
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    stdio: ['ignore', out, out],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PLAYBOOK_BUILD_TIMINGS: timings, ...options.env },
  });
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  }, 100);
  const code = await new Promise<number>((done) => child.on('exit', (exit) => done(exit ?? 1)));
  clearInterval(sampler);
  closeSync(out);
  const wallMs = performance.timeOrigin + performance.now() - start;
  if (code !== 0) throw new Error(`The build failed (exit ${code}); its log: ${options.logFile}\n${readFileSync(options.logFile, 'utf8').slice(-3000)}`);
  const marks: Record<string, number> = {};
  if (existsSync(timings)) {
    for (const line of readFileSync(timings, 'utf8').trim().split('\n')) {
      const [name, at] = line.split(' ');
      if (name && at && !(name in marks)) marks[name] = Number(at) - start;
    }
  }
  return { wallMs, cpuMs: childrenCpuMs() - cpuBefore, peakRssBytes: peak, marks };
}

/** Time per phase of the playbook's build, from the marks its integrations write. */
function phases(run: RunMeasure): Record<string, number | null> {
  const m = run.marks;
  const between = (from: number | undefined, to: number | undefined) => (from === undefined || to === undefined ? null : Math.round(to - from));
  return {
    startup: between(0, m.config),
    // The checker runs in its own process alongside the content sync (src/checker/check-child.ts),
    // and the sync's loaders wait for it: contentSync is the whole time up to Vite, checker its share.
    checker: between(m.config, m['check:done']),
    contentSync: between(m.config, m['build:start']),
    vite: between(m['build:start'], m['pages:first']),
    rendering: between(m['pages:first'], m['pages:done']),
    searchIndex: between(m['pages:done'], m['index:written']),
    // Everything after the search index: the service worker (also shown on its own), _headers
    // and moving the staged site into place.
    publish: between(m['index:written'], m.published),
    serviceWorker: between(m['service-worker:start'], m['service-worker:done']),
    total: Math.round(run.wallMs),
  };
}

// ————— what the build wrote —————

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;

interface TypeWeight {
  pages: number;
  html: { median: number; max: number };
  js: { max: number; inline: number };
  css: { max: number };
  data: { max: number };
  largest: { path: string; html: number };
}

function siteFigures(outDir: string) {
  const files = walk(outDir);
  const rel = (file: string) => file.slice(outDir.length + 1);
  const pages = files.filter((file) => file.endsWith('.html')).map(rel);
  const bytes = sum(files.map((file) => statSync(file).size));
  const searchIndexBytes = sum(files.filter((file) => rel(file).startsWith('pagefind/')).map((file) => statSync(file).size));
  const cache = new Map<string, number>();
  const types: Record<string, TypeWeight> = {};
  const weights = new Map<string, ReturnType<typeof pageWeight>>();
  const byType = new Map<string, string[]>();
  for (const page of pages) {
    const weight = pageWeight(outDir, readFileSync(join(outDir, page), 'utf8'), '/', cache);
    weights.set(page, weight);
    const type = pageTypeOf(page);
    byType.set(type, [...(byType.get(type) ?? []), page]);
  }
  for (const [type, list] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    const w = list.map((page) => weights.get(page)!);
    const largest = list.reduce((a, b) => (weights.get(b)!.html > weights.get(a)!.html ? b : a));
    types[type] = {
      pages: list.length,
      html: { median: median(w.map((x) => x.html)), max: Math.max(...w.map((x) => x.html)) },
      js: { max: Math.max(...w.map((x) => x.js)), inline: Math.max(...w.map((x) => x.inlineJs)) },
      css: { max: Math.max(...w.map((x) => x.css)) },
      data: { max: Math.max(...w.map((x) => x.data)) },
      largest: { path: `/${largest.replace(/index\.html$/, '')}`, html: weights.get(largest)!.html },
    };
  }
  // What a salesperson's visit brief and a drill session load (JS, data and the page), once those pages exist.
  const session = (pattern: RegExp) => {
    const page = pages.find((p) => pattern.test(p));
    if (!page) return null;
    const w = weights.get(page)!;
    return { path: `/${page.replace(/index\.html$/, '')}`, bytes: w.html + w.css + w.js + w.data };
  };
  return { pages: pages.length, bytes, searchIndexBytes, types, brief: session(/^prepare\/index\.html$/), drill: session(/^learn\/drill\/index\.html$/) };
}

// ————— search in headless Chromium —————

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.txt': 'text/plain', '.xml': 'application/xml',
};

/** A static file server over the built site (cacheable, as a host serves it). */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

export const queries = ['scrap', 'signing limit', 'cheaper system', 'press line', 'LM-400'];

async function searchTimings(outDir: string) {
  const { server, url } = await serve(outDir);
  const browser = await chromium.launch({ executablePath: chromiumExecutable() });
  try {
    // Cold: a fresh browser profile per query (nothing cached); warm: the same query again in
    // a new tab of that profile, with Pagefind and the index chunks in the HTTP cache.
    const once = async (context: BrowserContext, query: string) => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await page.goto(`${url}/`);
      let bytes = 0;
      cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
      await page.keyboard.press('/');
      const input = page.getByRole('dialog').getByRole('searchbox');
      await input.waitFor();
      // Timed in the page: the moment the first result link is added, seen by a mutation
      // observer. A locator's wait polls with a back-off (0, 20, 100, 100, 500 ms, …), which put
      // results that came after about 320 ms at about 820 ms.
      type Timed = Window & { firstResultAt?: Promise<number> };
      const start = await page.evaluate(() => {
        (window as Timed).firstResultAt = new Promise<number>((resolve) => {
          const found = () => document.querySelector('dialog[data-search-dialog] [data-search-results] a');
          const observer = new MutationObserver(() => {
            if (!found()) return;
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(document.body, { childList: true, subtree: true });
        });
        return performance.now();
      });
      await input.fill(query);
      const end = await page.evaluate(() => (window as Timed).firstResultAt!);
      const ms = Math.round(end - start);
      await page.close();
      return { ms, bytes };
    };
    const results = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const cold = await once(context, query);
      const warm = await once(context, query);
      await context.close();
      results.push({ query, cold, warm });
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

// ————— the Starlight peer —————

interface Concept {
  id: string;
  data: Record<string, unknown> & {
    title: string; tagline: string; summary: string; problem: string; outcome: string;
    arguments: { id: string; claim: string; proof: string; benefit: string }[];
    objections: { id: string; objection: string; concern: string; response: string; followUp: string }[];
    bundles: { name: string; pitch: string }[];
    discoveryQuestions: { question: string }[];
    industries: string[]; personas: string[]; products: string[];
  };
  body: string;
}

function readConcepts(dir: string): Concept[] {
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const end = text.indexOf('\n---\n', 4);
    return { id: file.replace(/\.mdx$/, ''), data: parse(text.slice(4, end)) as Concept['data'], body: text.slice(end + 5) };
  });
}

const md = (frontmatter: Record<string, unknown>, body: string) => `---\n${stringify(frontmatter)}---\n\n${body}\n`;

function conceptMarkdown(c: Concept): string {
  const d = c.data;
  return md({ title: d.title, description: d.tagline }, [
    d.summary, `**Problem:** ${d.problem}`, `**Outcome:** ${d.outcome}`,
    '## Arguments', ...d.arguments.map((a) => `### ${a.claim}\n\n- Proof: ${a.proof}\n- Benefit: ${a.benefit}`),
    '## Objections', ...d.objections.map((o) => `### ${o.objection}\n\n${o.concern}\n\n${o.response}\n\n*Ask back:* ${o.followUp}\n\n[The card](/objections/${c.id}/${o.id}/)`),
    '## Bundles', ...d.bundles.map((b) => `### ${b.name}\n\n${b.pitch}`),
    '## Discovery questions', ...d.discoveryQuestions.map((q) => `- ${q.question}`),
    c.body,
  ].join('\n\n'));
}

/**
 * Writes the corpus as Starlight docs: `perConcept` a page per concept (as a Starlight user
 * would publish it), else the pages the playbook publishes for it: concept pages, objection
 * cards and entity pages, in each language the playbook built them in.
 */
function writeStarlightDocs(contentDir: string, playbookPages: string[], perConcept: boolean): void {
  const docs = join(starlightDir, 'src', 'content', 'docs');
  setAside(docs);
  const concepts = readConcepts(join(contentDir, 'concepts'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(docs, path)), { recursive: true });
    writeFileSync(join(docs, path), text);
  };
  write('index.md', md({ title: 'Meridian Playbook' }, `${concepts.length} concepts.`));
  if (perConcept) {
    for (const c of concepts) write(`concepts/${c.id}.md`, conceptMarkdown(c));
    return;
  }
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const entityPage = (collection: string, id: string) => {
    const linked = concepts.filter((c) => (c.data[collection] as string[] | undefined)?.includes(id));
    return md({ title: id }, [`${linked.length} concepts.`, ...linked.slice(0, 50).map((c) => `- [${c.data.title}](/concepts/${c.id}/)`)].join('\n'));
  };
  for (const page of playbookPages) {
    const path = page.replace(/index\.html$/, '').replace(/\/$/, '');
    const parts = path.split('/');
    const [lang, rest] = parts[0] === 'nl' ? ['nl/', parts.slice(1)] : ['', parts];
    const type = pageTypeOf(page);
    if (type === 'concept page') {
      const c = byId.get(rest[1]!);
      if (c) write(`${lang}concepts/${c.id}.md`, conceptMarkdown(c));
    } else if (type === 'objection card') {
      const o = byId.get(rest[1]!)?.data.objections.find((x) => x.id === rest[2]);
      if (o) write(`${lang}objections/${rest[1]}/${o.id}.md`, md({ title: o.objection, description: o.followUp }, `${o.concern}\n\n${o.response}\n\n*Ask back:* ${o.followUp}`));
    } else if (['product page', 'persona page', 'industry page', 'competitor page'].includes(type)) {
      const collection = { 'product page': 'products', 'persona page': 'personas', 'industry page': 'industries', 'competitor page': 'competitors' }[type]!;
      write(`${lang}${rest[0]}/${rest[1]}.md`, entityPage(collection, rest[1]!));
    }
  }
}

function ensureStarlight(): string {
  const installed = join(starlightDir, 'node_modules', '@astrojs', 'starlight', 'package.json');
  if (!existsSync(installed)) {
    log('Installing the pinned Starlight into tests/bench/starlight/ (first use) …');
    execFileSync('npm', [existsSync(join(starlightDir, 'package-lock.json')) ? 'ci' : 'install', '--no-audit', '--no-fund'], { cwd: starlightDir, stdio: ['ignore', 2, 2] });
  }
  return (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version;
}

async function starlightBuild(contentDir: string, playbookPages: string[], perConcept: boolean, name: string) {
  try {
    return await starlightBuildOnce(contentDir, playbookPages, perConcept, name);
  } catch (error) {
    // A failed peer build is reported, and the playbook's figures are kept.
    log(String(error));
    return null;
  }
}

async function starlightBuildOnce(contentDir: string, playbookPages: string[], perConcept: boolean, name: string) {
  writeStarlightDocs(contentDir, playbookPages, perConcept);
  const outDir = join(work, name);
  const cacheDir = join(work, `${name}-cache`);
  const run = await measuredRun([join(starlightDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: starlightDir,
    env: { STARLIGHT_OUT_DIR: outDir, STARLIGHT_CACHE_DIR: cacheDir },
    logFile: join(work, `${name}.log`),
  });
  const pages = walk(outDir).filter((f) => f.endsWith('.html')).length;
  const searchIndexBytes = sum(walk(join(outDir, 'pagefind')).map((f) => statSync(f).size));
  return { wallMs: Math.round(run.wallMs), cpuMs: run.cpuMs, peakRssBytes: run.peakRssBytes, pages, pagesPerSecond: round(pages / (run.wallMs / 1000)), searchIndexBytes };
}

// ————— one size —————

/** What the generated playbook holds besides its concepts (tests/bench/generate.ts). */
function corpusFigures(contentDir: string) {
  const files = (folder: string, ext: string) => {
    const dir = join(contentDir, folder);
    return existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(ext)) : [];
  };
  const metricRows = files('metrics', '.csv').reduce(
    (sum, file) => sum + readFileSync(join(contentDir, 'metrics', file), 'utf8').trim().split('\n').length - 1,
    0,
  );
  return {
    translations: files(join('concepts', 'nl'), '.mdx').length,
    lessons: files('lessons', '.mdx').length,
    fieldNotes: files('field-notes', '.md').length,
    metricRows,
  };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** One size up to its peer builds: generated, built cold, and built by Starlight. */
async function coldSize(concepts: number) {
  const contentDir = join(work, `content-${concepts}`);
  const outDir = join(work, `dist-${concepts}`);
  const cacheDir = join(work, `cache-${concepts}`);
  log(`\n${concepts} concepts: generating (seed ${seed}) …`);
  generatePlaybook(contentDir, concepts, seed);
  const corpus = corpusFigures(contentDir);
  // `npm run build`: through the launcher, which also sets the native allocators' defaults.
  const build = [join(root, 'src', 'cli', 'run.mjs'), 'astro', 'build'];
  const env = { PLAYBOOK_CONTENT_DIR: contentDir, PLAYBOOK_OUT_DIR: outDir, PLAYBOOK_CACHE_DIR: cacheDir };
  log('building cold …');
  const cold = await measuredRun(build, { cwd: root, env, logFile: join(work, `build-${concepts}-cold.log`) });
  log(`cold: ${(cold.wallMs / 1000).toFixed(1)} s`);
  const site = siteFigures(outDir);
  const builtPages = walk(outDir).filter((f) => f.endsWith('.html')).map((f) => f.slice(outDir.length + 1));

  let peer = null;
  if (values.peer === 'starlight') {
    const version = ensureStarlight();
    const builds = values['peer-builds'].split(',');
    if (builds.includes('per-concept')) log(`Starlight ${version}, a page per concept …`);
    const perConcept = builds.includes('per-concept') ? await starlightBuild(contentDir, builtPages, true, `starlight-${concepts}-per-concept`) : null;
    if (builds.includes('same-pages')) log(`Starlight ${version}, the playbook's pages …`);
    const samePages = builds.includes('same-pages') ? await starlightBuild(contentDir, builtPages, false, `starlight-${concepts}-same-pages`) : null;
    const ratio = (a: number, b: number | undefined) => (b ? round(a / b, 2) : null);
    peer = {
      name: 'starlight',
      version,
      perConcept,
      samePages,
      // Wall time is what a user waits; CPU time stays comparable when other work shares the machine.
      ratio: { perConcept: ratio(cold.wallMs, perConcept?.wallMs), samePages: ratio(cold.wallMs, samePages?.wallMs) },
      cpuRatio: { perConcept: ratio(cold.cpuMs, perConcept?.cpuMs), samePages: ratio(cold.cpuMs, samePages?.cpuMs) },
    };
  }

  return { concepts, contentDir, outDir, corpus, build, env, cold, site, peer };
}

/**
 * The rest of one size, after every size's cold and peer builds: the warm rebuild (whose
 * publish removes the cold site) and the search timings.
 */
async function finishSize(measured: Awaited<ReturnType<typeof coldSize>>) {
  const { concepts, contentDir, outDir, corpus, build, env, cold, site, peer } = measured;
  // The warm rebuild: one concept's summary edited, the content cache and the last site kept.
  let warm: RunMeasure | null = null;
  log(`\n${concepts} concepts:`);
  if (!values['no-warm']) {
    const edited = join(contentDir, 'concepts', 'concept-1.mdx');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^summary: (.*)$/m, 'summary: $1 Checked again with the line team this week.'));
    log('building warm after a one-concept edit …');
    warm = await measuredRun(build, { cwd: root, env, logFile: join(work, `build-${concepts}-warm.log`) });
  }
  if (!values['no-search']) log('search in Chromium …');
  const search = values['no-search'] ? null : await searchTimings(outDir);

  return {
    concepts,
    seed,
    corpus,
    cold: { wallMs: Math.round(cold.wallMs), cpuMs: cold.cpuMs, peakRssBytes: cold.peakRssBytes, phases: phases(cold) },
    warm: warm && { wallMs: Math.round(warm.wallMs), cpuMs: warm.cpuMs, peakRssBytes: warm.peakRssBytes, phases: phases(warm), ratioToCold: round(warm.wallMs / cold.wallMs, 2) },
    pages: site.pages,
    pagesPerSecond: round(site.pages / (cold.wallMs / 1000)),
    distBytes: site.bytes,
    searchIndexBytes: site.searchIndexBytes,
    pageTypes: site.types,
    brief: site.brief,
    drill: site.drill,
    search,
    peer,
  };
}

type SizeReport = Awaited<ReturnType<typeof finishSize>>;

/** Page types whose largest page grew with the number of concepts (more than 1.5× for 2× or more concepts). */
function growingPageTypes(reports: SizeReport[]): { type: string; from: number; to: number }[] {
  if (reports.length < 2) return [];
  const [first, last] = [reports[0]!, reports.at(-1)!];
  if (last.concepts < 2 * first.concepts) return [];
  return Object.entries(last.pageTypes).flatMap(([type, weight]) => {
    const before = first.pageTypes[type]?.largest.html;
    return before && weight.largest.html > 1.5 * before ? [{ type, from: before, to: weight.largest.html }] : [];
  });
}

// ————— the table —————

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`);

function printTable(report: SizeReport): void {
  const rows: [string, string][] = [
    ['concepts / pages', `${report.concepts} / ${report.pages}`],
    ['corpus', `${report.corpus.translations} Dutch translations, ${report.corpus.lessons} lessons, ${report.corpus.fieldNotes} field notes, ${report.corpus.metricRows} metric rows`],
    ['cold build: wall, CPU', `${s(report.cold.wallMs)}, ${s(report.cold.cpuMs)}`],
    ['pages per second (cold)', `${report.pagesPerSecond}`],
    ['peak memory (process tree)', mb(report.cold.peakRssBytes)],
    ['phases (cold)', Object.entries(report.cold.phases).filter(([k]) => k !== 'total').map(([k, v]) => `${k} ${s(v)}`).join(', ')],
    ['warm build after a one-concept edit', report.warm ? `${s(report.warm.wallMs)} (${report.warm.ratioToCold}× cold)` : 'not run'],
    ['phases (warm)', report.warm ? Object.entries(report.warm.phases).filter(([k]) => k !== 'total').map(([k, v]) => `${k} ${s(v)}`).join(', ') : '–'],
    ['dist/, search index', `${mb(report.distBytes)}, ${mb(report.searchIndexBytes)}`],
  ];
  if (report.peer) {
    const p = report.peer;
    for (const [label, b] of [['a page per concept', p.perConcept], ["the playbook's pages", p.samePages]] as const) {
      if (b) rows.push([`Starlight ${p.version}, ${label}`, `${s(b.wallMs)} (CPU ${s(b.cpuMs)}) for ${b.pages} pages (${b.pagesPerSecond}/s), ${mb(b.peakRssBytes)}`]);
    }
    rows.push(['ratio playbook / Starlight, wall (per concept, same pages)', `${p.ratio.perConcept}, ${p.ratio.samePages}`]);
    rows.push(['ratio playbook / Starlight, CPU (per concept, same pages)', `${p.cpuRatio.perConcept}, ${p.cpuRatio.samePages}`]);
  }
  rows.push(['brief, drill session (gzip, all it loads)', `${report.brief ? kb(report.brief.bytes) : 'not built'}, ${report.drill ? kb(report.drill.bytes) : 'not built'}`]);
  console.log(`\n| ${report.concepts} concepts | result |\n|---|---|`);
  for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
  console.log('\n| page type | pages | HTML gzip median / max | JS on load | CSS | largest page |\n|---|---|---|---|---|---|');
  for (const [type, w] of Object.entries(report.pageTypes)) {
    console.log(`| ${type} | ${w.pages} | ${kb(w.html.median)} / ${kb(w.html.max)} | ${kb(w.js.max)} | ${kb(w.css.max)} | ${w.largest.path} |`);
  }
  console.log('\n| query | cold: ms, bytes | warm: ms, bytes |\n|---|---|---|');
  for (const q of report.search ?? []) console.log(`| ${q.query} | ${q.cold.ms} ms, ${kb(q.cold.bytes)} | ${q.warm.ms} ms, ${kb(q.warm.bytes)} |`);
}

mkdirSync(work, { recursive: true });
mkdirSync(dirname(values.report), { recursive: true });
const reports: SizeReport[] = [];
/** The report so far: written after each size, so a long run that is stopped keeps what it measured. */
function writeReport() {
  const growing = growingPageTypes(reports);
  const [first, last] = [reports[0], reports.at(-1)];
  const scaling =
    first && last && reports.length >= 2
      ? { from: first.concepts, to: last.concepts, coldWallRatio: round(last.cold.wallMs / first.cold.wallMs, 2), coldCpuRatio: round(last.cold.cpuMs / first.cold.cpuMs, 2) }
      : null;
  writeFileSync(values.report, `${JSON.stringify({ date: new Date().toISOString(), sizes: reports, scaling, growingPageTypes: growing }, null, 2)}\n`);
  return { growing, scaling };
}
const measured: Awaited<ReturnType<typeof coldSize>>[] = [];
for (const concepts of sizes) measured.push(await coldSize(concepts));
for (const size of measured) {
  const report = await finishSize(size);
  printTable(report);
  reports.push(report);
  writeReport();
}
removeLeftovers();
const { growing, scaling } = writeReport();
if (scaling) console.log(`\ncold build ${scaling.to} / ${scaling.from} concepts: wall ${scaling.coldWallRatio}×, CPU ${scaling.coldCpuRatio}× (linear: ${round(scaling.to / scaling.from, 2)}×)`);
if (growing.length > 0) console.log(`page types whose largest page grows with the concepts: ${growing.map((g) => `${g.type} (${kb(g.from)} → ${kb(g.to)})`).join(', ')}`);
console.log(`\nreport: ${values.report}`);
