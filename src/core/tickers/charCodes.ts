// ASCII character classes by UTF-16 code, for the scans that read a note character by character (no regex per
// character, no string per character). Tickers, prefixes and codes are ASCII; anything else is "not one of these".

export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

export function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isLetter(code: number): boolean {
  return isUpper(code) || isLower(code);
}

export function isUpperOrDigit(code: number): boolean {
  return isUpper(code) || isDigit(code);
}

export function isAlphanumeric(code: number): boolean {
  return isLetter(code) || isDigit(code);
}

/** A blank within a line: a space or a tab. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** Past the blanks (spaces, tabs) from `at`. */
export function skipBlanks(segment: string, at: number): number {
  while (isBlank(segment.charCodeAt(at))) at++;
  return at;
}

/** Markdown's emphasis marks: `*` and `_`. */
export function isEmphasis(code: number): boolean {
  return code === 42 /* * */ || code === 95; /* _ */
}

/** What may open a Markdown line before its text: blanks, emphasis, a bullet (`-`, `+`), a quote's `>`, a heading's `#`. */
export function isLineOpeningMark(code: number): boolean {
  return isBlank(code) || isEmphasis(code) || code === 45 /* - */ || code === 43 /* + */ || code === 62 /* > */ || code === 35; /* # */
}

/** A character of a `\w` word: letters, digits, underscore. */
export function isWordChar(code: number): boolean {
  return isAlphanumeric(code) || code === 95;
}

/** A dash set between words or codes: a hyphen, an en dash or an em dash. */
export function isDash(code: number): boolean {
  return code === 45 /* - */ || code === 0x2013 /* – */ || code === 0x2014; /* — */
}
