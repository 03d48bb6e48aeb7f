/**
 * Benchmark (not a test): the bytes one visit brief loads, at the sample and at a generated
 * playbook (tests/bench/generate.ts, plus the flagship), in raw and gzip bytes: the industry's shard, the concept's
 * file and the competitor's file (what /prepare/ fetches), and the hand-out's file.
 *
 *   node tests/bench/brief-bytes.ts [--concepts 3000]
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { loadContent } from '../../src/checker/load-content.ts';
import { readContentFiles } from '../../src/checker/read-content.ts';
import { briefCompetitorFile, briefConceptFile, briefShards, handoutFile } from '../../src/lib/brief-data.ts';
import { buildSiteIndex, type SiteContent } from '../../src/lib/site-index.ts';
import type { SiteUrls } from '../../src/lib/urls.ts';
import { collectionNames } from '../../src/schemas/common.ts';
import { generatePlaybook } from './generate.ts';

const { values } = parseArgs({ options: { concepts: { type: 'string', default: '3000' } } });
// Links as the English build writes them (urls.ts needs Vite's import.meta.env, so they are spelt out).
const urls = { concept: (id: string) => `/concepts/${id}/`, objection: (c: string, o: string) => `/objections/${c}/${o}/`, competitor: (id: string) => `/competitors/${id}/` } as unknown as SiteUrls;

function measure(label: string, dir: string, conceptId: string): void {
  const { content } = loadContent(readContentFiles(dir));
  const originals = <T extends { id: string }>(entries: readonly T[]) => entries.filter((e) => !e.id.startsWith('nl/'));
  const index = buildSiteIndex({
    ...Object.fromEntries(collectionNames.map((name) => [name, originals((content as unknown as Record<string, { id: string }[]>)[name] ?? [])])),
    concepts: originals(content.concepts).filter((c) => c.data.status !== 'draft'),
  } as unknown as SiteContent);
  const products = (id: string) => index.productById.get(id)?.data;
  const concept = index.conceptById.get(conceptId)!;
  const shards = briefShards(index.concepts);
  const bytes = (data: unknown) => {
    const text = JSON.stringify(data);
    return { raw: Buffer.byteLength(text), gzip: gzipSync(text).length };
  };
  const files = {
    shard: bytes(shards.get(concept.data.industries[0]!.id)),
    concept: bytes(briefConceptFile(concept, products, urls, 'en', 'en', new Date())),
    competitor: bytes(briefCompetitorFile(index.competitorById.get('qualis-spc-cloud')!, urls, 'en')),
  };
  const total = Object.values(files).reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const largest = Math.max(...[...shards.values()].map((s) => bytes(s).gzip));
  console.log(JSON.stringify({ label, concepts: index.concepts.length, ...files, brief: total, handout: bytes(handoutFile(concept, products, 'en')), largestShardGzip: largest }));
}

measure('sample', 'content', 'scrap-to-savings');
const dir = `/tmp/playbook-bench/brief-${values.concepts}`;
generatePlaybook(dir, Number(values.concepts));
// The flagship among them, so its brief is measured against the large shard.
cpSync('content/concepts/scrap-to-savings.mdx', join(dir, 'concepts', 'scrap-to-savings.mdx'));
measure(`generated ${values.concepts}`, dir, 'scrap-to-savings');
