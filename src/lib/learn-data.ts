/**
 * What /learn/ needs from this build, per interface language, computed once per build and
 * language: the lessons (translated where a translation exists, ordered by path and order) and
 * the drill cards of the published live and pilot concepts in the language each is shown in.
 */
import { getCollection } from 'astro:content';
import type { Lesson } from '../schemas/lessons.ts';
import { buildDrillCards, type DrillCard } from './drill-cards.ts';
import type { Lang } from './i18n.ts';
import { playbookConfig } from './playbook-config.ts';
import { getSiteIndex, type LocalizedSiteIndex } from './site-data.ts';
import { localizeEntries } from './translations.ts';

export interface LessonEntry {
  /** The shared id (the file name without language folder). */
  id: string;
  data: Lesson;
  /** The loader's id of the file shown (`nl/concepts-not-boxes` for a translation), for `render`. */
  sourceId: string;
  /** The language the lesson is shown in. */
  lang: string;
}

export interface LearningPath {
  name: string;
  lessons: LessonEntry[];
  minutes: number;
}

export interface LearnData {
  index: LocalizedSiteIndex;
  paths: LearningPath[];
  lessons: LessonEntry[];
  lessonById: Map<string, LessonEntry>;
  cards: DrillCard[];
  /** The drill cards of each concept, by concept id (one pass over `cards`, not one per concept file). */
  cardsByConcept: Map<string, DrillCard[]>;
}

const pending = new Map<Lang, Promise<LearnData>>();

async function load(lang: Lang): Promise<LearnData> {
  const index = await getSiteIndex(lang);
  const all = await getCollection('lessons');
  // Lessons group by the path named in the original, so a partly translated path stays one path.
  const originalPath = new Map(all.map((entry) => [entry.id, (entry.data as Lesson).path]));
  const lessons = localizeEntries(all, lang, playbookConfig.locales)
    .map(({ entry, sourceId, lang: shown }) => ({ id: entry.id, data: entry.data as Lesson, sourceId, lang: shown, path: originalPath.get(entry.id) ?? '' }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.data.order - b.data.order || a.id.localeCompare(b.id));
  const byPath = new Map<string, LessonEntry[]>();
  for (const { path, ...lesson } of lessons) byPath.set(path, [...(byPath.get(path) ?? []), lesson]);
  const paths = [...byPath.values()].map((list) => ({
    // The path's name in the page's language when one of its lessons is translated.
    name: (list.find((l) => l.lang === lang) ?? list[0]!).data.path,
    lessons: list,
    minutes: list.reduce((sum, l) => sum + l.data.minutes, 0),
  }));
  const flat = paths.flatMap((p) => p.lessons);
  const concepts = [...index.concepts].sort((a, b) => a.id.localeCompare(b.id));
  const cards = concepts.flatMap((concept) => buildDrillCards([concept], index.entryLang('concepts', concept.id)));
  const cardsByConcept = new Map<string, DrillCard[]>();
  for (const card of cards) cardsByConcept.set(card.concept, [...(cardsByConcept.get(card.concept) ?? []), card]);
  return { index, paths, lessons: flat, lessonById: new Map(flat.map((l) => [l.id, l])), cards, cardsByConcept };
}

/** The learning data of this build in one interface language. */
export function getLearnData(lang: Lang): Promise<LearnData> {
  let data = pending.get(lang);
  if (!data) pending.set(lang, (data = load(lang)));
  return data;
}
