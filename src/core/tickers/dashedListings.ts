// Listings written symbol first with the venue after a dash, as Canadian mining releases and some wires write them:
// `Velmont Royalties (VLMT-TSXV)`, `Brenwick Mining (BRNW-TSXV, 9BW-FSE, BRNWF-OTCQB)`, `Orcadia Systems
// (ORCD-Nasdaq)`, `(ORCD – Nasdaq)`. The dash is the Globe and Mail's too, with one venue letter (`(L-T)`,
// globeCodes.ts), and prose's (`(US-China)`, `(PD-L1)`): so the venue must be a name writers use alone
// (venueParentheses.ts), every item of the parenthesis must have this shape, and a capitalised name must stand before
// it. An item on a venue we do not map (`9BW-FSE`) is stepped over, as in listingParentheses.ts. The mining trade
// press writes the same list in square brackets, its items set apart by semicolons: `Quillstone Exploration Ltd.
// [QSX-TSXV; QSXLF-OTCQX; 7QX-FSE]` (bracketedSymbols.ts hands those here).

import { isCommonAbbreviation } from './abbreviations';
import { isBlank, isDash, isDigit, isLetter, isLower, isUpper, isUpperOrDigit } from './charCodes';
import { followsCapitalisedName } from './countryPrefixes';
import { namesVenueOnly, type ExchangeId } from './exchanges';
import { isPlaceholderSymbol } from './labels';
import { listingVenue, longestSymbol } from './listingSymbols';
import type { EmitMention } from './parenthesisedMentions';
import { parenthesisVenueNamed } from './parenthesisVenueNames';
import { venueNamedAlone } from './venueParentheses';

const maxItems = 8;
const longestVenueName = 40;

/** Scratch for one parenthesis's items: symbol start and end, venue end, per item; and the venue each names. */
const bounds: number[] = [];
const venues: Array<ExchangeId | undefined> = [];

/**
 * Emits the listings of the parenthesis (or, `closer` a `]`, the brackets) opening at `open` when all its items are
 * `SYMBOL-Venue` after a capitalised name (not before `floor`, not past `end`); returns whether any was emitted.
 */
export function emitDashedListings(segment: string, open: number, floor: number, end: number, ignore: ReadonlySet<string> | undefined, emit: EmitMention, closer = 41 /* ) */): boolean {
  // The cheap test first: the first item's symbol runs straight into its dash.
  if (dashAfterSymbol(segment, open + 1, end) === -1) return false;
  let found = 0;
  let known = 0;
  let at = open + 1;
  for (;;) {
    if (found === maxItems) return false;
    const symbolEnd = dashAfterSymbol(segment, at, end);
    if (symbolEnd === -1) return false;
    const venueAt = venueStart(segment, symbolEnd);
    if (venueAt === -1) return false;
    const venueEnd = venueNameEnd(segment, venueAt, end, closer);
    if (venueEnd === -1) return false;
    const symbol = segment.slice(at, symbolEnd);
    const named = venueNamedAlone(segment.slice(venueAt, venueEnd)) ?? marketNamedAfterDash(segment, venueAt, venueEnd);
    const venue = named === undefined || !readsAsSymbol(symbol, ignore) ? undefined : listingVenue(named, '', symbol);
    bounds[3 * found] = at;
    bounds[3 * found + 1] = symbolEnd;
    bounds[3 * found + 2] = venueEnd;
    venues[found++] = venue;
    if (venue !== undefined) known++;
    const next = segment.charCodeAt(venueEnd);
    if (next === closer) break;
    if (next !== 44 /* , */ && next !== 59 /* ; */) return false;
    at = venueEnd + 1;
    while (at < end && isBlank(segment.charCodeAt(at))) at++;
  }
  if (known === 0 || !followsCapitalisedName(segment, open, floor)) return false;
  for (let i = 0; i < found; i++) {
    const venue = venues[i];
    if (venue === undefined) continue;
    const symbolAt = bounds[3 * i];
    const symbolEnd = bounds[3 * i + 1];
    emit(segment.slice(symbolAt, symbolEnd), venue, 'exchange', symbolAt, bounds[3 * i + 2] - symbolAt, symbolAt, symbolEnd - symbolAt);
  }
  return true;
}

/**
 * End of the symbol at `at` when a dash follows it (blanks around the dash allowed: `ORCD – Nasdaq`), or -1: capitals
 * or digits, a capital or digit first, and a class after a dot (`RVR.UN`).
 */
function dashAfterSymbol(segment: string, at: number, end: number): number {
  const start = at;
  while (at < end && at - start <= longestSymbol && isUpperOrDigit(segment.charCodeAt(at))) at++;
  if (at === start || at - start > longestSymbol) return -1;
  if (segment.charCodeAt(at) === 46 /* . */ && isUpper(segment.charCodeAt(at + 1))) {
    at += isUpper(segment.charCodeAt(at + 2)) ? 3 : 2;
  }
  return venueStart(segment, at) === -1 ? -1 : at;
}

/** Where the venue starts after the symbol ending at `at`: past the dash and a blank either side of it; or -1. */
function venueStart(segment: string, at: number): number {
  const spaced = isBlank(segment.charCodeAt(at));
  if (spaced) at++;
  if (!isDash(segment.charCodeAt(at))) return -1;
  at++;
  if (spaced !== isBlank(segment.charCodeAt(at))) return -1; // `ORCD -Nasdaq`, `ORCD- Nasdaq`: no listing's dash
  if (spaced) at++;
  return isUpper(segment.charCodeAt(at)) ? at : -1;
}

/**
 * End of the venue's name at `at`: words of letters, each capitalised (`Nasdaq`, `TSXV`, `Toronto Stock Exchange`),
 * one blank between them, before the item's end; -1 when a word in lower case, a digit or other text stands there.
 */
function venueNameEnd(segment: string, at: number, end: number, closer: number): number {
  const limit = Math.min(end, at + longestVenueName);
  for (;;) {
    if (!isUpper(segment.charCodeAt(at))) return -1;
    while (at < limit && isLetter(segment.charCodeAt(at))) at++;
    const code = segment.charCodeAt(at);
    if (code === closer || code === 44 /* , */ || code === 59 /* ; */) return at;
    if (!isBlank(code) || at + 1 >= limit) return -1;
    at++;
    if (isLower(segment.charCodeAt(at)) || isDigit(segment.charCodeAt(at))) return -1;
  }
}

/**
 * A market named by its city or its board after a symbol's dash, as in a listing's colon (`9BW - Frankfurt`, `HLVN-LSE
 * AIM`, parenthesisVenueNames.ts): after a listing's symbol the name can only be the market. Not the two-letter
 * vendor codes (`OB`, `DB`), which are initials after a dash too ("(PD-OB)").
 */
function marketNamedAfterDash(segment: string, start: number, end: number): ExchangeId | undefined {
  return end - start > 2 ? parenthesisVenueNamed(segment, start, end) : undefined;
}

/** Whether capitals before a venue's dash can be its symbol: no usual abbreviation (`(US-Nasdaq)`), venue or placeholder. */
function readsAsSymbol(symbol: string, ignore: ReadonlySet<string> | undefined): boolean {
  const root = symbol.split('.')[0];
  return !isCommonAbbreviation(root, ignore) && !ignore?.has(symbol) && !namesVenueOnly(root) && !isPlaceholderSymbol(symbol);
}
