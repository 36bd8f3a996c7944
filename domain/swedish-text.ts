// Small helpers for composing Swedish user-facing messages.

/** Joins names as Swedish prose: "A", "A och B", "A, B och C". */
export function joinSwedish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}
