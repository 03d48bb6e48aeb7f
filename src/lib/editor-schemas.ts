import { collectionRegistry, registryEntries, type CollectionRegistry } from '../schemas/collections.ts';
import { collectionSchemas, toAuthorJsonSchema, type JsonSchema } from './content-json-schema.ts';

/** Folder of the generated schemas and the settings file that wires them, from the repository root. */
export const editorSchemaDir = '.vscode/schemas';
export const editorSettingsFile = '.vscode/settings.json';

export interface EditorSchemaFile {
  collection: string;
  /** Path from the repository root, e.g. `.vscode/schemas/products.schema.json`. */
  path: string;
  /** Globs (from the repository root) of the files the schema validates. */
  globs: string[];
  schema: JsonSchema;
}

/**
 * JSON Schemas for the collections written as whole YAML files, for the VS Code YAML extension.
 * Concepts live in MDX frontmatter, which the YAML extension does not validate; the checker does.
 */
/**
 * Every `lang` field (an entry's, an asset's) limited to the playbook's locales, so the editor
 * underlines `lang: de` the way the checker refuses it. The content schemas only check the
 * shape of a language code: the locales are configuration, which rules read.
 */
function withLocales(node: unknown, locales: readonly string[]): unknown {
  if (Array.isArray(node)) return node.map((item) => withLocales(item, locales));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withLocales(value, locales)]));
  const properties = out.properties as Record<string, Record<string, unknown>> | undefined;
  const lang = properties?.lang;
  if (lang && lang.type === 'string') {
    const { pattern: _pattern, ...rest } = lang;
    properties.lang = { ...rest, enum: [...locales] };
  }
  return out;
}

export function editorSchemas(
  contentDir: string,
  registry: CollectionRegistry = collectionRegistry,
  /** The playbook's `locales`; every `lang` field accepts only these. */
  locales?: readonly string[],
): EditorSchemaFile[] {
  const schemas = collectionSchemas(undefined, registry);
  const folder = contentDir.replace(/^\.\//, '').replace(/\/+$/, '');
  return registryEntries(registry)
    .filter((c) => c.format === 'yaml')
    .map(({ name, folder: collectionFolder, extensions }) => {
      const files = `${folder}/${collectionFolder}`;
      const authored = toAuthorJsonSchema(schemas[name]!);
      const { $schema, ...rest } = locales ? (withLocales(authored, locales) as typeof authored) : authored;
      return {
        collection: name,
        path: `${editorSchemaDir}/${name}.schema.json`,
        globs: extensions.map((ext) => `${files}/**/*${ext}`),
        schema: {
          $schema,
          $comment: `Generated from src/schemas by \`npm run schemas:editor\`; do not edit by hand.`,
          title: `Playbook ${name} entry (${files}/*.yaml)`,
          ...rest,
        },
      };
    });
}

/** The `yaml.schemas` setting of the YAML extension: schema file → globs it applies to. */
export function yamlSchemaSetting(files: EditorSchemaFile[]): Record<string, string[]> {
  return Object.fromEntries(files.map((f) => [`./${f.path}`, f.globs]));
}

/** Stable file text: two-space JSON with a final newline, so diffs stay small. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Settings with `yaml.schemas` replaced and every other setting kept as it was. */
export function withYamlSchemas(settings: Record<string, unknown>, files: EditorSchemaFile[]): Record<string, unknown> {
  return { ...settings, 'yaml.schemas': yamlSchemaSetting(files) };
}
