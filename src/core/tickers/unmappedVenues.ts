// Exchanges writers name before a listing's colon that the exchange ids cannot name (exchanges.ts leaves them out so
// their listings are stepped over, never quoted on another market): `(FSE: C3L)`, `(BVL: BAP)`, `(BIST: THYAO)`.
// Their codes matter where a colon could be read the other way round: Bloomberg's web pages write a listing symbol
// first with a two-letter code after the colon, `Vodafone (VOD:LN)`, and `(FSE:FP)` or `(BVL:AU)` in that shape is a
// venue's prefix and a two-letter symbol, not a listing of "FSE" in Paris (symbolFirstListings.ts asks here).

/**
 * Codes of exchanges we do not map, as copy writes them before a colon. Not those that are US listings' symbols too,
 * which Bloomberg's form writes before `:US` — Pakistan's `PSX` is Phillips 66, Abu Dhabi's `ADX` the Adams fund.
 */
const unmappedVenueCodes: ReadonlySet<string> = new Set([
  'FSE', // Frankfurt to junior miners, Fukuoka to Japanese releases: which one is unsaid
  'NEO', // Cboe Canada's old name
  'KOSDAQ',
  'BVL', // Lima
  'BVC', // Colombia
  'BCBA', // Buenos Aires, and its market's name since 2017
  'BYMA',
  'BMV', // Mexico, and its rival
  'BIVA',
  'BIST', // Istanbul
  'HOSE', // Ho Chi Minh City, Hanoi and Vietnam's unlisted board
  'HSX',
  'HNX',
  'UPCOM',
  'DSE', // Dhaka
  'KASE', // Kazakhstan
  'MOEX', // Moscow
  'MCX',
  'ATHEX', // Athens
  'WBAG', // Vienna
  'VSE',
  'BVB', // Bucharest
  'ISE', // the Irish Stock Exchange, Euronext Dublin now
  'OMXI', // Iceland
  'TADAWUL', // Saudi Arabia
  'DFM', // Dubai
  'QSE', // Qatar
  'EGX', // Egypt
  'NGX', // Nigeria
  'LUXSE', // Luxembourg
]);

/** Whether `code` names an exchange that our venue ids cannot (`FSE`, `BVL`). */
export function namesUnmappedVenue(code: string): boolean {
  return unmappedVenueCodes.has(code);
}
