/** Fills the `{name}` placeholders of a UI string; unknown names stay as written. Used by pages and client scripts. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
