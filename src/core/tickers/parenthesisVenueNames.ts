// Venue names read only as the prefix of a listing parenthesis, right before its colon: `(OM:VOLV B)`, `(OB:EQNR)`,
// `(DB:SAP)`, `(Catalist:5VP)`, `(Frankfurt: 8NW)`, `(LSE AIM: HLVN)`, `(Euronext Growth Paris: ALMLN)`,
// `(First North Stockholm: NORD)`. S&P Capital IQ's and Simply Wall St's two-letter codes are words and initials
// in prose ("OB: see note", "DB: 3 items"), and a city or a market segment named alone is a place or a board, so
// none of them is an exchange prefix anywhere else (exchangePrefixTable.ts): not glued in running text, not alone in a
// parenthesis, not in a table's exchange column. In a parenthesis with a colon and a listing's symbol after it,
// which listingParentheses.ts checks against the venue's symbol shapes, they can only name the market.
// A junior market is quoted where its main market is: Yahoo lists AIM's shares with `.L`, Euronext Growth Paris's
// with `.PA`, First North Stockholm's with `.ST`, Catalist's with `.SI`. "Nasdaq First North" and "Euronext Growth"
// without a city are several markets (Stockholm, Copenhagen, Helsinki; Paris, Oslo, Brussels, Lisbon, Milan, Dublin)
// whose codes are each their own, so they stay unread, as a venue we do not map is.

import type { ExchangeId } from './exchanges';

/** Keys are the written name upper-cased with spaces, dots and dashes removed, as exchangePrefixTable.ts keys prefixes. */
const parenthesisVenueNames: ReadonlyMap<string, ExchangeId> = new Map<string, ExchangeId>([
  ['OM', 'STO'], // S&P Capital IQ's code for the OMX exchange in Stockholm: "(OM:VOLV B)"
  ['OB', 'OSL'], // Oslo Børs: "(OB:EQNR)"
  ['DB', 'FRA'], // Deutsche Börse's Frankfurt floor, beside XTRA for Xetra: "(DB:SAP)"
  ['CATALIST', 'SGX'], // Singapore's sponsor-supervised board: "(Catalist:5VP)"
  ['FRANKFURT', 'FRA'], // junior miners' releases: "(Frankfurt: 8NW)"
  ['LSEAIM', 'LSE'],
  ['LONDONAIM', 'LSE'],
  ['AIMLONDON', 'LSE'],
  ['EURONEXTGROWTHPARIS', 'EPA'],
  ['EURONEXTGROWTHOSLO', 'OSL'],
  ['EURONEXTGROWTHBRUSSELS', 'EBR'],
  ['EURONEXTGROWTHLISBON', 'ELI'],
  ['EURONEXTGROWTHMILAN', 'BIT'],
  ['EURONEXTACCESSPARIS', 'EPA'],
  ['EURONEXTEXPANSIONOSLO', 'OSL'],
  ['FIRSTNORTHSTOCKHOLM', 'STO'],
  ['FIRSTNORTHCOPENHAGEN', 'CPH'],
  ['FIRSTNORTHHELSINKI', 'HEL'],
  ['NASDAQFIRSTNORTHSTOCKHOLM', 'STO'],
  ['NASDAQFIRSTNORTHCOPENHAGEN', 'CPH'],
  ['NASDAQFIRSTNORTHHELSINKI', 'HEL'],
]);

const longestName = 26;
// The scan asks at every capitalised word before a colon in a parenthesis ("(Note: …"): most fail on their first letter.
const initials = new Set([...parenthesisVenueNames.keys()].map((name) => name.charCodeAt(0) | 0x20));

/** The venue a name written before a listing parenthesis's colon gives (segment[start, end)), or undefined. */
export function parenthesisVenueNamed(segment: string, start: number, end: number): ExchangeId | undefined {
  if (end - start > longestName + 4 || !initials.has(segment.charCodeAt(start) | 0x20)) return undefined;
  return parenthesisVenueNames.get(segment.slice(start, end).toUpperCase().replace(/[\s.-]+/g, ''));
}
