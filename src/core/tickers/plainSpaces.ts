// Text pasted from web pages and word processors carries Unicode spaces where the writer meant a space: the
// no-break space (`&nbsp;`, as press releases put it in "(NASDAQ:&nbsp;AAPL)" and "Ford Motor&nbsp;(F)"), the
// narrow one French copy puts before a colon, thin and figure spaces. The scans read only spaces and tabs as blanks
// (as Markdown does) and their phrases are written with plain spaces: a note is read with each of these as a space.
// One UTF-16 code unit stands for one, so every offset, line and column stays the note's own.

const hasUnicodeSpace = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const unicodeSpaces = new RegExp(hasUnicodeSpace.source, 'g');

/** The text with every Unicode space a plain one; the same string when it has none. */
export function withPlainSpaces(text: string): string {
  return hasUnicodeSpace.test(text) ? text.replace(unicodeSpaces, ' ') : text;
}
