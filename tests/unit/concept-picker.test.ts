/**
 * The concept list behind the concept pickers and search's concept facet (issue 17, bounded
 * pages): what the build writes, and what the browser accepts of it.
 */
import { describe, expect, it } from 'vitest';
import { conceptPickerFile, readConceptPickerFile } from '../../src/lib/concept-picker.ts';

const asked = (...ids: string[]) => ({ personas: ids.map((id) => ({ id })) });
const concepts = [
  { id: 'scrap-to-savings', data: { title: 'Van afkeur naar besparing', status: 'live', personas: [{ id: 'finance-controller' }, { id: 'gone-persona' }], discoveryQuestions: [asked('finance-controller', 'gone-persona')] } },
  { id: 'every-part-inline', data: { title: 'Every part, measured in line', status: 'pilot', personas: [], discoveryQuestions: [] } },
  { id: 'gauge-at-every-station', data: { title: 'A gauge at every station', status: 'retired', personas: [{ id: 'quality-manager' }], discoveryQuestions: [asked()] } },
];

describe('conceptPickerFile', () => {
  it('lists every concept in order with its title, its language where it is not the page’s, whether it is active and its known personas', () => {
    const file = conceptPickerFile(concepts, (id) => (id === 'every-part-inline' ? 'en' : undefined), (id) => id !== 'gone-persona');
    expect(file).toEqual({
      concepts: [
        { id: 'scrap-to-savings', title: 'Van afkeur naar besparing', active: true, personas: ['finance-controller'] },
        { id: 'every-part-inline', title: 'Every part, measured in line', lang: 'en', active: true, personas: [] },
        { id: 'gauge-at-every-station', title: 'A gauge at every station', active: false, personas: ['quality-manager'] },
      ],
    });
  });

  it('offers practice only the personas a discovery question is meant for, or all of them when one is meant for everyone', () => {
    const personas = [{ id: 'quality-manager' }, { id: 'purchasing-manager' }, { id: 'plant-manager' }];
    const audit = { id: 'audit-ready-gauges', data: { title: 'Audit-ready gauge control', status: 'live', personas, discoveryQuestions: [asked('plant-manager', 'metrology-technician'), asked('quality-manager')] } };
    const generic = { ...audit, id: 'generic', data: { ...audit.data, discoveryQuestions: [asked('quality-manager'), asked()] } };
    const [first, second] = conceptPickerFile([audit, generic], () => undefined, () => true).concepts;
    expect(first!.personas).toEqual(['quality-manager', 'plant-manager']);
    expect(second!.personas).toEqual(['quality-manager', 'purchasing-manager', 'plant-manager']);
  });
});

describe('readConceptPickerFile', () => {
  it('reads what the build wrote', () => {
    const file = conceptPickerFile(concepts, () => undefined, () => true);
    expect(readConceptPickerFile(JSON.parse(JSON.stringify(file)))).toEqual(file.concepts);
  });

  it('drops entries without an id and a title, and fails on an answer that is no concept list', () => {
    const kept = { id: 'a', title: 'A', active: true, personas: ['p'] };
    expect(readConceptPickerFile({ concepts: [null, { id: 1, title: 'x' }, { id: 'b' }, kept] })).toEqual([kept]);
    expect(() => readConceptPickerFile('<!doctype html>')).toThrow();
    expect(() => readConceptPickerFile({ concepts: {} })).toThrow();
  });
});
