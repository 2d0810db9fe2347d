/**
 * The item whose range [start, end) contains `at`, by binary search over items sorted by start whose ranges do not
 * overlap (mentions in a note, tables in a note).
 */
export function findContaining<T>(items: readonly T[], at: number, start: (item: T) => number, end: (item: T) => number): T | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = items[mid];
    if (at < start(item)) high = mid - 1;
    else if (at >= end(item)) low = mid + 1;
    else return item;
  }
  return undefined;
}

/** The index of the first item at or after `offset` (items sorted by offset: stamps, mentions), or items.length. */
export function firstAtOrAfter(items: ReadonlyArray<{ readonly offset: number }>, offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].offset < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
