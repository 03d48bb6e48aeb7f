/**
 * Reads a number as a person types it into a text field, whatever the browser's language:
 * "11,80" and "11.80" are both 11.8. A comma or a point is the decimal separator when that is
 * unambiguous; one separator followed by exactly three digits ("1,500", "12.000") is read as
 * thousands and flagged `ambiguous`, so the form can say how it read it. A trailing "%" is
 * allowed ("30%" is 30, for the fields whose unit is %). Pure; shared by the
 * value calculator's page and its client script.
 */

export type ParsedNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; ambiguous: boolean }
  | { kind: 'error'; reason: 'invalid' | 'negative' };

const invalid: ParsedNumber = { kind: 'error', reason: 'invalid' };

/** Digits with optional group separators `sep` in groups of three ("1,234,567"). */
function grouped(text: string, sep: string): string | null {
  const parts = text.split(sep);
  const [first = '', ...rest] = parts;
  if (!/^\d{1,3}$/.test(first) || rest.length === 0 || !rest.every((part) => /^\d{3}$/.test(part))) return null;
  return parts.join('');
}

function result(digits: string, ambiguous = false): ParsedNumber {
  const value = Number(digits);
  return Number.isFinite(value) ? { kind: 'number', value, ambiguous } : invalid;
}

export function parseNumberInput(raw: string): ParsedNumber {
  // Spaces (also non-breaking and thin ones) only ever group digits: "12 000".
  let text = raw.trim().replace(/(?<=\d)[\s\u00a0\u202f](?=\d)/g, '');
  if (text === '') return { kind: 'empty' };
  // A percent sign after the number ("30%", "30 %") is how people write a percentage field.
  text = text.replace(/(?<=\d)[\s\u00a0\u202f]*%$/, '');
  let negative = false;
  if (/^[-\u2212]/.test(text)) {
    negative = true;
    text = text.slice(1);
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return invalid;
  const parsed = parseUnsigned(text);
  if (parsed.kind === 'number' && negative) {
    return parsed.value === 0 ? parsed : { kind: 'error', reason: 'negative' };
  }
  return parsed;
}

function parseUnsigned(text: string): ParsedNumber {
  const commas = text.split(',').length - 1;
  const points = text.split('.').length - 1;
  if (commas === 0 && points === 0) return result(text);
  if (commas > 0 && points > 0) {
    // Both: the last one is the decimal separator, the other groups thousands.
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const at = text.lastIndexOf(decimal);
    const whole = text.slice(0, at);
    const fraction = text.slice(at + 1);
    if (whole.includes(decimal) || !/^\d*$/.test(fraction)) return invalid;
    const digits = grouped(whole, group);
    return digits === null ? invalid : result(`${digits}.${fraction || '0'}`);
  }
  const sep = commas > 0 ? ',' : '.';
  if (commas + points > 1) {
    const digits = grouped(text, sep);
    return digits === null ? invalid : result(digits);
  }
  const [whole = '', fraction = ''] = text.split(sep);
  if (/^[1-9]\d{0,2}$/.test(whole) && /^\d{3}$/.test(fraction)) return result(whole + fraction, true);
  return result(`${whole || '0'}.${fraction || '0'}`);
}
