// A short key for a text: equal texts, equal keys. The preview script compares keys to tell an unchanged chart
// from a changed one without comparing whole specs (a market-bound one carries its data). FNV-1a over UTF-16 code
// units, twice with different seeds (64 bits in all), plus the length: collisions between a note's blocks are
// not a practical concern, and a collision would only keep one stale chart until the next edit.

export function contentKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 13);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}-${text.length.toString(36)}`;
}
