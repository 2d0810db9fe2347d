// Writers name the same venue many ways ("NYSE Arca", "NYSEARCA", "AMEX"); everything downstream — provider
// symbol mapping, the exchange-mismatch lint — wants one id per venue.

import { yieldIndexCodes } from './yieldIndexes';

export type ExchangeId =
  | 'NASDAQ'
  | 'NYSE'
  | 'NYSEARCA'
  | 'NYSEAMERICAN'
  | 'OTC'
  | 'TSX'
  | 'TSXV'
  | 'LSE'
  | 'ASX'
  | 'TYO'
  | 'HKEX'
  | 'NSE'
  | 'BSE'
  | 'XETRA'
  | 'FRA'
  | 'EPA'
  | 'AMS'
  | 'SIX'
  | 'KRX'
  | 'CSE'
  | 'BIT'
  | 'BME'
  | 'HEL'
  | 'CPH'
  | 'OSL'
  | 'STO'
  | 'SHA'
  | 'SHE'
  | 'TWSE'
  | 'TPEX'
  | 'SGX'
  | 'JSE'
  | 'B3'
  | 'TASE'
  | 'NZX'
  | 'EBR'
  | 'ELI'
  | 'PSE'
  | 'WSE'
  | 'SET'
  | 'IDX'
  | 'MYX'
  | 'CBOE'
  | 'INDEX';

/** How each venue is shown to the writer. */
export const exchangeDisplayNames: Readonly<Record<ExchangeId, string>> = {
  NASDAQ: 'Nasdaq',
  NYSE: 'NYSE',
  NYSEARCA: 'NYSE Arca',
  NYSEAMERICAN: 'NYSE American',
  OTC: 'OTC Markets',
  TSX: 'Toronto Stock Exchange',
  TSXV: 'TSX Venture Exchange',
  LSE: 'London Stock Exchange',
  ASX: 'Australian Securities Exchange',
  TYO: 'Tokyo Stock Exchange',
  HKEX: 'Hong Kong Stock Exchange',
  NSE: 'National Stock Exchange of India',
  BSE: 'BSE (Bombay Stock Exchange)',
  XETRA: 'Xetra',
  FRA: 'Frankfurt Stock Exchange',
  EPA: 'Euronext Paris',
  AMS: 'Euronext Amsterdam',
  SIX: 'SIX Swiss Exchange',
  KRX: 'Korea Exchange',
  CSE: 'Canadian Securities Exchange',
  BIT: 'Borsa Italiana (Euronext Milan)',
  BME: 'Bolsa de Madrid',
  HEL: 'Nasdaq Helsinki',
  CPH: 'Nasdaq Copenhagen',
  OSL: 'Oslo Børs (Euronext Oslo)',
  STO: 'Nasdaq Stockholm',
  SHA: 'Shanghai Stock Exchange',
  SHE: 'Shenzhen Stock Exchange',
  TWSE: 'Taiwan Stock Exchange',
  TPEX: 'Taipei Exchange',
  SGX: 'Singapore Exchange',
  JSE: 'Johannesburg Stock Exchange',
  B3: 'B3',
  TASE: 'Tel Aviv Stock Exchange',
  NZX: 'New Zealand Exchange',
  EBR: 'Euronext Brussels',
  ELI: 'Euronext Lisbon',
  PSE: 'Philippine Stock Exchange',
  WSE: 'Warsaw Stock Exchange',
  SET: 'Stock Exchange of Thailand',
  IDX: 'Indonesia Stock Exchange',
  MYX: 'Bursa Malaysia',
  CBOE: 'Cboe',
  INDEX: 'Index',
};

// Keys are the written prefix upper-cased with spaces, dots and dashes removed ("NYSE Arca" → "NYSEARCA").
// AMEX maps to NYSE Arca, not NYSE American: writers use "AMEX:" for ETFs (AMEX:IWM), which list on Arca today.
// Older names of a venue stay: archive copy and press-release boilerplate keep writing them ("NYSE Amex", "OTCBB").
// Venues the exchange ids cannot name are left out on purpose — Canada's NEO / Cboe Canada, Korea's KOSDAQ,
// and `FSE` (Frankfurt to junior miners, Fukuoka to Japanese releases) — so a listing there is stepped over rather
// than quoted on the wrong market (unmappedVenues.ts knows their codes). Codes that are words or initials in prose,
// S&P Capital IQ's `OM`, `OB`, `DB`, and names of a city or a junior board, are read only before a listing
// parenthesis's colon (parenthesisVenueNames.ts). Google Finance's codes abroad (`HKG`, `BOM`, `ETR`, `FRA`, `EPA`, `AMS`, `SWX`, `CVE`)
// are prefixes only before a colon: as words they are other things (the EPA, Forward Rate Agreements), and no form
// reads them as a venue without one (venueWordMentions.ts reads only the venues it lists). So are its codes for Milan,
// Madrid, the Nordic markets and mainland China (`BIT`, `BME`, `HEL`, `CPH`, `OSL`, `STO`, `SHA`, `SHE`), Taipei, Tel
// Aviv, New Zealand, Brussels and Lisbon (`TPE`, `TLV`, `NZE`, `EBR`, `ELI`), Yahoo's for Singapore (`SES`) and the
// FT's (`MIL`, `MCE`, `SHH`, `SHZ`). Yahoo's `TWO`, the Taipei Exchange's suffix, is a word and no prefix.
const prefixToExchange: ReadonlyMap<string, ExchangeId> = new Map<string, ExchangeId>([
  ['NASDAQ', 'NASDAQ'],
  ['NASDAQGS', 'NASDAQ'],
  ['NASDAQGM', 'NASDAQ'],
  ['NASDAQCM', 'NASDAQ'],
  ['NASD', 'NASDAQ'], // press releases' old spelling: "(NASD: ETSY)"
  ['NAS', 'NASDAQ'], // the Motley Fool's and AOL's old spellings: "(NAS: AAPL)", "(NYS: KO)"
  ['NMS', 'NASDAQ'],
  ['NSQ', 'NASDAQ'], // the FT's codes for the US venues: "(NSQ: AAPL)", "KO:NYQ", "SPY:PCQ", "UUUU:ASQ"
  ['PCQ', 'NYSEARCA'],
  ['ASQ', 'NYSEAMERICAN'],
  ['NYSE', 'NYSE'],
  ['NYS', 'NYSE'],
  ['NYQ', 'NYSE'],
  ['NYSEARCA', 'NYSEARCA'],
  ['ARCA', 'NYSEARCA'],
  ['AMEX', 'NYSEARCA'],
  ['NYSEAMERICAN', 'NYSEAMERICAN'],
  ['NYSEMKT', 'NYSEAMERICAN'],
  ['NYSEAMEX', 'NYSEAMERICAN'], // NYSE American's names from 2008 to 2017
  ['NYSEALTERNEXT', 'NYSEAMERICAN'],
  ['NYSEAM', 'NYSEAMERICAN'], // S&P Capital IQ's and Simply Wall St's: "(NYSEAM:UUUU)"
  ['OTC', 'OTC'],
  ['OTCQB', 'OTC'],
  ['OTCQX', 'OTC'],
  ['OTCMKTS', 'OTC'],
  ['OTCPINK', 'OTC'],
  ['OTCPK', 'OTC'], // S&P Capital IQ's and GuruFocus's: "(OTCPK:OTCM)"
  ['PINK', 'OTC'],
  ['PINKSHEETS', 'OTC'],
  ['OTCBB', 'OTC'], // the Bulletin Board's issuers are quoted on OTC Markets now
  ['TSX', 'TSX'],
  ['TORONTOSTOCKEXCHANGE', 'TSX'],
  ['LONDONSTOCKEXCHANGE', 'LSE'],
  ['OTCMARKETS', 'OTC'],
  ['TSE', 'TSX'],
  ['TSXV', 'TSXV'],
  ['TSXVENTURE', 'TSXV'],
  ['CVE', 'TSXV'], // Google Finance's code, which ratings sites copy: "(CVE:XYZ)"
  ['NEX', 'TSXV'], // the TSX Venture board for shells, its symbols ending `.H`
  ['LSE', 'LSE'],
  ['LON', 'LSE'],
  ['AIM', 'LSE'], // London's junior market: its shares are quoted as London listings (`.L`)
  ['EPIC', 'LSE'], // London's names for a listing's code, as UK copy and RNS headers label it: "(EPIC: VOD)", "TIDM: TSCO"
  ['TIDM', 'LSE'],
  ['ASX', 'ASX'],
  ['TYO', 'TYO'],
  ['TOKYOSTOCKEXCHANGE', 'TYO'],
  ['TSEPRIME', 'TYO'], // Tokyo's market segments, as Japanese releases write them: "(TSE Prime: 6758)"
  ['TSESTANDARD', 'TYO'],
  ['TSEGROWTH', 'TYO'],
  ['HKEX', 'HKEX'],
  ['HKG', 'HKEX'],
  ['SEHK', 'HKEX'],
  ['HKSE', 'HKEX'], // Yahoo's name for the venue
  ['NSE', 'NSE'],
  ['NSEI', 'NSE'],
  ['BSE', 'BSE'],
  ['BOM', 'BSE'], // Google Finance's code: "(BOM: 500209)"
  ['XETRA', 'XETRA'],
  ['XETR', 'XETRA'],
  ['XTRA', 'XETRA'], // S&P Capital IQ's and Simply Wall St's: "(XTRA:SAP)"
  ['ETR', 'XETRA'], // Google Finance's code: "(ETR: SAP)"
  ['FRA', 'FRA'],
  ['FWB', 'FRA'], // Frankfurter Wertpapierbörse
  ['EPA', 'EPA'], // Google Finance's code for Euronext Paris: "(EPA: MC)"
  ['ENXTPA', 'EPA'], // S&P Capital IQ's: "(ENXTPA:MC)"
  ['EURONEXTPARIS', 'EPA'],
  ['AMS', 'AMS'],
  ['ENXTAM', 'AMS'],
  ['EURONEXTAMSTERDAM', 'AMS'],
  ['SIX', 'SIX'],
  ['SWX', 'SIX'], // the SWX Swiss Exchange, SIX's old name and Google Finance's code
  ['SIXSWISSEXCHANGE', 'SIX'],
  ['KRX', 'KRX'],
  ['XKRX', 'KRX'], // Morningstar writes the venue's MIC: "XKRX: 005930"; so do data exports, for every venue:
  ['XNAS', 'NASDAQ'], // ISO 10383 market identifier codes, "(XNAS:AAPL)", "XLON:VOD"
  ['XNYS', 'NYSE'],
  ['ARCX', 'NYSEARCA'],
  ['XASE', 'NYSEAMERICAN'],
  ['XTSE', 'TSX'],
  ['XTSX', 'TSXV'],
  ['XLON', 'LSE'],
  ['XASX', 'ASX'],
  ['XTKS', 'TYO'],
  ['XHKG', 'HKEX'],
  ['XNSE', 'NSE'],
  ['XBOM', 'BSE'],
  ['XFRA', 'FRA'],
  ['XPAR', 'EPA'],
  ['XAMS', 'AMS'],
  ['XSWX', 'SIX'],
  ['XMIL', 'BIT'],
  ['XMAD', 'BME'],
  ['XHEL', 'HEL'],
  ['XCSE', 'CPH'],
  ['XOSL', 'OSL'],
  ['XSTO', 'STO'],
  ['XSHG', 'SHA'],
  ['XSHE', 'SHE'],
  ['XTAI', 'TWSE'],
  ['ROCO', 'TPEX'],
  ['XSES', 'SGX'],
  ['XJSE', 'JSE'],
  ['BVMF', 'B3'],
  ['XTAE', 'TASE'],
  ['XNZE', 'NZX'],
  ['XBRU', 'EBR'],
  ['XLIS', 'ELI'],
  ['XPHS', 'PSE'],
  ['XWAR', 'WSE'],
  ['XBKK', 'SET'],
  ['XIDX', 'IDX'],
  ['XKLS', 'MYX'],
  ['KOSPI', 'KRX'],
  ['CSE', 'CSE'], // the Canadian Securities Exchange, as its juniors' releases write it: "(CSE: ACME)"
  ['CNSX', 'CSE'], // its old name, and Google Finance's code
  ['BIT', 'BIT'], // Google Finance's and S&P Capital IQ's code for Borsa Italiana: "(BIT: ENI)"
  ['MIL', 'BIT'], // the FT's: "ENI:MIL"
  ['BORSAITALIANA', 'BIT'],
  ['EURONEXTMILAN', 'BIT'],
  ['BME', 'BME'], // Bolsas y Mercados Españoles, Madrid: "(BME: IBE)"
  ['MCE', 'BME'], // the FT's: "IBE:MCE"
  ['HEL', 'HEL'], // Nasdaq's Nordic markets by Google Finance's codes: "(HEL: NOKIA)", "(CPH: NOVO-B)", "(STO: VOLV-B)"
  ['NASDAQHELSINKI', 'HEL'],
  ['HLSE', 'HEL'], // S&P Capital IQ's and Simply Wall St's codes for Helsinki and Copenhagen: "(HLSE:NOKIA)", "(CPSE:NOVO B)"
  ['CPSE', 'CPH'],
  ['CPH', 'CPH'],
  ['NASDAQCOPENHAGEN', 'CPH'],
  ['STO', 'STO'],
  ['NASDAQSTOCKHOLM', 'STO'],
  ['OSL', 'OSL'], // Oslo Børs, now Euronext Oslo: "(OSL: EQNR)"
  ['EURONEXTOSLO', 'OSL'],
  ['OSLOBØRS', 'OSL'],
  ['OSLOBORS', 'OSL'],
  ['SHA', 'SHA'], // mainland China's A shares by Google Finance's codes, numbered: "(SHA: 600519)", "(SHE: 002594)"
  ['SSE', 'SHA'],
  ['SHH', 'SHA'], // the FT's: "600519:SHH"
  ['SHSE', 'SHA'], // S&P Capital IQ's and Simply Wall St's, beside their SZSE: "(SHSE:688539)"
  ['SHE', 'SHE'],
  ['SZSE', 'SHE'],
  ['SHZ', 'SHE'],
  ['TWSE', 'TWSE'], // Taiwan's two markets, numbered: "(TWSE: 2330)", Google Finance's "(TPE: 2317)", "(TPEx: 6488)"
  ['TPE', 'TWSE'],
  ['TPEX', 'TPEX'],
  ['GTSM', 'TPEX'], // the Taipei Exchange's old name, the GreTai Securities Market, which Reuters' codes kept
  ['SGX', 'SGX'], // Singapore's codes mix letters and digits: "(SGX: D05)", "(SES: C6L)"
  ['SES', 'SGX'],
  ['JSE', 'JSE'], // Johannesburg: "(JSE: NPN)"
  ['B3', 'B3'], // São Paulo's, under each of its names since 2008: "(B3: PETR4)", "(BVMF: VALE3)", "(Bovespa: ITUB4)"
  ['BOVESPA', 'B3'],
  ['BMFBOVESPA', 'B3'],
  ['BM&FBOVESPA', 'B3'],
  ['TASE', 'TASE'], // Tel Aviv: "(TASE: ESLT)", Google Finance's "(TLV: ESLT)"
  ['TLV', 'TASE'],
  ['NZX', 'NZX'], // New Zealand: "(NZX: FBU)", Google Finance's "(NZE: FBU)"
  ['NZE', 'NZX'],
  ['NZSE', 'NZX'], // S&P Capital IQ's and Simply Wall St's: "(NZSE:FBU)"
  ['EBR', 'EBR'], // Euronext Brussels and Lisbon by Google Finance's and S&P Capital IQ's codes: "(EBR: ABI)"
  ['ENXTBR', 'EBR'],
  ['EURONEXTBRUSSELS', 'EBR'],
  ['ELI', 'ELI'],
  ['ENXTLS', 'ELI'],
  ['EURONEXTLISBON', 'ELI'],
  // Manila, Warsaw, Bangkok, Jakarta and Kuala Lumpur: "(PSE: SM)", "(WSE: PKN)", "(GPW: CDR)", "(SET: PTT)", "(IDX:
  // BBCA)", "(KLSE: 1155)", "(Bursa: 1155)". `PSE` was the Pacific Stock Exchange in US copy before 2006; archive
  // copy's "(PSE: X)" for a US listing is asked for in Manila and not found, the Philippine market being the one
  // writers name so today. `SET` and `IDX` are words and an index's name, read as a venue before a colon only.
  ['PSE', 'PSE'],
  ['WSE', 'WSE'],
  ['GPW', 'WSE'], // Giełda Papierów Wartościowych, Warsaw's own name
  ['SET', 'SET'],
  ['IDX', 'IDX'],
  ['KLSE', 'MYX'], // the Kuala Lumpur Stock Exchange, Bursa Malaysia's old name, which Yahoo and data pages keep
  ['MYX', 'MYX'],
  ['BURSA', 'MYX'],
  ['BURSAMALAYSIA', 'MYX'],
  ['CBOE', 'CBOE'],
  ['BATS', 'CBOE'],
  ['CBOEBZX', 'CBOE'], // where Cboe lists ETFs: "(Cboe BZX: XYZ)", formerly BATS BZX
  ['BATSBZX', 'CBOE'],
  ['BZX', 'CBOE'],
  ['INDEX', 'INDEX'],
  ['INDEXSP', 'INDEX'],
  ['INDEXNASDAQ', 'INDEX'],
  ['INDEXRUSSELL', 'INDEX'],
  // Google Finance's index markets, as the Investing News Network cites them: `(INDEXDJX:.DJI)`, `(INDEXTSI:JX)`.
  ['INDEXDJX', 'INDEX'],
  ['INDEXTSI', 'INDEX'],
  ['INDEXCBOE', 'INDEX'],
]);

/** How each venue is written in a prefix that the scan reads back (fixes and completions write these). */
export const writtenExchangePrefixes: Readonly<Record<ExchangeId, string>> = {
  NASDAQ: 'NASDAQ',
  NYSE: 'NYSE',
  NYSEARCA: 'NYSEARCA',
  NYSEAMERICAN: 'NYSE American',
  OTC: 'OTC',
  TSX: 'TSX',
  TSXV: 'TSXV',
  LSE: 'LSE',
  ASX: 'ASX',
  TYO: 'TYO',
  HKEX: 'HKEX',
  NSE: 'NSE',
  BSE: 'BSE',
  XETRA: 'XETRA',
  FRA: 'FRA',
  EPA: 'EPA',
  AMS: 'AMS',
  SIX: 'SIX',
  KRX: 'KRX',
  CSE: 'CSE',
  BIT: 'BIT',
  BME: 'BME',
  HEL: 'HEL',
  CPH: 'CPH',
  OSL: 'OSL',
  STO: 'STO',
  SHA: 'SHA',
  SHE: 'SHE',
  TWSE: 'TWSE',
  TPEX: 'TPEX',
  SGX: 'SGX',
  JSE: 'JSE',
  B3: 'B3',
  TASE: 'TASE',
  NZX: 'NZX',
  EBR: 'EBR',
  ELI: 'ELI',
  PSE: 'PSE',
  WSE: 'WSE',
  SET: 'SET',
  IDX: 'IDX',
  MYX: 'KLSE',
  CBOE: 'CBOE',
  INDEX: 'INDEX',
};

/**
 * Whether a listing on `listed` is rightly written as on `written`. A venue group's name is used for all its venues:
 * writers call the NYSE Group's NYSE Arca and NYSE American "NYSE" (`(NYSE: SPY)` for a fund on Arca, as Benzinga and
 * press releases write it), so that name covers them. A member's own name covers only itself: `(NYSE Arca: KO)` for a
 * NYSE stock, `(Nasdaq: SPY)` are wrong.
 */
export function writtenVenueCovers(written: ExchangeId, listed: ExchangeId): boolean {
  return written === listed || venueGroups.get(written)?.has(listed) === true;
}

const venueGroups: ReadonlyMap<ExchangeId, ReadonlySet<ExchangeId>> = new Map([['NYSE', new Set<ExchangeId>(['NYSEARCA', 'NYSEAMERICAN'])]]);

/**
 * Whether writers use a listing's symbol on `venue` as the company's name, so capitals beside the venue's name are its
 * symbol: the US venues and the ASX. Abroad a company is often written by initials that are not its code there ("HSBC"
 * is HSBA in London, "CIBC" is CM in Toronto).
 */
export function symbolsNameCompanies(venue: ExchangeId): boolean {
  return companyNamingVenues.has(venue);
}

const companyNamingVenues: ReadonlySet<ExchangeId> = new Set(['NASDAQ', 'NYSE', 'NYSEAMERICAN', 'NYSEARCA', 'OTC', 'ASX']);

/** The venue a written prefix names, or undefined for anything that is not an exchange prefix. */
export function normalizeExchange(written: string): ExchangeId | undefined {
  // The scan asks for every word before a colon ("Note:", "list:"): remember answers, so each costs one lookup.
  if (written.length > longestWrittenPrefix || !prefixInitials.has(written.charCodeAt(0) | 0x20)) return undefined;
  let id = answers.get(written);
  if (id === undefined) {
    id = prefixToExchange.get(written.toUpperCase().replace(/[\s.-]+/g, '')) ?? null;
    if (answers.size < 4096) answers.set(written, id);
  }
  return id ?? undefined;
}

// Prefixes that are also listed companies' tickers: `(CBOE)` is Cboe Global Markets, `(AIM)` AIM ImmunoTech, `(NEX)`
// was NexTier Oilfield, `(ETR)` is Entergy, `(SWX)` Southwest Gas, `(SIX)` was Six Flags, `(FRA)` is Blackrock Floating
// Rate Income's fund, `(CVE)` Cenovus Energy, `(PCQ)` a PIMCO municipal fund, `(BIT)` and `(BME)` BlackRock trusts,
// `(SHE)` an SPDR fund, `(SSE)` SSE plc in London, `(MCE)` and `(STO)` former US listings, `(EBR)` Eletrobras's ADR on
// the NYSE, `(SES)` SES AI, `(IDX)` VanEck's Indonesia fund. Alone in a parenthesis or after a label they are the company's.
const prefixesListedAsTickers: ReadonlySet<string> = new Set(['CBOE', 'AIM', 'NEX', 'ETR', 'SWX', 'SIX', 'FRA', 'CVE', 'PCQ', 'BIT', 'BME', 'SHE', 'SSE', 'MCE', 'STO', 'EBR', 'SES', 'IDX']);

/** Whether a written symbol is a venue's name (`(NYSE)`, `(ASX)`) rather than a ticker. */
export function namesVenueOnly(symbol: string): boolean {
  return !prefixesListedAsTickers.has(symbol) && normalizeExchange(symbol) !== undefined;
}

/** `normalizeExchange(text.slice(start, end))`, without cutting out the words that cannot be a prefix. */
export function normalizeExchangeIn(text: string, start: number, end: number): ExchangeId | undefined {
  if (end - start > longestWrittenPrefix || !prefixInitials.has(text.charCodeAt(start) | 0x20)) return undefined;
  return normalizeExchange(text.slice(start, end));
}

const answers = new Map<string, ExchangeId | null>();
const longestWrittenPrefix = 24;
const prefixInitials = new Set([...prefixToExchange.keys()].map((prefix) => prefix.charCodeAt(0) | 0x20));

/**
 * The venue a name written in prose gives ("the Nasdaq Global Select Market", "The New York Stock Exchange", "NYSE
 * American", "Nasdaq"), or undefined: a prefix's spellings and the exchanges' full names, with "the" before them.
 */
export function normalizeVenueName(written: string): ExchangeId | undefined {
  const name = written.trim().replace(/^the\s+/i, '').replace(/[,.]?\s+(?:LLC|Inc\.?)$/, '');
  if (name.length > 40) return undefined;
  const key = name.toUpperCase().replace(/[\s.-]+/g, '');
  const id = prefixToExchange.get(key) ?? venueNames.get(key);
  return id === 'INDEX' ? undefined : id;
}

// Full names press releases give an exchange ("listed on the Nasdaq Global Select Market"), keyed as prefixes are.
const venueNames: ReadonlyMap<string, ExchangeId> = new Map<string, ExchangeId>([
  ['NEWYORKSTOCKEXCHANGE', 'NYSE'],
  ['NASDAQSTOCKMARKET', 'NASDAQ'],
  ['NASDAQGLOBALSELECTMARKET', 'NASDAQ'],
  ['NASDAQGLOBALMARKET', 'NASDAQ'],
  ['NASDAQCAPITALMARKET', 'NASDAQ'],
  // The Nasdaq tiers' names before 2006, which archive copy keeps: "(Nasdaq Small-Cap: BYFC)", "(Nasdaq NM: X)".
  ['NASDAQSMALLCAP', 'NASDAQ'],
  ['NASDAQSMALLCAPMARKET', 'NASDAQ'],
  ['NASDAQNATIONALMARKET', 'NASDAQ'],
  ['NASDAQNM', 'NASDAQ'],
  ['NASDAQSC', 'NASDAQ'],
  ['NASDAQGLOBALSELECT', 'NASDAQ'],
  ['NYSEAMERICANLLC', 'NYSEAMERICAN'],
  ['TSXVENTUREEXCHANGE', 'TSXV'],
  ['AUSTRALIANSECURITIESEXCHANGE', 'ASX'],
  ['CBOEBZXEXCHANGE', 'CBOE'],
  ['HONGKONGSTOCKEXCHANGE', 'HKEX'],
  ['STOCKEXCHANGEOFHONGKONG', 'HKEX'],
  ['NATIONALSTOCKEXCHANGEOFINDIA', 'NSE'],
  ['NATIONALSTOCKEXCHANGE', 'NSE'],
  ['BOMBAYSTOCKEXCHANGE', 'BSE'],
  ['FRANKFURTSTOCKEXCHANGE', 'FRA'],
  ['BÖRSEFRANKFURT', 'FRA'],
  ['KOREAEXCHANGE', 'KRX'],
  ['CANADIANSECURITIESEXCHANGE', 'CSE'],
  ['MILANSTOCKEXCHANGE', 'BIT'],
  ['BOLSADEMADRID', 'BME'],
  ['MADRIDSTOCKEXCHANGE', 'BME'],
  ['HELSINKISTOCKEXCHANGE', 'HEL'],
  ['COPENHAGENSTOCKEXCHANGE', 'CPH'],
  ['STOCKHOLMSTOCKEXCHANGE', 'STO'],
  ['OSLOSTOCKEXCHANGE', 'OSL'],
  ['SHANGHAISTOCKEXCHANGE', 'SHA'],
  ['SHENZHENSTOCKEXCHANGE', 'SHE'],
  ['TAIWANSTOCKEXCHANGE', 'TWSE'],
  ['TAIPEIEXCHANGE', 'TPEX'],
  ['SINGAPOREEXCHANGE', 'SGX'],
  ['JOHANNESBURGSTOCKEXCHANGE', 'JSE'],
  ['BRASILBOLSABALCÃO', 'B3'],
  ['BRASILBOLSABALCAO', 'B3'],
  ['TELAVIVSTOCKEXCHANGE', 'TASE'],
  ['NEWZEALANDEXCHANGE', 'NZX'],
  ['NEWZEALANDSTOCKEXCHANGE', 'NZX'],
  ['PHILIPPINESTOCKEXCHANGE', 'PSE'],
  ['WARSAWSTOCKEXCHANGE', 'WSE'],
  ['STOCKEXCHANGEOFTHAILAND', 'SET'],
  ['INDONESIASTOCKEXCHANGE', 'IDX'],
  ['KUALALUMPURSTOCKEXCHANGE', 'MYX'],
]);

/**
 * Written prefixes as a regular-expression alternation, longest first so "NYSE American" wins over "NYSE".
 * Spaces may be any run of spaces ("NYSE  Arca"); letters match in any case ("Nasdaq").
 */
export const exchangePrefixPattern: string = [
  'NASDAQ ?(?:GS|GM|CM)',
  'NASDAQ',
  'NASD',
  'NAS',
  'NYSE ?(?:ARCA|AMERICAN|MKT|AMEX|AM)',
  'NYSE',
  'NYS',
  'ARCA',
  'AMEX',
  'OTC ?(?:QB|QX|MKTS|PINK|BB|PK)',
  'OTC',
  'PINK',
  'TSX ?VENTURE',
  'TSX[-.]?V',
  'TSX',
  'CVE',
  'LSE',
  'AIM',
  'LON',
  'ASX',
  'TYO',
  'TSE ?(?:PRIME|STANDARD|GROWTH)',
  'HKEX',
  'HKG',
  'SEHK',
  'NSE',
  'BSE',
  'BOM',
  'XETRA',
  'XTRA',
  'ETR',
  'FRA',
  'EPA',
  'AMS',
  'SIX',
  'SWX',
  'KRX',
  'KOSPI',
  'CSE',
  'CNSX',
  'BIT',
  'BME',
  'HEL',
  'CPH',
  'OSL',
  'STO',
  'SHA',
  'SHE',
  'TWSE',
  'TPEX',
  'TPE',
  'GTSM',
  'SGX',
  'SES',
  'JSE',
  'B3',
  'BOVESPA',
  'BM&?F ?BOVESPA',
  'BVMF',
  'TASE',
  'TLV',
  'NZX',
  'NZE',
  'EBR',
  'ELI',
  'PSE',
  'WSE',
  'GPW',
  'SET',
  'IDX',
  'KLSE',
  'MYX',
  'BURSA(?: ?MALAYSIA)?',
  'CBOE ?BZX',
  'CBOE',
  'BATS',
  'INDEX(?:SP|NASDAQ|RUSSELL|DJX|TSI|CBOE)?',
].join('|');

/** Index codes writers put after an index's name or behind `^`/`.` ("Nasdaq 100 (NDX)", `^DJI`, `.SPX`). */
export const indexCodes: ReadonlySet<string> = new Set(['DJI', 'DJIA', 'DJT', 'NDX', 'SPX', 'GSPC', 'IXIC', 'COMP', 'RUT', 'VIX', 'SML', 'SP600', 'NYA', 'OEX', 'MID']);

/**
 * Index codes traders write as cashtags (`$SPX`, `$VIX`, `$NDX`): the ones no listed share uses, so the cashtag can
 * only mean the index — Cboe's Treasury yield indexes too (`$TNX`: yieldIndexes.ts). Not DJT (Trump Media's shares),
 * COMP (Compass), MID or SML.
 */
export const cashtagIndexCodes: ReadonlySet<string> = new Set(['SPX', 'VIX', 'NDX', 'RUT', 'DJI', 'OEX', 'GSPC', 'IXIC', ...yieldIndexCodes]);

/**
 * The S&P/ASX indices' codes, which the Motley Fool's Australian site and other ASX copy write as listings: "S&P/ASX
 * 200 (ASX: XJO)", "the materials index (ASX: XMJ)". Codes are one namespace on the ASX, so no share is listed
 * under them; read as shares they would be quoted as unknown symbols.
 */
export const asxIndexCodes: ReadonlySet<string> = new Set(
  'XJO XAO XKO XSO XTL XFL XTO XMD XJR XMJ XEJ XFJ XHJ XIJ XNJ XDJ XSJ XTJ XUJ XPJ XXJ XGD XEC'.split(' '),
);
