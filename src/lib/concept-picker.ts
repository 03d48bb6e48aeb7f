/**
 * The concept list one language's pickers read (`/concepts/picker.json`, issue 17 "bounded
 * pages"): every published concept's id and title, for the concept choice of the field-note
 * form and of pitch practice and for the labels of search's concept facet. The pages used to
 * carry this list themselves, so each of them grew with the playbook; now it is one file,
 * fetched by those pages' scripts when they need it and kept by the service worker. Pure.
 */
import { practicePersonas } from './pitch-practice.ts';

/** One concept as the pickers list it. */
export interface PickerConcept {
  id: string;
  title: string;
  /** The concept's language where it is not the page's (no translation yet): the `lang` of its option. */
  lang?: string;
  /** False for a retired concept: search still names it in its facet, the pickers leave it out. */
  active: boolean;
  /**
   * Pitch practice's persona choice: the known personas the concept speaks to, in its order,
   * that one of its discovery questions is meant for (src/lib/pitch-practice.ts `practicePersonas`).
   */
  personas: string[];
}

export interface ConceptPickerFile {
  concepts: PickerConcept[];
}

/** What the file needs of a concept (Astro's entries fit it). */
export interface PickerConceptInput {
  id: string;
  data: { title: string; status: string; personas: readonly { id: string }[]; discoveryQuestions: readonly { personas: readonly { id: string }[] }[] };
}

/**
 * The file of one language: the concepts in the order given, `otherLang` giving a concept's
 * language where it differs from the page's, `knownPersona` leaving out persona ids that name
 * no published persona (the practice page would have no name to show for them), and personas
 * no discovery question is meant for left out too (no practice round could be won).
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
        personas: practicePersonas(
          concept.data.personas.map((p) => p.id).filter(knownPersona),
          concept.data.discoveryQuestions.map((q) => ({ personas: q.personas.map((p) => p.id) })),
        ),
      };
    }),
  };
}

/**
 * The file as read in the browser. The build wrote it, so it is trusted for its shape, but an
 * answer that is no concept list (a sign-in page, say) fails, and an entry without an id and a
 * title is left out rather than shown blank.
 */
export function readConceptPickerFile(value: unknown): PickerConcept[] {
  const list = (value as { concepts?: unknown } | null)?.concepts;
  if (!Array.isArray(list)) throw new Error('not a concept list');
  return (list as Partial<PickerConcept>[]).filter((c): c is PickerConcept => typeof c?.id === 'string' && typeof c.title === 'string');
}
