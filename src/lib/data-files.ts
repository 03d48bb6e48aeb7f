/**
 * The build's per-entry data files, which the pages' scripts fetch on use: the visit brief's
 * shards, concept, competitor and hand-out files (src/lib/brief-data.ts) and each concept's learn
 * file (drill and pitch practice), in every language. Several thousand at 1,000 concepts.
 *
 * Each file's text is made here once. In `astro dev` each is its own route
 * (src/pages/brief-data/, src/pages/[...locale]/learn/data/); a build writes them all through
 * one route per kind (src/pages/data-files/) that the data-files integration splits into files,
 * because Astro's own work per route (about 0.6 ms even for a small JSON file) cost more than the
 * files themselves: 3.4 s of 35 s at 1,000 concepts.
 */
import { briefCompetitorFile, briefConceptFile, briefDataPaths, briefShards, handoutFile, isBriefConcept } from './brief-data.ts';
import { buildDate } from './build-info.ts';
import { conceptLearnFile } from './drill-data.ts';
import { getLearnData } from './learn-data.ts';
import { localePrefix, locales } from './locale.ts';
import { getSiteIndex } from './site-data.ts';
import { isActiveConcept } from './site-index.ts';
import { urlsFor } from './urls.ts';

/** One data file: its path in the site (no leading slash) and its JSON text. */
export interface DataFile {
  path: string;
  text: string;
}

export type DataFileKind = 'brief' | 'learn';
export const dataFileKinds: readonly DataFileKind[] = ['brief', 'learn'];

/** The visit brief's files, under `brief-data/`, one after the other. */
async function* briefFiles(): AsyncGenerator<DataFile> {
  for (const lang of locales) {
    const index = await getSiteIndex(lang);
    const urls = urlsFor(lang);
    const products = (id: string) => index.productById.get(id)?.data;
    const file = (path: string, data: unknown): DataFile => ({ path: `brief-data/${path}`, text: JSON.stringify(data) });
    for (const [industry, candidates] of briefShards(index.concepts, (id) => index.otherLang('concepts', id))) yield file(briefDataPaths.industry(lang, industry), candidates);
    for (const concept of index.concepts.filter(isBriefConcept)) {
      const contentLang = index.entryLang('concepts', concept.id);
      yield file(briefDataPaths.concept(lang, concept.id), briefConceptFile(concept, products, urls, lang, contentLang, buildDate));
      yield file(briefDataPaths.handout(lang, concept.id), handoutFile(concept, products, contentLang));
    }
    for (const competitor of index.competitorById.values()) {
      yield file(briefDataPaths.competitor(lang, competitor.id), briefCompetitorFile(competitor, urls, index.entryLang('competitors', competitor.id)));
    }
  }
}

/** Each active concept's learn file, under `learn/data/` of its language, one after the other. */
async function* learnFiles(): AsyncGenerator<DataFile> {
  for (const lang of locales) {
    const { index, cardsByConcept } = await getLearnData(lang);
    const prefix = localePrefix(lang).replace(/^\//, '');
    for (const concept of index.concepts.filter(isActiveConcept)) {
      const file = conceptLearnFile(concept, cardsByConcept.get(concept.id) ?? [], index.entryLang('concepts', concept.id));
      yield { path: `${prefix ? `${prefix}/` : ''}learn/data/${concept.id}.json`, text: JSON.stringify(file) };
    }
  }
}

/**
 * Every file of a kind, made one after the other as they are read: a build asks once per kind,
 * from its bundle route, which writes each file's bytes as it comes. Made all at once, the brief's
 * 4,000 files at 1,000 concepts (18 MB of JSON, twice that as JavaScript strings) and the bundle's
 * text were alive together while the other pages rendered.
 */
export function dataFileStream(kind: DataFileKind): AsyncIterable<DataFile> {
  return kind === 'brief' ? briefFiles() : learnFiles();
}

const pending = new Map<DataFileKind, Promise<DataFile[]>>();

/** Every file of a kind at once, for `astro dev`'s routes (a route per file), which keeps them, made once. */
export function dataFiles(kind: DataFileKind): Promise<DataFile[]> {
  let files = pending.get(kind);
  if (!files) {
    files = Array.fromAsync(dataFileStream(kind));
    pending.set(kind, files);
  }
  return files;
}
