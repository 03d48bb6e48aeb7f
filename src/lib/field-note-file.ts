/**
 * A field note as a file: what the form on the site, `npm run new -- field-note` and the CSV
 * import all write. Pure and free of Node and zod, because the form's browser script uses it too;
 * what a valid note is stays the schema's business (src/schemas/field-notes.ts), which the
 * checker applies to every file this module writes.
 */

export const noteOutcomes = ['won', 'lost', 'open'] as const;
export type NoteOutcome = (typeof noteOutcomes)[number];

/** Everything a note says, as plain values (dates as YYYY-MM-DD text). */
export interface FieldNoteDraft {
  date: string;
  author?: string | undefined;
  concept: string;
  industry: string;
  persona: string;
  outcome: NoteOutcome;
  objectionsHeard: { objection: string; handled: boolean }[];
  newObjections: string[];
  worked: string;
  didNotWork: string;
  /** Free Markdown after the frontmatter, optional. */
  body?: string | undefined;
}

/** A YAML string that cannot be misread: JSON strings are valid YAML double-quoted scalars. */
const q = (text: string) => JSON.stringify(text);
/** One line, no control characters: a note's fields are sentences, never layout. */
const line = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();

/** The text of the note's `.md` file: frontmatter in the schema's field order, then the body. */
export function composeFieldNote(draft: FieldNoteDraft): string {
  const out = ['---', `date: ${draft.date}`];
  const author = line(draft.author ?? '');
  if (author) out.push(`author: ${q(author)}`);
  out.push(`concept: ${draft.concept}`, `industry: ${draft.industry}`, `persona: ${draft.persona}`, `outcome: ${draft.outcome}`);
  if (draft.objectionsHeard.length === 0) out.push('objectionsHeard: []');
  else {
    out.push('objectionsHeard:');
    for (const heard of draft.objectionsHeard) out.push(`  - objection: ${heard.objection}`, `    handled: ${heard.handled}`);
  }
  const fresh = draft.newObjections.map(line).filter(Boolean);
  if (fresh.length === 0) out.push('newObjections: []');
  else out.push('newObjections:', ...fresh.map((text) => `  - ${q(text)}`));
  out.push(`worked: ${q(line(draft.worked))}`, `didNotWork: ${q(line(draft.didNotWork))}`, '---');
  const body = (draft.body ?? '').replace(/\r\n?/g, '\n').trim();
  return `${out.join('\n')}\n${body ? `\n${body}\n` : ''}`;
}

const slugLike = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A short, stable tag of a text (FNV-1a, base 36), so two notes of one day get two file names. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-5);
}

/**
 * Where the note goes in the content folder: `field-notes/<date>-<concept>-<tag>.md`, under
 * `field-notes/<lang>/` when it is written in another language than the default one (the
 * folder decides a note's language).
 */
export function fieldNotePath(draft: FieldNoteDraft, text: string, lang: string, defaultLang: string): string {
  const concept = slugLike.test(draft.concept) ? draft.concept : 'note';
  const folder = lang === defaultLang ? 'field-notes' : `field-notes/${lang}`;
  return `${folder}/${draft.date}-${concept}-${shortHash(text)}.md`;
}

/** A note ready to send: where it goes in the content folder, the name to download it under, and its text. */
export interface FieldNoteFile {
  path: string;
  fileName: string;
  text: string;
}

/**
 * The note as a file. A note in another language than the default one goes in that language's
 * folder, and a downloaded or e-mailed file loses its folder. So such a note says where it goes
 * three times: its file name starts with the language (`nl-2026-12-07-….md`), its first line
 * names its place (`# File: field-notes/nl/2026-12-07-….md`), and it carries `lang: nl`, which
 * the checker refuses in any other folder (rule translation-language), so it cannot end up
 * filed as a note of the default language.
 */
export function fieldNoteFile(draft: FieldNoteDraft, lang: string, defaultLang: string): FieldNoteFile {
  const own = lang !== defaultLang;
  const plain = composeFieldNote(draft);
  const path = fieldNotePath(draft, plain, lang, defaultLang);
  const name = path.split('/').pop() ?? 'field-note.md';
  if (!own) return { path, fileName: name, text: plain };
  const [open, ...rest] = plain.split('\n');
  const end = rest.indexOf('---');
  rest.splice(end, 0, `lang: ${lang}`);
  return { path, fileName: `${lang}-${name}`, text: [open, `# File: ${path}`, ...rest].join('\n') };
}

/** What keeps a draft from being a valid note, as field names (the form marks those fields). */
export function missingFields(draft: FieldNoteDraft): (keyof FieldNoteDraft)[] {
  const missing: (keyof FieldNoteDraft)[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) missing.push('date');
  for (const key of ['concept', 'industry', 'persona'] as const) if (!slugLike.test(draft[key])) missing.push(key);
  if (!(noteOutcomes as readonly string[]).includes(draft.outcome)) missing.push('outcome');
  const says =
    draft.objectionsHeard.length > 0 || draft.newObjections.some((text) => line(text) !== '') || line(draft.worked) !== '' || line(draft.didNotWork) !== '';
  if (!says) missing.push('worked');
  return missing;
}

/** A `mailto:` link with the note as the message (RFC 6068: every part percent-encoded). */
export function mailtoHref(inbox: string, subject: string, text: string): string {
  return `mailto:${encodeURIComponent(inbox).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text.replace(/\n/g, '\r\n'))}`;
}

/**
 * GitHub's page for a new file, prefilled: /new/<branch>?filename=<path>&value=<text>. The
 * repository's own review (pull request, checks) then takes over.
 */
export function newFileHref(repositoryUrl: string, branch: string, path: string, text: string): string {
  const repo = repositoryUrl.replace(/\/+$/, '').replace(/\.git$/, '');
  const query = new URLSearchParams({ filename: path, value: text });
  return `${repo}/new/${branch.split('/').map(encodeURIComponent).join('/')}?${query.toString()}`;
}
