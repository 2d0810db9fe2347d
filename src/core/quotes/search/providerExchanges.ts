// Symbol search answers name venues in each provider's own codes (Yahoo `NYQ`, Twelve Data's MIC `ARCX`, a
// `.TO` suffix on Finnhub, Alpha Vantage's region "Toronto"). Completion qualifies what it inserts with our venue
// ids, so the codes are mapped here, once; a venue we have no id for is left out rather than guessed.

import { normalizeExchange, type ExchangeId } from '../../tickers/exchanges';

/** Yahoo's exchange codes (search `exchange`, chart `exchangeName`). */
const yahooExchangeCodes: Readonly<Record<string, ExchangeId>> = {
  NMS: 'NASDAQ',
  NGM: 'NASDAQ',
  NCM: 'NASDAQ',
  NAS: 'NASDAQ',
  NYQ: 'NYSE',
  NYS: 'NYSE',
  PCX: 'NYSEARCA',
  ASE: 'NYSEAMERICAN',
  PNK: 'OTC',
  OQB: 'OTC',
  OQX: 'OTC',
  OBB: 'OTC',
  OEM: 'OTC',
  TOR: 'TSX',
  VAN: 'TSXV',
  LSE: 'LSE',
  IOB: 'LSE',
  ASX: 'ASX',
  JPX: 'TYO',
  HKG: 'HKEX',
  NSI: 'NSE',
  BSE: 'BSE',
  GER: 'XETRA',
  FRA: 'FRA',
  PAR: 'EPA',
  AMS: 'AMS',
  EBS: 'SIX',
  KSC: 'KRX',
  CNQ: 'CSE',
  MIL: 'BIT',
  MCE: 'BME',
  HEL: 'HEL',
  CPH: 'CPH',
  OSL: 'OSL',
  STO: 'STO',
  SHH: 'SHA',
  SHZ: 'SHE',
  TAI: 'TWSE',
  TWO: 'TPEX',
  SES: 'SGX',
  JNB: 'JSE',
  SAO: 'B3',
  TLV: 'TASE',
  NZE: 'NZX',
  BRU: 'EBR',
  LIS: 'ELI',
  PHS: 'PSE',
  WSE: 'WSE',
  SET: 'SET',
  JKT: 'IDX',
  KLS: 'MYX',
  BTS: 'CBOE',
  CXI: 'INDEX',
  SNP: 'INDEX',
  DJI: 'INDEX',
  NIM: 'INDEX',
  WCB: 'INDEX',
};

/** Market identifier codes (ISO 10383), as Twelve Data's `mic_code` gives them. */
const micCodes: Readonly<Record<string, ExchangeId>> = {
  XNAS: 'NASDAQ',
  XNGS: 'NASDAQ',
  XNMS: 'NASDAQ',
  XNCM: 'NASDAQ',
  XNYS: 'NYSE',
  ARCX: 'NYSEARCA',
  XASE: 'NYSEAMERICAN',
  OTCM: 'OTC',
  PINX: 'OTC',
  OTCQ: 'OTC',
  EXPM: 'OTC',
  XTSE: 'TSX',
  XTSX: 'TSXV',
  XLON: 'LSE',
  XASX: 'ASX',
  XTKS: 'TYO',
  XHKG: 'HKEX',
  XNSE: 'NSE',
  XBOM: 'BSE',
  XETR: 'XETRA',
  XFRA: 'FRA',
  XPAR: 'EPA',
  XAMS: 'AMS',
  XSWX: 'SIX',
  XKRX: 'KRX',
  XCNQ: 'CSE',
  XMIL: 'BIT',
  XMAD: 'BME',
  XHEL: 'HEL',
  XCSE: 'CPH',
  XOSL: 'OSL',
  XSTO: 'STO',
  XSHG: 'SHA',
  XSHE: 'SHE',
  XTAI: 'TWSE',
  ROCO: 'TPEX',
  XSES: 'SGX',
  XJSE: 'JSE',
  BVMF: 'B3',
  XTAE: 'TASE',
  XNZE: 'NZX',
  XBRU: 'EBR',
  XLIS: 'ELI',
  XPHS: 'PSE',
  XWAR: 'WSE',
  XBKK: 'SET',
  XIDX: 'IDX',
  XKLS: 'MYX',
  BATS: 'CBOE',
  XCBO: 'CBOE',
};

/**
 * Symbol suffixes that name a venue (Yahoo and Finnhub spell foreign listings `SHOP.TO`, `VOD.L`, `SAP.DE`).
 * Frankfurt's `.F` is left out: one letter after a symbol is a US share class far more often.
 */
const venueSuffixes: Readonly<Record<string, ExchangeId>> = {
  TO: 'TSX',
  V: 'TSXV',
  L: 'LSE',
  AX: 'ASX',
  HK: 'HKEX',
  NS: 'NSE',
  BO: 'BSE',
  DE: 'XETRA',
  PA: 'EPA',
  AS: 'AMS',
  SW: 'SIX',
  KS: 'KRX',
  CN: 'CSE',
  MI: 'BIT',
  MC: 'BME',
  HE: 'HEL',
  CO: 'CPH',
  OL: 'OSL',
  ST: 'STO',
  SS: 'SHA',
  SZ: 'SHE',
  TW: 'TWSE',
  TWO: 'TPEX',
  SI: 'SGX',
  JO: 'JSE',
  SA: 'B3',
  TA: 'TASE',
  NZ: 'NZX',
  BR: 'EBR',
  LS: 'ELI',
  PS: 'PSE',
  WA: 'WSE',
  BK: 'SET',
  JK: 'IDX',
  KL: 'MYX',
};

/** Alpha Vantage's `4. region` (and its symbol suffixes `.TRT`, `.TRV`, `.LON`). */
const alphaVantageRegions: Readonly<Record<string, ExchangeId | 'US'>> = {
  'united states': 'US',
  toronto: 'TSX',
  'toronto venture': 'TSXV',
  'united kingdom': 'LSE',
  xetra: 'XETRA',
  frankfurt: 'FRA',
  'india/bombay': 'BSE',
  paris: 'EPA',
  amsterdam: 'AMS',
};

export function exchangeFromYahooCode(code: string | undefined): ExchangeId | undefined {
  return code === undefined ? undefined : yahooExchangeCodes[code.toUpperCase()];
}

export function exchangeFromMic(mic: string | undefined): ExchangeId | undefined {
  return mic === undefined ? undefined : micCodes[mic.toUpperCase()];
}

/** A venue's name as a provider writes it (`NYSE`, `NASDAQ`, `NYSE ARCA`), through the same table as written prefixes. */
export function exchangeFromName(name: string | undefined): ExchangeId | undefined {
  return name === undefined ? undefined : normalizeExchange(name);
}

/**
 * `SHOP.TO` → SHOP on TSX; `BRK.B`/`BRK-B` → the US class share BRK.B; `SAP.DE` → SAP on Xetra; `OMV.VI` → undefined (a venue we have no id
 * for, which a note could not name). `usVenue` is what a bare symbol means: undefined (US, venue unsaid).
 */
export function splitVenueSuffix(providerSymbol: string): { readonly symbol: string; readonly exchange?: ExchangeId } | undefined {
  const match = /^(.+?)[.-]([A-Z]{1,3})$/i.exec(providerSymbol);
  if (!match) return { symbol: providerSymbol.toUpperCase() };
  const [, base, suffix] = match as unknown as [string, string, string];
  // Tokyo's codes are digits (`7203.T`); after letters, `.T` would be a US share class.
  const venue = /^\d/.test(base) && suffix.toUpperCase() === 'T' ? 'TYO' : venueSuffixes[suffix.toUpperCase()];
  if (venue) return { symbol: base.toUpperCase(), exchange: venue };
  // One letter after a dot or dash is a share class on US listings (BRK.B, BF-B); anything else is a venue we lack.
  return suffix.length === 1 ? { symbol: `${base}.${suffix}`.toUpperCase() } : undefined;
}

/** Alpha Vantage: region decides the venue; `TSCO.LON` → TSCO on LSE, `BRK-B` in the US → BRK.B. */
export function alphaVantageListing(providerSymbol: string, region: string | undefined): { readonly symbol: string; readonly exchange?: ExchangeId } | undefined {
  const venue = alphaVantageRegions[(region ?? 'united states').trim().toLowerCase()];
  if (venue === undefined) return undefined;
  if (venue === 'US') return splitVenueSuffix(providerSymbol);
  return { symbol: providerSymbol.replace(/\.[A-Z]+$/i, '').toUpperCase(), exchange: venue };
}
