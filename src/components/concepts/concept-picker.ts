/**
 * The concept choice of the field-note form and of pitch practice, and the names behind search's
 * concept facet, from the one concept list of the page's language (`/concepts/picker.json`,
 * src/lib/concept-picker.ts) instead of a list in every page. The file is fetched once per page
 * (the first caller starts it, later ones share it; a failed fetch may be tried again) and the
 * service worker keeps it as it passes, so a page used once online has it offline. Titles go in
 * as text, never as HTML.
 */
import { readConceptPickerFile, type PickerConcept } from '../../lib/concept-picker.ts';

let pending: Promise<PickerConcept[]> | undefined;
let pendingUrl = '';

/** The concepts of the list at `url`; a failed load is forgotten, so the next call tries again. */
export function loadConceptPicker(url: string): Promise<PickerConcept[]> {
  if (!pending || pendingUrl !== url) {
    pendingUrl = url;
    pending = fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return readConceptPickerFile(await response.json());
      })
      .catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
  }
  return pending;
}

/**
 * Fills a `<select>` with the active concepts, each marked with its language where it is not the
 * page's, after its first option if it has one (the form's "Choose…", the drill's "All"; practice's
 * select starts empty), and picks `value`, or the first option when `value` is not there (a retired concept).
 */
export function fillConceptSelect(
  select: HTMLSelectElement,
  concepts: readonly Pick<PickerConcept, 'id' | 'title' | 'lang' | 'active'>[],
  value: string,
): void {
  const options = concepts
    .filter((concept) => concept.active)
    .map((concept) => {
      const option = document.createElement('option');
      option.value = concept.id;
      option.textContent = concept.title;
      if (concept.lang) option.lang = concept.lang;
      return option;
    });
  select.replaceChildren(...[...select.options].slice(0, 1), ...options);
  select.value = value;
  // No option holds `value` (an empty select's value is '' too, so the index tells).
  if (select.selectedIndex < 0) select.selectedIndex = 0;
}
