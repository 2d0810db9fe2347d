// How deep a JSON text nests, read without parsing it. jsonc-parser recurses once per level, and so does everything
// that walks a parsed chart (the sanitiser, vega-lite, a worker's structured clone): a chart block or a
// `.market-notes.json` of 100,000 `[` overflowed the stack, and lint and render ended with an internal error. No
// chart or configuration comes near the limit; GeoJSON, the deepest data a chart holds inline, nests about eight.

/** How deep a chart spec or a configuration file may nest its arrays and objects. */
export const maxJsonNesting = 100;

/** What a problem says of such a text, at the bracket past the limit. */
export const nestedTooDeeply = `nested more than ${maxJsonNesting} levels deep`;

/**
 * The offset of the first `[` or `{` nested deeper than `limit`, or undefined. Strings and comments are skipped as
 * jsonc-parser reads them (a string ends at a line break), so its brackets are the ones counted here.
 */
export function tooDeeplyNestedAt(text: string, limit = maxJsonNesting): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === quote) {
      for (i++; i < text.length; i++) {
        const inString = text.charCodeAt(i);
        if (inString === backslash) i++;
        else if (inString === quote || inString === lineFeed || inString === carriageReturn) break;
      }
    } else if (code === slash && text.charCodeAt(i + 1) === slash) {
      const lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) break;
      i = lineEnd;
    } else if (code === slash && text.charCodeAt(i + 1) === star) {
      const commentEnd = text.indexOf('*/', i + 2);
      if (commentEnd < 0) break;
      i = commentEnd + 1;
    } else if (code === openBracket || code === openBrace) {
      if (++depth > limit) return i;
    } else if ((code === closeBracket || code === closeBrace) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

const quote = 0x22;
const backslash = 0x5c;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;
const slash = 0x2f;
const star = 0x2a;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const openBrace = 0x7b;
const closeBrace = 0x7d;
