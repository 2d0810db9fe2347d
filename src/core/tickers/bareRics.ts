// Reuters codes in running text, without parentheses: equity RICs `XOM.N`, `AAPL.O`, `VOD.L`, `RY.TO`, `BRKb.N` (a
// class letter only where the venue's symbols carry one: not `SIEGn.DE`), Yahoo's `ERIC-B.ST` likewise,
// and index RICs `.SPX`, `.DJI`, `.N225`, `.FTSE` (indexRics.ts), and numbered listings `7203.T`, `0700.HK`, `005930.KS`
// (numberedRics.ts). Found from each dot, the commonest punctuation in prose, so a dot is
// dropped on the character after it unless that is a capital ("end. The" never gets further). A dot between
// capitals is often something else — `U.S.`, `U.K.`, `J.P. Morgan`, `REPORT.TXT`, `v2.N` — so a RIC needs 1–5
// capitals, a venue suffix we know (the same table as `(KO.N)`) and nothing glued on either side. A one-letter root
// is read only as Reuters writes the one-letter NYSE names (`F.N`, `T.N`), and not where it looks like initials:
// a dot or an apostrophe after it ("U.K.", "U.N's"), a capitalised word next ("J.K Rowling"), "the" before it.

import { isCommonAbbreviation } from './abbreviations';
import { isRomanNumeral } from './labels';
import { namesVenueOnly } from './exchanges';
import { classSuffixVenueAt, ricClassLetterFits, ricRootFits, ricSuffixExchange } from './venueSuffixes';
import { longestIndexRic, reutersIndexCodes } from './indexRics';
import type { Occurrences } from './occurrences';
import type { EmitMention } from './parenthesisedMentions';
import type { SpanCursor, Spans } from './skippedSpans';
import { isDigit, isLower, isUpper, isUpperOrDigit, isWordChar } from './charCodes';
import { numberedRicStart, readNumberedRic } from './numberedRics';
import { isIndianSuffix, longestIndianSymbol } from './listingSymbols';

const longestRoot = 5;
// India's symbols run longer (`RELIANCE.NS`, `HDFCBANK.BO`): up to ten capitals before its venues' suffixes
// (listingSymbols.ts).

export function scanBareRics(
  segment: string,
  start: number,
  end: number,
  dots: Occurrences,
  skippedSpans: Spans,
  ignore: ReadonlySet<string> | undefined,
  emit: EmitMention,
): void {
  // Most runs have dots and no candidate: the cursor is made for the first candidate only.
  let skipped: SpanCursor | undefined;
  for (let dot = dots.within(start, end); dot !== -1; dot = dots.within(dot + 1, end)) {
    if (!isUpper(segment.charCodeAt(dot + 1))) continue;
    skipped ??= skippedSpans.cursor();
    const before = dot > start ? segment.charCodeAt(dot - 1) : 32;
    if (isUpper(before) || isLower(before)) readEquityRic(segment, start, dot, skipped, ignore, emit);
    else if (isDigit(before)) readNumberedRicBefore(segment, start, dot, skipped, emit);
    else if (!glued(before)) readIndexRic(segment, dot, skipped, emit);
  }
}

/** `.SPX`, `.N225` at `dot`: an index RIC we know, standing alone. */
function readIndexRic(segment: string, dot: number, skipped: SpanCursor, emit: EmitMention): void {
  let codeEnd = dot + 2;
  while (codeEnd - dot <= longestIndexRic && isUpperOrDigit(segment.charCodeAt(codeEnd))) codeEnd++;
  if (!endsFree(segment, codeEnd, false)) return;
  const code = segment.slice(dot + 1, codeEnd);
  if (!reutersIndexCodes.has(code) || skipped.covers(dot)) return;
  emit(code, 'INDEX', 'index', dot, codeEnd - dot, dot + 1, codeEnd - dot - 1);
}

/** `7203.T`, `0700.HK` whose dot is at `dot`, a digit before it: a numbered listing, standing alone (not `1,234.T`, `v2.7203.T`). */
function readNumberedRicBefore(segment: string, start: number, dot: number, skipped: SpanCursor, emit: EmitMention): void {
  const codeStart = numberedRicStart(segment, dot, start);
  if (codeStart === -1) return;
  const ric = readNumberedRic(segment, codeStart, dot);
  if (ric === undefined || !endsFree(segment, ric.end, false)) return;
  const previous = codeStart > start ? segment.charCodeAt(codeStart - 1) : 32;
  if (isWordChar(previous) || glued(previous) || previous === 44 /* , */ || skipped.covers(codeStart)) return;
  emit(segment.slice(codeStart, dot), ric.venue, 'ric', codeStart, ric.end - codeStart, codeStart, dot - codeStart);
}

/** `XOM.N`, `BRKb.N` whose dot is at `dot`, the character before it a letter. */
function readEquityRic(segment: string, start: number, dot: number, skipped: SpanCursor, ignore: ReadonlySet<string> | undefined, emit: EmitMention): void {
  // Reuters writes a share class in lower case before the venue: `BRKb.N` is BRK.B.
  const classLetter = isLower(segment.charCodeAt(dot - 1)) ? segment[dot - 1] : '';
  const rootEnd = classLetter === '' ? dot : dot - 1;
  let rootStart = rootEnd;
  while (rootStart > start && rootEnd - rootStart <= longestIndianSymbol && isUpper(segment.charCodeAt(rootStart - 1))) rootStart--;
  const rootLength = rootEnd - rootStart;
  if (rootLength === 1 && classLetter === '') {
    readClassedRic(segment, start, rootStart, dot, skipped, ignore, emit);
    if (rootStart > start && (segment.charCodeAt(rootStart - 1) === 45 || segment.charCodeAt(rootStart - 1) === 46)) return;
  }
  if (rootLength === 0 || rootLength > longestIndianSymbol || (classLetter !== '' && rootLength < 2)) return;
  const previous = rootStart > start ? segment.charCodeAt(rootStart - 1) : 32;
  if (isWordChar(previous) || glued(previous)) return;
  let suffixEnd = dot + 2;
  if (isUpper(segment.charCodeAt(suffixEnd))) suffixEnd++;
  const suffix = segment.slice(dot + 1, suffixEnd);
  const venue = ricSuffixExchange(suffix);
  if (venue === undefined) {
    if (classLetter === '' && (suffix === 'A' || suffix === 'B')) readClassShare(segment, rootStart, dot, skipped, ignore, emit);
    return;
  }
  if (!endsFree(segment, suffixEnd, rootLength === 1)) return;
  // `SIEGn.DE`: a letter the venue's symbols do not carry, on a root of Reuters' own (venueSuffixes.ts).
  if (classLetter !== '' && !ricClassLetterFits(venue)) return;
  if (rootLength > longestRoot && (!isIndianSuffix(suffix) || classLetter !== '')) return;
  if (rootLength === 1 && (suffix !== 'N' || segment.slice(Math.max(start, rootStart - 4), rootStart).toLowerCase() === 'the ')) return;
  const root = segment.slice(rootStart, rootEnd);
  if (isCommonAbbreviation(root, ignore) || namesVenueOnly(root) || !ricRootFits(venue, root) || skipped.covers(rootStart)) return;
  emit(classLetter === '' ? root : `${root}.${classLetter.toUpperCase()}`, venue, 'ric', rootStart, suffixEnd - rootStart, rootStart, dot - rootStart);
}

/**
 * `ERIC-B.ST`, `RCI-B.TO` in running text, the suffix's dot at `dot` and the class letter at `classAt`: Yahoo's class
 * share on a venue whose symbols carry one (venueSuffixes.ts), two to five capitals before the class, standing alone.
 */
function readClassedRic(segment: string, start: number, classAt: number, dot: number, skipped: SpanCursor, ignore: ReadonlySet<string> | undefined, emit: EmitMention): void {
  const separator = classAt - 1;
  if (separator <= start || (segment.charCodeAt(separator) !== 45 && segment.charCodeAt(separator) !== 46)) return;
  const listed = classSuffixVenueAt(segment, dot);
  if (listed === undefined || !endsFree(segment, listed.end, false)) return;
  let rootStart = separator;
  while (rootStart > start && separator - rootStart < longestRoot && isUpper(segment.charCodeAt(rootStart - 1))) rootStart--;
  const previous = rootStart > start ? segment.charCodeAt(rootStart - 1) : 32;
  if (separator - rootStart < 2 || isUpperOrDigit(previous) || isWordChar(previous) || glued(previous)) return;
  const root = segment.slice(rootStart, separator);
  if (isCommonAbbreviation(root, ignore) || namesVenueOnly(root) || skipped.covers(rootStart)) return;
  emit(`${root}.${segment[classAt]}`, listed.venue, 'ric', rootStart, listed.end - rootStart, rootStart, dot - rootStart);
}

/**
 * `BRK.B`, `BF.A` in running text, the dot at `dot`: a US share class, written as cashtags and quote pages write it,
 * read `bare` (the venue unsaid). Two to five capitals before the class, nothing glued after it; not a usual
 * abbreviation, a venue or a roman numeral ("Part II.B", "Section IV.A" number an outline).
 */
function readClassShare(segment: string, rootStart: number, dot: number, skipped: SpanCursor, ignore: ReadonlySet<string> | undefined, emit: EmitMention): void {
  const end = dot + 2;
  if (dot - rootStart < 2 || dot - rootStart > longestRoot || !endsFree(segment, end, false)) return;
  // "(BRK.B)" alone is the company parenthesis' to read, or not (parenthesisedMentions.ts): it asks for a name before.
  if (rootStart > 0 && segment.charCodeAt(rootStart - 1) === 40 /* ( */) return;
  // "ABC.B.", a sentence's full stop after the class, is read; "ABC.B.C", more initials, is not.
  if (segment.charCodeAt(end) === 46 && isUpper(segment.charCodeAt(end + 1))) return;
  const root = segment.slice(rootStart, dot);
  const symbol = `${root}.${segment[dot + 1]}`;
  if (isCommonAbbreviation(root, ignore) || ignore?.has(symbol) || namesVenueOnly(root) || isRomanNumeral(root) || skipped.covers(rootStart)) return;
  emit(symbol, undefined, 'bare', rootStart, end - rootStart, rootStart, end - rootStart);
}

/**
 * Nothing glued after a code ending at `at`: no letter or digit, no dot, dash or slash going on into more of them
 * (`U.S.A`, `REPORT.N.txt`, `.SPX-linked`). For a one-letter root, no dot or apostrophe at all and no
 * capitalised word next.
 */
function endsFree(segment: string, at: number, initialsLike: boolean): boolean {
  const next = segment.charCodeAt(at);
  if (isWordChar(next)) return false;
  if ((next === 46 || next === 45 || next === 47 || next === 64) && isWordChar(segment.charCodeAt(at + 1))) return false;
  if (!initialsLike) return true;
  return next !== 46 && next !== 39 && next !== 0x2019 && !(next === 32 && isUpper(segment.charCodeAt(at + 1)));
}

/** Characters that glue a code to what is before it: a path, a cashtag, a caret, a prefix's colon, a possessive. */
function glued(code: number): boolean {
  return code === 46 || code === 47 || code === 92 || code === 45 || code === 36 || code === 94 || code === 58 || code === 64 || code === 38 || code === 39 || code === 0x2019 || code === 95;
}

