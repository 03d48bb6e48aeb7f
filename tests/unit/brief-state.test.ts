import { describe, expect, it } from 'vitest';
import { keepInputs, readBriefState, readRecent, recentLimit, rememberBrief, writeBriefState, type KnownIds } from '../../src/lib/brief-state.ts';

const known: KnownIds = {
  industries: new Set(['food-and-beverage']),
  personas: new Set(['plant-manager', 'purchasing-manager']),
  competitors: new Set(['qualis-spc-cloud']),
  products: new Set(['lm-400']),
  concepts: new Set(['fill-to-the-line']),
};

describe('the brief in its URL', () => {
  it('restores what was written', () => {
    const query = writeBriefState({
      selection: { industry: 'food-and-beverage', personas: ['plant-manager', 'purchasing-manager'], competitor: 'qualis-spc-cloud', owns: ['lm-400'], concept: 'fill-to-the-line' },
      customer: 'Havelland',
      handoutLang: 'nl',
      inputs: { 'packs-per-year': '30000000', 'cost-per-gram': '0,0012' },
    });
    expect(query).toBe(
      'industry=food-and-beverage&persona=plant-manager&persona=purchasing-manager&competitor=qualis-spc-cloud&owns=lm-400&concept=fill-to-the-line&customer=Havelland&hl=nl&v.cost-per-gram=0%2C0012&v.packs-per-year=30000000',
    );
    const state = readBriefState(query, known, ['en', 'nl']);
    expect(state.selection.personas).toEqual(['plant-manager', 'purchasing-manager']);
    expect(state.inputs).toEqual({ 'packs-per-year': '30000000', 'cost-per-gram': '0,0012' });
    expect(state.handoutLang).toBe('nl');
    expect(state.dropped).toEqual([]);
  });

  it('drops unknown ids and says which, keeping the rest', () => {
    const state = readBriefState('industry=mining&persona=plant-manager&persona=ceo&owns=lm-999&competitor=acme&concept=nope&hl=fr&v.bad%20id=3', known, ['en', 'nl']);
    expect(state.selection).toEqual({ industry: undefined, personas: ['plant-manager'], competitor: undefined, owns: [], concept: undefined });
    expect(state.dropped).toEqual([
      { kind: 'industry', value: 'mining' },
      { kind: 'persona', value: 'ceo' },
      { kind: 'competitor', value: 'acme' },
      { kind: 'product', value: 'lm-999' },
      { kind: 'concept', value: 'nope' },
      { kind: 'input', value: 'bad id' },
    ]);
    expect(state.handoutLang).toBeUndefined();
  });

  it('keeps a customer name as typed text, control characters out and length bounded', () => {
    expect(readBriefState('customer=%3Cb%3Ex%3C%2Fb%3E', known).customer).toBe('<b>x</b>');
    expect(readBriefState(`customer=a%00b${'c'.repeat(200)}`, known).customer).toHaveLength(80);
  });

  it('keeps the offer chosen for the hand-out, after the language, and only as an id', () => {
    const query = writeBriefState({ selection: { personas: [], owns: [], concept: 'fill-to-the-line' }, customer: '', handoutLang: 'nl', offer: 'give-away-control', inputs: {} });
    expect(query).toBe('concept=fill-to-the-line&hl=nl&offer=give-away-control');
    expect(readBriefState(query, known, ['en', 'nl']).offer).toBe('give-away-control');
    expect(readBriefState('offer=%3Cscript%3E', known).offer).toBeUndefined();
    expect(readBriefState('industry=food-and-beverage', known).offer).toBeUndefined();
  });

  it('drops calculator figures the concept does not have', () => {
    const state = keepInputs(readBriefState('v.packs-per-year=5&v.old-input=3', known), ['packs-per-year']);
    expect(state.inputs).toEqual({ 'packs-per-year': '5' });
    expect(state.dropped).toEqual([{ kind: 'input', value: 'old-input' }]);
  });
});

describe('recent briefs', () => {
  const brief = (n: number) => ({ query: `industry=x${n}`, label: `Brief ${n}`, savedOn: '2026-12-01' });

  it('keeps the latest few, newest first, each once', () => {
    let stored: string | null = null;
    for (let n = 0; n < recentLimit + 2; n++) stored = rememberBrief(stored, brief(n));
    stored = rememberBrief(stored, brief(3));
    const recent = readRecent(stored);
    expect(recent).toHaveLength(recentLimit);
    expect(recent.map((r) => r.label)).toEqual(['Brief 3', 'Brief 6', 'Brief 5', 'Brief 4', 'Brief 2']);
  });

  it('ignores whatever else is in storage', () => {
    expect(readRecent('not json')).toEqual([]);
    expect(readRecent(JSON.stringify({ version: 2, briefs: [brief(1)] }))).toEqual([]);
    expect(readRecent(JSON.stringify({ version: 1, briefs: [brief(1), { query: 1 }, { ...brief(2), savedOn: 'yesterday' }] }))).toEqual([brief(1)]);
  });
});
