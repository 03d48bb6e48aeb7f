/**
 * The concept list one language's pickers read (`/concepts/picker.json`, issue 17 "bounded
 * pages"): every published concept's id and title, for the concept choice of the field-note
 * form and of pitch practice and for the labels of search's concept facet. The pages used to
 * carry this list themselves, so each of them grew with the playbook; now it is one file,
 * fetched by those pages' scripts when they need it and kept by the service worker. Pure.
 */

/** One concept as the pickers list it. */
export interface PickerConcept {
  id: string;
  title: string;
  /** The concept's language where it is not the page's (no translation yet): the `lang` of its option. */
  lang?: string;
  /** False for a retired concept: search still names it in its facet, the pickers leave it out. */
  active: boolean;
  /** The known personas the concept speaks to, in its order: pitch practice's persona choice. */
  personas: string[];
}

export interface ConceptPickerFile {
  concepts: PickerConcept[];
}

/** What the file needs of a concept (Astro's entries fit it). */
export interface PickerConceptInput {
  id: string;
  data: { title: string; status: string; personas: readonly { id: string }[] };
}

/**
 * The file of one language: the concepts in the order given, `otherLang` giving a concept's
 * language where it differs from the page's, `knownPersona` leaving out persona ids that name
 * no published persona (the practice page would have no name to show for them).
 */
export function conceptPickerFile(
  concepts: readonly PickerConceptInput[],
  otherLang: (id: string) => string | undefined,
  knownPersona: (id: string) => boolean,
): ConceptPickerFile {
  return {
    concepts: concepts.map((concept) => {
      const lang = otherLang(concept.id);
      return {
        id: concept.id,
        title: concept.data.title,
        ...(lang ? { lang } : {}),
        active: concept.data.status !== 'retired',
        personas: concept.data.personas.map((p) => p.id).filter(knownPersona),
      };
    }),
  };
}

/** The file as read in the browser: entries of the wrong shape are dropped, never trusted. */
export function readConceptPickerFile(value: unknown): PickerConcept[] {
  const list = value && typeof value === 'object' ? (value as { concepts?: unknown }).concepts : undefined;
  if (!Array.isArray(list)) throw new Error('not a concept list');
  return list.flatMap((item: unknown) => {
    if (!item || typeof item !== 'object') return [];
    const { id, title, lang, active, personas } = item as Record<string, unknown>;
    if (typeof id !== 'string' || typeof title !== 'string') return [];
    return [{
      id,
      title,
      ...(typeof lang === 'string' && lang ? { lang } : {}),
      active: active !== false,
      personas: Array.isArray(personas) ? personas.filter((p): p is string => typeof p === 'string') : [],
    }];
  });
}
