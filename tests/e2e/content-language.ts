/**
 * Which language each text on a page is read in, against what it is: the words of the Dutch
 * interface (the Dutch dictionary and the rules table's Dutch, from src/rules) and what is
 * English (the content of entries that have no Dutch translation, and the rules' English). A
 * screen reader picks its voice from the nearest `lang`, so a Dutch label inside `lang="en"`, or
 * an English title without it, is read in the wrong voice.
 */
import type { Page } from '@playwright/test';
import { loadContent } from '../../src/checker/load-content.ts';
import { readContentFiles } from '../../src/checker/read-content.ts';
import { uiStrings, type Lang } from '../../src/lib/i18n.ts';
import { playbookConfig } from '../../src/lib/playbook-config.ts';
import { checkerFindings, codeParts, ruleText } from '../../src/lib/rules-table.ts';
import { allRules } from '../../src/rules/index.ts';
import { sharedId, translationLocale } from '../../src/lib/translations.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Punctuation and arrows around a label ("Bewijs:", "Kaart openen →"). */
const bare = (text: string) => squash(text).replace(/^[\s.,:;·/–—()“”"'→←↗+]+|[\s.,:;·/–—()“”"'→←↗+]+$/g, '');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rules table's lines in one language, as the page renders them: the text between the `code` parts. */
function ruleTextParts(lang: Lang): string[] {
  return [...allRules, ...checkerFindings]
    .flatMap((rule) => Object.values(ruleText(rule, lang)))
    .flatMap((text) => codeParts(text).filter((part) => !part.code).map((part) => squash(part.text)));
}

/**
 * The Dutch interface strings that differ from the English ones, each as a pattern a whole text
 * of the page matches, leaving out strings that say nothing about their language: a bare
 * placeholder, or the same words as an English string ("Pilot", "KPI"). A placeholder matches a
 * name, a number or a title (up to 120 characters, so "{shown} van {all}" does not match any
 * long English sentence with "van" in it); a string whose value at its start or end is an
 * element of its own (a concept title in its own `lang`) is matched without it too. The rules
 * table's Dutch joins them, line part by line part.
 */
export function dutchInterface(): RegExp[] {
  const { en, nl } = uiStrings;
  const english = new Set([...Object.values(en), ...ruleTextParts('en')].map(bare));
  const rules = ruleTextParts('nl')
    .map(bare)
    .filter((part) => (part.match(/\p{L}/gu) ?? []).length >= 3 && !english.has(part))
    .map((part) => new RegExp(`^${escape(part)}$`));
  const placeholder = /\{[a-z]+\}/gi;
  return Object.entries(nl).flatMap(([key, dutch]) => {
    if (dutch === en[key as keyof typeof en]) return [];
    const whole = bare(dutch);
    const variants = new Set([whole, bare(whole.replace(/^\{[a-z]+\}/i, '')), bare(whole.replace(/\{[a-z]+\}$/i, ''))]);
    return [...variants].flatMap((template) => {
      const letters = template.replace(placeholder, '').match(/\p{L}/gu) ?? [];
      if (letters.length < 3 || english.has(template)) return [];
      return [new RegExp(`^${template.split(placeholder).map(escape).join('.{1,120}')}$`, 's')];
    });
  }).concat(rules);
}

function stringsIn(value: unknown, into: string[]): string[] {
  if (typeof value === 'string') into.push(squash(value));
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object' && !(value instanceof Date)) for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

/**
 * Sentences of English entries that have no Dutch translation, as the source files hold them,
 * and the rules table's English (long enough to be telling, and not also in a Dutch file or the
 * rules' Dutch: names like "Qualis SPC Cloud").
 */
export function untranslatedEnglish(): string[] {
  const { content } = loadContent(readContentFiles('content'));
  const locales = playbookConfig.locales;
  const dutch: string[] = [];
  const english = new Map<string, string[]>();
  for (const [collection, entries] of Object.entries(content)) {
    if (!Array.isArray(entries)) continue;
    for (const entry of entries as { id: string; data: unknown }[]) {
      const strings = stringsIn(entry.data, []);
      if (translationLocale(entry.id, locales) === 'nl') dutch.push(...strings);
      else english.set(`${collection}:${entry.id}`, strings);
    }
    for (const entry of entries as { id: string }[]) {
      if (translationLocale(entry.id, locales) === 'nl') english.delete(`${collection}:${sharedId(entry.id, locales)}`);
    }
  }
  const dutchText = `${dutch.join('\n')}\n${Object.values(uiStrings.nl).join('\n')}\n${ruleTextParts('nl').join('\n')}`;
  const sentences = new Set([...english.values(), ruleTextParts('en')].flat().filter((s) => s.length >= 16 && /\s\S+\s/.test(s) && !dutchText.includes(s)));
  return [...sentences];
}

/** Every text node of the page that a screen reader may read (hidden ones too: they are shown later), with the language it is read in. */
export async function textsWithLanguage(page: Page): Promise<{ text: string; lang: string; where: string }[]> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: { text: string; lang: string; where: string }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Parts kept from screen readers (the printed brief, visual duplicates) are not read in any voice.
      // Code is neither language (a guide quoting the Dutch unit words `dagen`, `uur`).
      // An SVG's <title> is its accessible name, which a screen reader reads as one string in the
      // page's voice: it cannot carry a second language for a concept title inside it (its data
      // table's caption does, and is checked).
      if (!parent || parent.closest('script, style, noscript, code, [aria-hidden="true"], svg > title') || !node.textContent?.trim()) continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      const where = parent.closest('[id]')?.id ?? parent.tagName.toLowerCase();
      texts.push({ text: node.textContent, lang, where });
    }
    return texts;
  });
}

/** Dutch interface text marked English, and English content read as Dutch, on the page as it is now. */
export async function languageSlips(page: Page, dictionary = dutchInterface(), english = untranslatedEnglish()): Promise<string[]> {
  const slips: string[] = [];
  for (const { text, lang, where } of await textsWithLanguage(page)) {
    const plain = squash(text);
    if (lang === 'en') {
      if (dictionary.some((pattern) => pattern.test(bare(plain)))) slips.push(`Dutch in lang=en (#${where}): “${plain}”`);
    } else if (lang === 'nl') {
      const sentence = english.find((s) => plain.includes(s));
      if (sentence) slips.push(`English without lang=en (#${where}): “${sentence.slice(0, 60)}”`);
    }
  }
  return slips;
}
