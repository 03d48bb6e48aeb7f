/**
 * Writes the JSON Schemas of the YAML collections to .vscode/schemas/ and wires them into
 * .vscode/settings.json for the VS Code YAML extension (redhat.vscode-yaml).
 *
 *   npm run schemas:editor            write the files
 *   npm run schemas:editor -- --check exit 1 when a committed file is out of date
 *
 * Runs on Node 24 directly (type stripping); no build step.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  editorSchemas,
  editorSettingsFile,
  toJsonText,
  withYamlSchemas,
} from '../lib/editor-schemas.ts';
import { fieldReferenceFile, fieldReferenceMarkdown } from '../lib/field-reference-markdown.ts';
import { resolvePlaybookConfig } from '../lib/playbook-config.ts';
import { rulesFile, rulesMarkdown } from '../lib/rules-markdown.ts';
import { allRules } from '../rules/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every generated file with the text it should have, keyed by path from the repository root. */
export function expectedEditorFiles(repoRoot: string = root): Map<string, string> {
  // The committed settings use the configured folder, not a PLAYBOOK_CONTENT_DIR override.
  const { contentDir, rules, locales } = resolvePlaybookConfig({}, repoRoot);
  const schemas = editorSchemas(contentDir, undefined, locales);
  const files = new Map(schemas.map((s) => [s.path, toJsonText(s.schema)]));
  const settingsPath = resolve(repoRoot, editorSettingsFile);
  const settings = existsSync(settingsPath) ? (JSON.parse(readFileSync(settingsPath, 'utf8')) as Record<string, unknown>) : {};
  files.set(editorSettingsFile, toJsonText(withYamlSchemas(settings, schemas)));
  // The field reference as Markdown, for authors who read the repository on GitHub.
  files.set(fieldReferenceFile, fieldReferenceMarkdown(contentDir));
  // The rules table as Markdown, which the guide links to on GitHub.
  files.set(rulesFile, rulesMarkdown(allRules, rules));
  return files;
}

/** Paths whose committed text differs from what the generator writes. */
export function staleEditorFiles(repoRoot: string = root): string[] {
  return [...expectedEditorFiles(repoRoot)]
    .filter(([path, text]) => {
      const file = resolve(repoRoot, path);
      return !existsSync(file) || readFileSync(file, 'utf8') !== text;
    })
    .map(([path]) => path);
}

function main(args: string[]): number {
  if (args.includes('--check')) {
    const stale = staleEditorFiles();
    for (const path of stale) console.error(`${path} is out of date; run: npm run schemas:editor`);
    return stale.length > 0 ? 1 : 0;
  }
  for (const [path, text] of expectedEditorFiles()) {
    const file = resolve(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${path}`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
