// Research notes written off a Bloomberg terminal drop the market key and the parenthesis: "ORCD US rose 4%", "we
// prefer ORCD US and BRNW US", "VOD LN +1.2%". Capitals before "US" are often prose ("the EV US market", "GM US
// sales", "MSCI US Index"), so the code is read without a parenthesis or `Equity` only where the place says listing:
// - before a verb of price movement ("ORCD US rose", "VOD LN slipped") or a figure ("ORCD US +4.1%", "VOD LN 212p"
//   is not one: a price in dollars or a signed or worded move only);
// - or in a list of two such codes or more, joined by ", ", "; ", " and ", " & " ("ORCD US, BRNW US and HLVN US").
// The root must fit the code's venue and be no usual abbreviation or venue (bloombergMentions.ts), a capitalised word
// after the code makes it part of a name ("MSCI US Index", "ORCD US Holdings"), and only the codes research writes
// in prose are read: not `AT`, `UP`, `CT` and the like, which capitals in prose spell ("LOOK AT", "SPEED UP").

import { isBloombergRootRejected, readBloombergListing, type BloombergListing } from './bloombergMentions';
import { isUpper, isUpperOrDigit, isWordChar } from './charCodes';
import { isMoveAfter } from './listedEchoes';

/** The codes research writes in prose (the only ones read in running text). */
const proseCode = String.raw`(?:US|UN|UW|UQ|LN|CN|AU|JP|HK|KS|GY|FP|SW)(?![A-Za-z0-9])`;
/** The codes read in running text; one search finds them all, from the blank before. */
const proseCodes = new RegExp(` ${proseCode}`, 'g');
const longestRoot = 6;

/** A figure right after the code: a price in dollars, or a signed or worded move. */
const figureAfter = /^[*_]{0,2}:?[ \t]+\(?(?:[+−–-]\d|\$\d|(?:up|down)[ \t]+\d)/;
/** A separator and another code after this one: ", BRNW US", " and HLVN US". */
const codeAfter = new RegExp(String.raw`^(?:[ \t]*[,;][ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)[A-Z0-9]{2,6}(?:\/[A-Z])? ${proseCode}`);
/** Another code and a separator before this one. */
const codeBefore = new RegExp(String.raw`(?<![A-Za-z0-9$^.:/@#&_'’-])[A-Z0-9]{2,6}(?:\/[A-Z])? ${proseCode}(?:[ \t]*[,;][ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)$`);

export interface BareBloombergCode extends BloombergListing {
  readonly start: number;
}

/**
 * Emits the codes of the text in document order. `readable(at, root)` is asked in increasing order of `at` and says
 * whether the place may be read (a line of prose or a table, outside code, comments, link targets and URLs).
 */
export function scanBareBloombergCodes(text: string, ignore: ReadonlySet<string> | undefined, readable: (at: number) => boolean, emit: (code: BareBloombergCode) => void): void {
  proseCodes.lastIndex = 0;
  for (let match = proseCodes.exec(text); match !== null; match = proseCodes.exec(text)) {
    const code = readCodeBefore(text, match.index, ignore);
    if (code === undefined) continue;
    const after = text.slice(code.end, code.end + 60);
    // "MSCI US Index", "ORCD US Holdings": a name goes on; "ORCD US Equity" is the equities scan's.
    if (/^ [A-Z]/.test(after)) continue;
    const placed = isMoveAfter(text, code.end) || figureAfter.test(after) || codeAfter.test(after) || codeBefore.test(text.slice(Math.max(0, code.start - 16), code.start));
    if (placed && readable(code.start)) emit(code);
  }
}

/** The listing whose code's blank is at `blank`: the root before it (a class `/B` allowed), standing alone. */
function readCodeBefore(text: string, blank: number, ignore: ReadonlySet<string> | undefined): BareBloombergCode | undefined {
  let rootEnd = blank;
  if (text.charCodeAt(rootEnd - 2) === 47 /* / */ && isUpper(text.charCodeAt(rootEnd - 1))) rootEnd -= 2;
  let start = rootEnd;
  while (start > 0 && rootEnd - start <= longestRoot && isUpperOrDigit(text.charCodeAt(start - 1))) start--;
  if (rootEnd - start < 2 || rootEnd - start > longestRoot) return undefined;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (isWordChar(before) || gluedBefore.has(before)) return undefined;
  // "the MSCI EM US sleeve": a word in capitals before the root makes it part of a longer name.
  if (/[A-Z]{2,} $/.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  const root = text.slice(start, rootEnd);
  // "In 2025 HK rallied": a year before a place, though Hong Kong and Tokyo number listings so.
  if (isBloombergRootRejected(root, ignore) || capitalisedWords.has(root) || /^(?:19|20)\d\d$/.test(root)) return undefined;
  const listing = readBloombergListing(text, start, rootEnd);
  if (listing === undefined || listing.end !== blank + 3) return undefined;
  return { ...listing, start };
}

/** Words of prose set in capitals ("THE US RALLY", "WE US"): no root of a code in running text. */
const capitalisedWords: ReadonlySet<string> = new Set('THE AND FOR WE IT IS AS OR IF SO NO BE DO OF TO IN ON AT BY UP OUR MY HIS HER ITS THEY THAN THAT THIS WITH FROM BUT NOT ARE WAS'.split(' '));

/** Characters that glue a root to what is before it: `S&P US`, `$KO`, a path, a prefix's colon, a possessive. */
const gluedBefore: ReadonlySet<number> = new Set([38, 36, 46, 47, 45, 58, 94, 39, 0x2019, 64]);
