import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/checker/load-content.ts';
import { readContentFiles } from '../../src/checker/read-content.ts';
import { conceptPageView, conceptSections, personaNames } from '../../src/lib/concept-page.ts';
import { t } from '../../src/lib/i18n.ts';
import { buildSiteIndex, type SiteContent } from '../../src/lib/site-index.ts';
import type { Concept } from '../../src/schemas/concepts.ts';

const { content } = loadContent(readContentFiles('content'));
const index = buildSiteIndex(content as unknown as SiteContent);
const flagship = index.conceptById.get('scrap-to-savings')!;

describe('concept page view', () => {
  it('lists every section the flagship has, in page order, with leads where the page shows one', () => {
    const view = conceptPageView(flagship, index, true, 'en');
    expect(view.sections.map((s) => s.id)).toEqual([
      'pitch', 'arguments', 'objections', 'offers', 'value', 'discovery', 'story', 'proof', 'pilot', 'kpis', 'assets', 'changes',
    ]);
    expect(view.sections.find((s) => s.id === 'offers')).toEqual({ id: 'offers', title: t('concept.bundles', 'en'), lead: t('concept.bundlesLead', 'en') });
    expect(view.sections.find((s) => s.id === 'kpis')).not.toHaveProperty('lead');
  });

  it('leaves out the sections a concept has nothing for', () => {
    const bare: Concept = { ...flagship.data, objections: [], valueModel: undefined, pilot: undefined, kpis: [], assets: [], changes: [] };
    expect(conceptSections(bare, false, 'en').map((s) => s.id)).toEqual(['pitch', 'arguments', 'offers', 'discovery', 'proof']);
  });

  it('shows the change log of a translation with no changes of its own when its history (the original’s) has entries', () => {
    const translation = { ...flagship, data: { ...flagship.data, changes: [] } };
    const withHistory = { ...index, changesOf: () => flagship.data.changes };
    expect(conceptPageView(translation, withHistory, true, 'nl').sections.map((s) => s.id)).toContain('changes');
    expect(conceptPageView(translation, { ...index, changesOf: () => [] }, true, 'nl').sections.map((s) => s.id)).not.toContain('changes');
  });

  it('gives the search filters of the concept, its personas and competitors included', () => {
    const { filters, isDraft } = conceptPageView(flagship, index, true, 'en');
    expect(isDraft).toBe(false);
    expect(filters.status).toBe('live');
    expect(filters.product).toContain('processlens');
    expect(filters.competitor).toEqual(expect.arrayContaining(['vantor-instruments', 'qualis-spc-cloud']));
    expect(filters).not.toHaveProperty('type');
  });

  it('points a retired concept to its published replacement', () => {
    const retired = index.concepts.find((c) => c.data.status === 'retired' && c.data.replacedBy);
    expect(retired).toBeDefined();
    expect(conceptPageView(retired!, index, true, 'en').replacement?.id).toBe(retired!.data.replacedBy!.id);
  });

  it('names known personas and skips unknown ids', () => {
    expect(personaNames(index, [{ id: 'quality-manager' }, { id: 'nobody' }, { id: 'plant-manager' }])).toBe(
      `${index.personaById.get('quality-manager')!.data.name}, ${index.personaById.get('plant-manager')!.data.name}`,
    );
  });
});
