// Tokyo's listings are numbered, and Reuters (and Yahoo) write them with a `.T` after the code: Toyota `7203.T`,
// Sony `6758.T`. Codes are four characters: digits, and since 2024 a capital in the second or fourth place for new
// listings (`130A`). The venue is Tokyo, which the exchange model has, so `(7203.T)` is quoted as `7203` on TYO,
// the listing `(7203 JP)` and `(TYO: 7203)` already name.

import { isDigit, isUpper } from './charCodes';

const codeLength = 4;

/** Whether segment[at, at + 4) is a Tokyo code: a digit first and third, a digit or a capital second and fourth. */
export function isTokyoCode(segment: string, at: number): boolean {
  for (let i = 0; i < codeLength; i++) {
    const code = segment.charCodeAt(at + i);
    if (!(isDigit(code) || (i % 2 === 1 && isUpper(code)))) return false;
  }
  return segment.charCodeAt(at) !== 48 /* a code never starts with 0 */;
}
