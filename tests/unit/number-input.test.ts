import { describe, expect, it } from 'vitest';
import { parseNumberInput } from '../../src/lib/number-input.ts';

describe('parseNumberInput', () => {
  it('reads a comma or a point as the decimal separator when that is unambiguous', () => {
    expect(parseNumberInput('11,80')).toEqual({ kind: 'number', value: 11.8, ambiguous: false });
    expect(parseNumberInput('1.5')).toEqual({ kind: 'number', value: 1.5, ambiguous: false });
    expect(parseNumberInput(' 720 ')).toEqual({ kind: 'number', value: 720, ambiguous: false });
    expect(parseNumberInput('0,500')).toEqual({ kind: 'number', value: 0.5, ambiguous: false });
    expect(parseNumberInput(',5')).toEqual({ kind: 'number', value: 0.5, ambiguous: false });
    expect(parseNumberInput('12.')).toEqual({ kind: 'number', value: 12, ambiguous: false });
  });

  it('reads one separator before exactly three digits as thousands, and says so', () => {
    expect(parseNumberInput('1,500')).toEqual({ kind: 'number', value: 1500, ambiguous: true });
    expect(parseNumberInput('12.000')).toEqual({ kind: 'number', value: 12000, ambiguous: true });
  });

  it('reads grouped thousands with a decimal part, and repeated group separators', () => {
    expect(parseNumberInput('12,000.50')).toEqual({ kind: 'number', value: 12000.5, ambiguous: false });
    expect(parseNumberInput('12.000,50')).toEqual({ kind: 'number', value: 12000.5, ambiguous: false });
    expect(parseNumberInput('1,234,567')).toEqual({ kind: 'number', value: 1234567, ambiguous: false });
    expect(parseNumberInput('12 000')).toEqual({ kind: 'number', value: 12000, ambiguous: false });
  });

  it('tells an empty field apart from a number', () => {
    expect(parseNumberInput('')).toEqual({ kind: 'empty' });
    expect(parseNumberInput('   ')).toEqual({ kind: 'empty' });
  });

  it('takes a percent sign after the number, as people type a percentage', () => {
    expect(parseNumberInput('30%')).toEqual({ kind: 'number', value: 30, ambiguous: false });
    expect(parseNumberInput('12,5 %')).toEqual({ kind: 'number', value: 12.5, ambiguous: false });
    expect(parseNumberInput('%')).toEqual({ kind: 'error', reason: 'invalid' });
    expect(parseNumberInput('30%%')).toEqual({ kind: 'error', reason: 'invalid' });
  });

  it('rejects negative numbers', () => {
    expect(parseNumberInput('-5')).toEqual({ kind: 'error', reason: 'negative' });
    expect(parseNumberInput('−11,80')).toEqual({ kind: 'error', reason: 'negative' });
  });

  it('rejects anything else', () => {
    for (const text of ['abc', '12a', '1e5', '1,2,3', '1.234,5.6', '1,23,456', '..', ',', '12,000.5,0', 'NaN', 'Infinity', '0x10', '1_000', '+-3']) {
      expect(parseNumberInput(text), text).toEqual({ kind: 'error', reason: 'invalid' });
    }
  });
});
