/** The shape every content entry has (Astro's entries and the checker's fit it), and lookups over lists of them. */
export interface Entry<T> {
  id: string;
  data: T;
}

/** Entries by id. */
export function byId<E extends { id: string }>(entries: readonly E[]): Map<string, E> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** Orders entries by their `name` (products, personas, industries, competitors), then id. */
export function compareByName(a: { id: string; data: { name: string } }, b: { id: string; data: { name: string } }): number {
  return a.data.name.localeCompare(b.data.name) || a.id.localeCompare(b.id);
}

/** The entries sorted by name, as a new list. */
export function sortByName<E extends { id: string; data: { name: string } }>(entries: Iterable<E>): E[] {
  return [...entries].sort(compareByName);
}
