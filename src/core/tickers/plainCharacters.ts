// Text pasted from web pages, word processors and translated press releases carries characters that stand for plain
// ones, and the scans (and lint's phrases) are written for plain ones. A note is read with each of them as its plain
// character; one UTF-16 code unit stands for one, so every offset, line and column stays the note's own.
// - Unicode spaces where the writer meant a space: the no-break space (`&nbsp;`, as press releases put it in
//   "(NASDAQ:&nbsp;AAPL)" and "Ford Motor&nbsp;(F)"), the narrow one French copy puts before a colon, thin and
//   figure spaces, the ideographic space.
// - Full-width forms (U+FF01–U+FF5E), as releases written in Chinese or Japanese and translated keep them:
//   "Baidu（NASDAQ：BIDU）", "＄１２０.５０". Each is its ASCII character.
// - Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) that a page's markup leaves between words and after
//   punctuation ("(NASDAQ:\u200BAAPL)"): a space where one side is no letter or digit. Between two letters one
//   splits a word, and a space would too; there it is left as written.

const hasPlainable = /[\u00A0\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF\uFF01-\uFF5E]/;
const unicodeSpaces = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const fullWidthForms = /[\uFF01-\uFF5E]/g;
const zeroWidthBeside = /(?<![\p{L}\p{N}])[\u200B-\u200D\u2060\uFEFF]|[\u200B-\u200D\u2060\uFEFF](?![\p{L}\p{N}])/gu;
/** From a full-width form to its ASCII character. */
const fullWidthOffset = 0xff01 - 0x21;

/** The text with each of those characters as its plain one; the same string when it has none. */
export function withPlainCharacters(text: string): string {
  if (!hasPlainable.test(text)) return text;
  return text
    .replace(unicodeSpaces, ' ')
    .replace(fullWidthForms, (form) => String.fromCharCode(form.charCodeAt(0) - fullWidthOffset))
    .replace(zeroWidthBeside, ' ');
}
