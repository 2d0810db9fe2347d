/** Two lists each sorted by `key`, merged into one sorted list in linear time (stable: ties keep `a` first). */
export function mergeSorted<T>(a: readonly T[], b: readonly T[], key: (item: T) => number, out: T[] = []): T[] {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(key(b[j]) < key(a[i]) ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
