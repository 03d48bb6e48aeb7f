/**
 * The objections the field-note form asks about, for the chosen concept only: its learn file
 * (src/lib/drill-data.ts, `/learn/data/<concept>.json` in the page's language) is fetched when
 * the concept is chosen, and each objection becomes a copy of the page's `<template>`: a
 * fieldset of three radios named `objection-<concept>-<objection>`. So the page stays
 * the same size however many concepts the playbook has. The service worker keeps a loaded file,
 * so a concept chosen once is there offline. Texts go in as text, never as HTML.
 */
import type { ConceptLearnFile } from '../../lib/drill-data.ts';

/** What the form needs of a concept's learn file. */
export type ConceptObjections = Pick<ConceptLearnFile, 'lang' | 'objections' | 'industries' | 'personas'>;

/** The name of an objection's radio group. */
export const objectionField = (concept: string, objection: string) => `objection-${concept}-${objection}`;

/** A concept's file (`__id__` in the URL template stands for its id); fails on any answer but one with objections. */
export async function fetchConceptObjections(urlTemplate: string, concept: string): Promise<ConceptObjections> {
  const response = await fetch(urlTemplate.replace('__id__', encodeURIComponent(concept)));
  const file = (await response.json()) as ConceptObjections;
  if (!response.ok || !Array.isArray(file.objections)) throw new Error(`${concept}: ${response.status}`);
  return file;
}

/**
 * The radio groups of one concept's objections, from the page's template (one fieldset with a
 * legend and three radios). The group carries the concept's language where it differs from the
 * page's, as the concept's texts then do.
 */
export function objectionGroup(template: HTMLTemplateElement, concept: string, file: ConceptObjections, pageLang: string): HTMLElement {
  const group = document.createElement('div');
  group.className = 'grid gap-3';
  group.dataset.objectionsFor = concept;
  if (file.lang && file.lang !== pageLang) group.lang = file.lang;
  const model = template.content.firstElementChild;
  for (const { id, objection } of file.objections) {
    if (!model) break;
    const fieldset = model.cloneNode(true) as HTMLElement;
    fieldset.dataset.objection = id;
    const legend = fieldset.querySelector('legend');
    if (legend) legend.textContent = `“${objection}”`;
    for (const radio of fieldset.querySelectorAll('input')) radio.name = objectionField(concept, id);
    group.append(fieldset);
  }
  return group;
}
