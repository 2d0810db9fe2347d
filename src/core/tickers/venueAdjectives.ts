// News copy names a company's market in an adjective before its name, and leaves the parenthesis after it the bare
// symbol: "Nasdaq-listed Orcadia (ORCD)", "NYSE-listed oil producer Brenwick (BRNW)", "London-listed Halvorsen
// (HLVN)", "FTSE 100-listed Harwell (HRW)". The adjective is the listing's venue. Only venues, cities and
// benchmarks that name one market are read: "New York-listed" (NYSE or Nasdaq), "S&P 500-listed", "US-listed",
// "Canadian-listed" and "dual-listed" name none, and "EPA-listed" is the regulator's list, so codes that are words
// elsewhere are not taken from the prefix table.

import type { PrecedingWord } from './abbreviations';
import type { ExchangeId } from './exchanges';

/** The words before "-listed" (or "-traded"), lower case and joined by a space, and the venue they name. */
const adjectiveVenues: ReadonlyMap<string, ExchangeId> = new Map<string, ExchangeId>([
  ['nasdaq', 'NASDAQ'],
  ['nyse', 'NYSE'],
  ['nyse american', 'NYSEAMERICAN'],
  ['nyse arca', 'NYSEARCA'],
  ['otc', 'OTC'],
  ['tsx', 'TSX'],
  ['toronto', 'TSX'],
  ['tsx venture', 'TSXV'],
  ['tsxv', 'TSXV'],
  ['tsx v', 'TSXV'],
  ['lse', 'LSE'],
  ['london', 'LSE'],
  ['aim', 'LSE'],
  ['asx', 'ASX'],
  ['sydney', 'ASX'],
  ['tokyo', 'TYO'],
  ['hong kong', 'HKEX'],
  ['hkex', 'HKEX'],
  ['frankfurt', 'FRA'],
  ['xetra', 'XETRA'],
  ['paris', 'EPA'],
  ['amsterdam', 'AMS'],
  ['zurich', 'SIX'],
  ['swiss', 'SIX'],
  ['seoul', 'KRX'],
  ['milan', 'BIT'],
  ['madrid', 'BME'],
  ['helsinki', 'HEL'],
  ['copenhagen', 'CPH'],
  ['oslo', 'OSL'],
  ['stockholm', 'STO'],
  ['shanghai', 'SHA'],
  ['shenzhen', 'SHE'],
  // Taipei and Taiwan name the Taipei Exchange's market too, as Seoul names KOSDAQ's: its codes are one namespace
  // with the TWSE's, so one of its listings read here is asked for on the TWSE and not found, never another company.
  ['taipei', 'TWSE'],
  ['taiwan', 'TWSE'],
  ['twse', 'TWSE'],
  ['tpex', 'TPEX'],
  ['singapore', 'SGX'],
  ['sgx', 'SGX'],
  ['johannesburg', 'JSE'],
  ['jse', 'JSE'],
  ['sao paulo', 'B3'],
  ['são paulo', 'B3'],
  ['tel aviv', 'TASE'],
  ['tase', 'TASE'],
  ['nzx', 'NZX'],
  ['brussels', 'EBR'],
  ['lisbon', 'ELI'],
  ['manila', 'PSE'],
  ['warsaw', 'WSE'],
  ['bangkok', 'SET'],
  ['thai', 'SET'],
  ['jakarta', 'IDX'],
  ['kuala lumpur', 'MYX'],
  ['bursa', 'MYX'],
  // A benchmark of one market names it as its city does: "FTSE 100-listed Harwell (HRW)", "DAX-listed Velmont (VLM)".
  ['ftse', 'LSE'],
  ['ftse 100', 'LSE'],
  ['ftse 250', 'LSE'],
  ['ftse 350', 'LSE'],
  ['asx 200', 'ASX'],
  ['asx 300', 'ASX'],
  ['dax', 'XETRA'],
  ['mdax', 'XETRA'],
  ['sdax', 'XETRA'],
  ['tecdax', 'XETRA'],
  ['cac 40', 'EPA'],
  ['aex', 'AMS'],
  ['smi', 'SIX'],
  ['ibex 35', 'BME'],
  ['nikkei 225', 'TYO'],
  ['nikkei', 'TYO'],
  ['topix', 'TYO'],
  ['kospi', 'KRX'],
  ['hang seng', 'HKEX'],
  ['nifty 50', 'NSE'],
  ['sensex', 'BSE'],
]);

const listingWords: ReadonlySet<string> = new Set(['listed', 'traded']);

/**
 * Words that end the adjective's reach: a clause of its own between it and the name ("Nasdaq-listed stocks fell while
 * Orcadia (ORCD) rose") is about something else.
 */
const clauseWords: ReadonlySet<string> = new Set(
  'and or but while whereas as than after before when though although which that who whose like including such rose fell was were is are'.split(' '),
);

/** Lower-case words a writer puts between the adjective and the name: "NYSE-listed oil producer Brenwick". */
const maxDescriptorWords = 2;

/**
 * The venue a "<venue>-listed" adjective names for the name that ends `words` (nearest last), or undefined. Between
 * the adjective and the parenthesis only the name's capitalised words and up to two lower-case ones ("oil producer",
 * "shares of") may stand.
 */
export function venueNamedByAdjective(words: readonly PrecedingWord[]): ExchangeId | undefined {
  let descriptors = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    const parts = word.parts;
    if (parts.length >= 2 && listingWords.has(parts[parts.length - 1]) && i < words.length - 1) {
      const own = parts.slice(0, -1).join(' ');
      const withWordBefore = i > 0 ? `${words[i - 1].parts.join(' ')} ${own}` : undefined;
      return (withWordBefore !== undefined ? adjectiveVenues.get(withWordBefore) : undefined) ?? adjectiveVenues.get(own);
    }
    if (word.capitalised) continue;
    // "Nasdaq-listed stocks fell. Orcadia (ORCD)": a lower-case word with a full stop ends the adjective's sentence.
    if (word.text.endsWith('.') || ++descriptors > maxDescriptorWords || parts.some((part) => clauseWords.has(part))) return undefined;
  }
  return undefined;
}
