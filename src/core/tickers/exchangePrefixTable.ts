// Every written prefix of a venue, keyed as normalizeExchange looks them up (exchanges.ts): the data, kept apart from
// the lookups that read it.

import type { ExchangeId } from './exchanges';

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
export const prefixToExchange: ReadonlyMap<string, ExchangeId> = new Map<string, ExchangeId>([
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
  ['KOSE', 'KRX'], // S&P Capital IQ's and Simply Wall St's code for the Korea Exchange's main board: "(KOSE:A005930)"
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
