// Writers spell a listing one way (`(TSX: SHOP)`, `$BRK.B`, `(INDEX: SML)`); every provider wants its own spelling.
// The mapping lives here so the providers stay about wire formats and the table can be read in one place.

import { asxIndexCodes, type ExchangeId } from '../../tickers/exchanges';
import { QuoteError } from '../quote';
import type { TickerRef } from '../../tickers/tickerRef';

/** Venues that share one US symbol namespace: `(NASDAQ: AAPL)` and `$AAPL` are the same listing. */
const usVenues: ReadonlySet<ExchangeId | undefined> = new Set([undefined, 'NASDAQ', 'NYSE', 'NYSEARCA', 'NYSEAMERICAN', 'OTC', 'CBOE']);

// Index codes as writers use them, folded to one canonical code each.
const indexAliases: ReadonlyMap<string, string> = new Map([
  ['RUT', 'RUT'],
  ['NDX', 'NDX'],
  ['SPX', 'SPX'],
  ['GSPC', 'SPX'],
  ['INX', 'SPX'], // Google Finance's code for the S&P 500 (`INDEXSP:.INX`)
  ['SML', 'SP600'],
  ['SP600', 'SP600'],
  ['DJI', 'DJI'],
  ['DJIA', 'DJI'],
  ['VIX', 'VIX'],
  ['IXIC', 'IXIC'],
  ['COMP', 'IXIC'],
  ['AXJO', 'XJO'], // Reuters' and Yahoo's code for the S&P/ASX 200 (`.AXJO`, `^AXJO`), the ASX's own `XJO`
]);

// Bare symbols that mean an index even without `INDEX:` — none of them is a US stock a writer would cashtag.
const bareIndexSymbols: ReadonlySet<string> = new Set(['RUT', 'NDX', 'SPX', 'SP600', 'DJI', 'VIX', 'GSPC']);

// Yahoo writes the S&P/ASX indices with an A before the ASX's code (`XJO` is `^AXJO`), the All Ordinaries as `^AORD`,
// and the Shanghai Composite (Reuters' `.SSEC`) as a listing on Shanghai's board.
const yahooIndexSymbols: Readonly<Record<string, string>> = { SPX: '^GSPC', XAO: '^AORD', SSEC: '000001.SS' };

/** ETFs that track each index, for providers whose free tier has no index quotes. */
export const indexProxyEtfs: Readonly<Record<string, string>> = { RUT: 'IWM', NDX: 'QQQ', SPX: 'SPY', SP600: 'IJR', DJI: 'DIA', IXIC: 'QQQ' };

// Yahoo names a venue abroad by a suffix: Xetra's is `.DE` (Frankfurt's floor is `.F`), SIX's `.SW`, the Taipei
// Exchange's `.TWO` beside the TWSE's `.TW`.
const yahooSuffixes: Readonly<Record<Exclude<ExchangeId, UsOrIndex>, string>> = {
  TSX: '.TO',
  TSXV: '.V',
  LSE: '.L',
  ASX: '.AX',
  TYO: '.T',
  HKEX: '.HK',
  NSE: '.NS',
  BSE: '.BO',
  XETRA: '.DE',
  FRA: '.F',
  EPA: '.PA',
  AMS: '.AS',
  SIX: '.SW',
  KRX: '.KS',
  CSE: '.CN',
  BIT: '.MI',
  BME: '.MC',
  HEL: '.HE',
  CPH: '.CO',
  OSL: '.OL',
  STO: '.ST',
  SHA: '.SS',
  SHE: '.SZ',
  TWSE: '.TW',
  TPEX: '.TWO',
  SGX: '.SI',
  JSE: '.JO',
  B3: '.SA',
  TASE: '.TA',
  NZX: '.NZ',
  EBR: '.BR',
  ELI: '.LS',
  PSE: '.PS',
  WSE: '.WA',
  SET: '.BK',
  IDX: '.JK',
  MYX: '.KL',
};
// Twelve Data's exchange names (its `/exchanges` list); Paris, Amsterdam, Brussels and Lisbon are all "Euronext", whose
// codes are one namespace. Frankfurt's floor is `FSX` there (?), and the names for Milan, the Nordic markets and the
// CSE are read from its listings' `exchange` fields (MTA, OMXH, OMXC, OSE, OMX, CSE), not from a page that documents
// them (?). B3 is "Bovespa" there. Manila, Warsaw, Bangkok, Jakarta and Kuala Lumpur are taken to go by the codes
// they write themselves (PSE, GPW, SET, IDX, MYX), not checked against a listing (?).
const twelveDataExchanges: Readonly<Record<Exclude<ExchangeId, UsOrIndex>, string>> = {
  TSX: 'TSX',
  TSXV: 'TSXV',
  LSE: 'LSE',
  ASX: 'ASX',
  TYO: 'JPX',
  HKEX: 'HKEX',
  NSE: 'NSE',
  BSE: 'BSE',
  XETRA: 'XETR',
  FRA: 'FSX',
  EPA: 'Euronext',
  AMS: 'Euronext',
  SIX: 'SIX',
  KRX: 'KRX',
  CSE: 'CSE',
  BIT: 'MTA',
  BME: 'BME',
  HEL: 'OMXH',
  CPH: 'OMXC',
  OSL: 'OSE',
  STO: 'OMX',
  SHA: 'SSE',
  SHE: 'SZSE',
  TWSE: 'TWSE',
  TPEX: 'TPEX',
  SGX: 'SGX',
  JSE: 'JSE',
  B3: 'Bovespa',
  TASE: 'TASE',
  NZX: 'NZX',
  EBR: 'Euronext',
  ELI: 'Euronext',
  PSE: 'PSE',
  WSE: 'GPW',
  SET: 'SET',
  IDX: 'IDX',
  MYX: 'MYX',
};

type UsOrIndex = 'NASDAQ' | 'NYSE' | 'NYSEARCA' | 'NYSEAMERICAN' | 'OTC' | 'CBOE' | 'INDEX';

/**
 * Hong Kong's codes as providers want them, four digits at least (`700`, `00700` → `0700`); other symbols upper-cased.
 * Writers drop or add leading zeros, so the cache keys the padded code too.
 */
function listedSymbol(ticker: TickerRef): string {
  const symbol = ticker.symbol.toUpperCase();
  if (ticker.exchange !== 'HKEX' || !/^\d+$/.test(symbol)) return symbol;
  return symbol.replace(/^0+(?=\d)/, '').padStart(4, '0');
}

/** The ticker as the writer would read it in a message: `TSX:SHOP`, `AAPL`. */
export function describeTicker(ticker: TickerRef): string {
  return ticker.exchange && !usVenues.has(ticker.exchange) ? `${ticker.exchange}:${ticker.symbol}` : ticker.symbol;
}

/** One key per listing, so the cache merges `(NASDAQ: AAPL)` and `$AAPL` but keeps `(TSX: SHOP)` apart from `$SHOP`. */
export function listingKey(ticker: TickerRef): string {
  const index = indexCode(ticker);
  if (index !== undefined) {
    return `INDEX:${index}`;
  }
  const symbol = listedSymbol(ticker);
  return usVenues.has(ticker.exchange) ? symbol : `${ticker.exchange}:${symbol}`;
}

/** The canonical index code (`RUT`, `SPX`, `SP600`) when the ticker names an index, else undefined. */
export function indexCode(ticker: TickerRef): string | undefined {
  const symbol = ticker.symbol.toUpperCase();
  if (symbol.startsWith('^')) {
    return canonicalIndex(symbol.slice(1));
  }
  if (ticker.exchange === 'INDEX') {
    return canonicalIndex(symbol);
  }
  return ticker.exchange === undefined && bareIndexSymbols.has(symbol) ? canonicalIndex(symbol) : undefined;
}

/** Yahoo: class shares with `-` (`BRK-B`), foreign listings with a suffix (`SHOP.TO`), indices with `^` (`^GSPC`). */
export function yahooSymbol(ticker: TickerRef): string {
  const index = indexCode(ticker);
  if (index !== undefined) {
    return yahooIndexSymbols[index] ?? (asxIndexCodes.has(index) ? `^A${index}` : `^${index}`);
  }
  const base = listedSymbol(ticker).replace(/\./g, '-');
  return base + ((ticker.exchange && yahooSuffixes[ticker.exchange as keyof typeof yahooSuffixes]) ?? '');
}

/** Twelve Data: US symbols as written (`BRK.B`), foreign listings as `SYMBOL:EXCHANGE` (`SHOP:TSX`). */
export function twelveDataSymbol(ticker: TickerRef): string {
  const index = indexCode(ticker);
  if (index !== undefined) {
    return index;
  }
  const exchange = ticker.exchange && twelveDataExchanges[ticker.exchange as keyof typeof twelveDataExchanges];
  const symbol = listedSymbol(ticker);
  return exchange ? `${symbol}:${exchange}` : symbol;
}

/**
 * The symbol for a provider that quotes US listings only on its free tier (Finnhub, Alpha Vantage); rejects
 * indices with the ETF that tracks them, and foreign listings with the providers that have them.
 */
export function usListingSymbol(ticker: TickerRef, providerName: string): string {
  const index = indexCode(ticker);
  if (index !== undefined) {
    const proxy = indexProxyEtfs[index];
    const suggestion = proxy ? `use an ETF proxy such as ${proxy}` : 'use an ETF proxy (IWM, QQQ, SPY, IJR)';
    throw new QuoteError('unknown-symbol', `${providerName} has no index quotes for ${describeTicker(ticker)} on its free tier: ${suggestion}, or switch to Yahoo`);
  }
  if (!usVenues.has(ticker.exchange)) {
    throw new QuoteError('unknown-symbol', `${providerName} quotes US listings only; ${describeTicker(ticker)} needs Yahoo or Twelve Data`);
  }
  return ticker.symbol.toUpperCase();
}

function canonicalIndex(code: string): string {
  return indexAliases.get(code) ?? code;
}
