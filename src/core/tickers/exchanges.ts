// Writers name the same venue many ways ("NYSE Arca", "NYSEARCA", "AMEX"); everything downstream — provider
// symbol mapping, the exchange-mismatch lint — wants one id per venue.

import { yieldIndexCodes } from './yieldIndexes';
import { prefixToExchange } from './exchangePrefixTable';

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
