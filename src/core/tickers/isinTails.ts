// European press releases put the share's ISIN in the listing's parenthesis, after the symbol: `(Euronext Paris:
// MLN - ISIN: FR0011234567)`, `(Euronext: MLN, ISIN FR0011234567)`, `(OSE: VIK | ISIN: NO0010123456)`. The ISIN is
// no listing and no prose: listingParentheses.ts steps over it, as over a ratings site's link text.
// "Euronext" alone is seven markets, whose codes a provider asks for each on its own (Yahoo's `.PA`, `.BR`…). The
// ISIN's first two letters are the issuer's country, which is where a French, Belgian, Portuguese, Italian or
// Norwegian company lists at home: with one of those ISINs, "Euronext" is read as that market. A Dutch ISIN says
// nothing of the market — Dutch-incorporated holding companies list in Paris and Milan — so it stays unread.

import { isDigit, isUpper, isUpperOrDigit, skipBlanks } from './charCodes';
import type { ExchangeId } from './exchanges';

/** isinTailEnd's answer beside its end, one object reused: the ISIN's country code. */
export const isinRead: { country: string } = { country: '' };

/**
 * End of an ISIN clause from `at` (blanks allowed before it): a dash, comma, semicolon or bar, `ISIN`, an optional
 * colon, and the code — two capitals, nine capitals or digits, a check digit. -1 when there is none.
 */
export function isinTailEnd(segment: string, at: number, limit: number): number {
  at = skipBlanks(segment, at);
  const separator = segment.charCodeAt(at);
  if (at >= limit || !isinSeparators.has(separator)) return -1;
  at = skipBlanks(segment, at + 1);
  if (!segment.startsWith('ISIN', at)) return -1;
  at += 4;
  if (segment.charCodeAt(at) === 58 /* : */) at++;
  const codeAt = skipBlanks(segment, at);
  if (codeAt === at && segment.charCodeAt(at - 1) !== 58) return -1; // `ISINFR…`: glued, no label
  const end = codeAt + 12;
  if (end > limit || !isUpper(segment.charCodeAt(codeAt)) || !isUpper(segment.charCodeAt(codeAt + 1)) || !isDigit(segment.charCodeAt(end - 1))) return -1;
  for (let i = codeAt + 2; i < end - 1; i++) if (!isUpperOrDigit(segment.charCodeAt(i))) return -1;
  if (isUpperOrDigit(segment.charCodeAt(end))) return -1;
  isinRead.country = segment.slice(codeAt, codeAt + 2);
  return end;
}

/** `-`, `–`, `—`, `,`, `;`, `|`. */
const isinSeparators: ReadonlySet<number> = new Set([45, 0x2013, 0x2014, 44, 59, 124]);

/** The names of Euronext's markets together, keyed as exchangePrefixTable.ts keys prefixes. */
const euronextGroupNames: ReadonlySet<string> = new Set(['EURONEXT', 'EURONEXTGROWTH', 'EURONEXTACCESS']);

/** The home markets of the ISIN countries whose issuers list at home on Euronext. */
const euronextHomeMarkets: ReadonlyMap<string, ExchangeId> = new Map<string, ExchangeId>([
  ['FR', 'EPA'],
  ['BE', 'EBR'],
  ['PT', 'ELI'],
  ['IT', 'BIT'],
  ['NO', 'OSL'],
]);

/** The market "Euronext" (written `name`) means for an ISIN of `country`, or undefined: another name, or no home market. */
export function euronextMarketOfIsin(name: string, country: string): ExchangeId | undefined {
  if (!euronextGroupNames.has(name.toUpperCase().replace(/[\s.-]+/g, ''))) return undefined;
  return euronextHomeMarkets.get(country);
}
