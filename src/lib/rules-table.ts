/**
 * The rules table of the authoring guide, built from the rules themselves: id, the severity
 * this playbook runs it with, what it checks and what to do about a finding, in the page's
 * language (each rule carries its English and, under `translations`, the other languages).
 */
import { allowedPublicExtensions, publicFilesRuleId } from '../checker/public-files.ts';
import { effectiveSeverity, type SeverityOverrides } from '../rules/engine.ts';
import { mdxSafeText } from '../rules/mdx-safe.ts';
import { andList } from './text.ts';
import type { Lang } from './i18n.ts';
import type { Rule, RuleDescription } from '../rules/types.ts';

export interface RuleRow {
  id: string;
  severity: 'error' | 'warning' | 'off';
  checks: string;
  fix: string;
}

const extensions = allowedPublicExtensions.map((ext) => ext.slice(1));

/** What the checker itself reports while reading files, always as errors (no severity to configure). */
export const checkerFindings: readonly RuleDescription[] = [
  mdxSafeText,
  {
    id: publicFilesRuleId,
    description: `Files under \`public/\` are ${andList(extensions)}, and SVG images hold drawing elements only.`,
    fix: 'Remove the file, or save it as one of the listed types (an SVG without scripts, event attributes or links out).',
    translations: {
      nl: {
        description: `Bestanden in \`public/\` zijn van het type ${new Intl.ListFormat('nl', { type: 'disjunction' }).format(extensions)}, en SVG-afbeeldingen bevatten alleen tekenelementen.`,
        fix: 'Haal het bestand weg, of sla het op als een van de genoemde typen (een SVG zonder scripts, event-attributen of links naar buiten).',
      },
    },
  },
  {
    id: 'schema',
    description: 'Each field has the type and value its schema allows, as the field reference lists them.',
    fix: 'Correct the field as the message says: add a missing field, fix a type, or use an allowed value.',
    translations: {
      nl: {
        description: 'Elk veld heeft het type en de waarde die zijn schema toestaat, zoals het veldenoverzicht ze noemt.',
        fix: 'Verbeter het veld zoals de melding zegt: vul een ontbrekend veld in, pas het type aan of kies een toegestane waarde.',
      },
    },
  },
  {
    id: 'yaml-syntax',
    description: 'A YAML file or an MDX frontmatter can be read as fields.',
    fix: 'Fix the text at the line the message names (indentation, a missing colon or quote).',
    translations: {
      nl: {
        description: 'Een YAML-bestand of de frontmatter van een MDX-bestand is als velden te lezen.',
        fix: 'Verbeter de tekst op de regel die de melding noemt (inspringing, een ontbrekende dubbele punt of een aanhalingsteken).',
      },
    },
  },
  {
    id: 'mdx-syntax',
    description: 'An MDX file has its frontmatter between `---` lines and a body that parses.',
    fix: 'Fix the text at the line the message names.',
    translations: {
      nl: {
        description: 'Een MDX-bestand heeft zijn frontmatter tussen twee `---`-regels en een hoofdtekst die goed te lezen is.',
        fix: 'Verbeter de tekst op de regel die de melding noemt.',
      },
    },
  },
  {
    id: 'csv-syntax',
    description: 'A CSV table (metrics) has a header line naming its columns, and every line fits it.',
    fix: 'Fix the cell or header the message names: rename the column, remove extra cells, close a quote.',
    translations: {
      nl: {
        description: 'Een CSV-tabel (metrics) heeft een kopregel met de namen van de kolommen, en elke regel past daarbij.',
        fix: 'Verbeter de cel of kop die de melding noemt: hernoem de kolom, haal overtollige cellen weg of sluit een aanhalingsteken.',
      },
    },
  },
  {
    id: 'content-files',
    description: 'Every file and folder in the content folder is one the site reads.',
    fix: 'Rename or move the file as the message says, or save it as UTF-8.',
    translations: {
      nl: {
        description: 'Elk bestand en elke map in de contentmap is er een die de site leest.',
        fix: 'Hernoem of verplaats het bestand zoals de melding zegt, of sla het op als UTF-8.',
      },
    },
  },
  {
    id: 'config',
    description: 'Each setting in `playbook.config.ts` exists and has a value it allows (a bad one stops every command before the content is checked), each rule named under `rules` exists, and none of the rules in this list (always errors) is set to "off" or "warning".',
    fix: 'Correct the setting or the rule id as the message says (it names the allowed values and the nearest name), or remove the setting.',
    translations: {
      nl: {
        description: 'Elke instelling in `playbook.config.ts` bestaat en heeft een toegestane waarde (een foute waarde houdt elke opdracht tegen nog voor de inhoud wordt gecontroleerd), elke regel onder `rules` bestaat echt, en geen van de regels in deze lijst (altijd fouten) staat op „off” of „warning”.',
        fix: 'Verbeter de instelling of de id van de regel zoals de melding zegt (die noemt de toegestane waarden en de naam die er het dichtst bij ligt), of haal de instelling weg.',
      },
    },
  },
  {
    id: 'internal-error',
    description: 'The checker itself ran through on the file.',
    fix: "Report the file to the playbook's maintainers; the other findings are still valid.",
    translations: {
      nl: {
        description: 'De checker zelf kwam zonder vast te lopen door het bestand heen.',
        fix: 'Meld het bestand bij de beheerders van het playbook; de andere meldingen blijven geldig.',
      },
    },
  },
];

/** A rule's two lines in one language: its own English, or its translation. */
export function ruleText(rule: RuleDescription, lang: Lang = 'en'): { checks: string; fix: string } {
  const text = lang === 'en' ? rule : rule.translations[lang];
  return { checks: text.description, fix: text.fix };
}

export function rulesTable(rules: readonly Rule[], overrides: SeverityOverrides = {}, lang: Lang = 'en'): RuleRow[] {
  return [
    ...rules.map((rule) => ({ id: rule.id, severity: effectiveSeverity(rule, overrides), ...ruleText(rule, lang) })),
    ...checkerFindings.map((row) => ({ id: row.id, severity: 'error' as const, ...ruleText(row, lang) })),
  ];
}

/** Splits a line on `backticks` into text and code parts, for rendering. */
export function codeParts(text: string): { code: boolean; text: string }[] {
  return text
    .split('`')
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((part) => part.text !== '');
}
