import { strict as assert } from 'node:assert';
import type { TickerRef } from '../../../src/core/tickers/tickerRef';
import { listingKey, twelveDataSymbol, usListingSymbol, yahooSymbol } from '../../../src/core/quotes/providers/providerSymbols';
import { QuoteError } from '../../../src/core/quotes/quote';
import type { ExchangeId } from '../../../src/core/tickers/exchanges';

const ticker = (written: string): TickerRef => {
  const [first, second] = written.split(':');
  return second === undefined ? { symbol: first as string } : { symbol: second, exchange: first as ExchangeId };
};

describe('providerSymbols', () => {
  const table: [written: string, yahoo: string, twelveData: string][] = [
    ['NASDAQ:AAPL', 'AAPL', 'AAPL'],
    ['NYSE:BRK.B', 'BRK-B', 'BRK.B'],
    ['BRK.B', 'BRK-B', 'BRK.B'],
    ['OTC:KRKNF', 'KRKNF', 'KRKNF'],
    ['TSX:SHOP', 'SHOP.TO', 'SHOP:TSX'],
    ['TSXV:X', 'X.V', 'X:TSXV'],
    ['LSE:VOD', 'VOD.L', 'VOD:LSE'],
    ['INDEX:RUT', '^RUT', 'RUT'],
    ['INDEX:NDX', '^NDX', 'NDX'],
    ['NDX', '^NDX', 'NDX'],
    ['SPX', '^GSPC', 'SPX'],
    ['INDEX:SML', '^SP600', 'SP600'],
    ['SP600', '^SP600', 'SP600'],
    ['^RUT', '^RUT', 'RUT'],
  ];
  for (const [written, yahoo, twelveData] of table) {
    it(`${written} → Yahoo ${yahoo}, Twelve Data ${twelveData}`, () => {
      assert.equal(yahooSymbol(ticker(written)), yahoo);
      assert.equal(twelveDataSymbol(ticker(written)), twelveData);
    });
  }

  it('gives Finnhub and Alpha Vantage US tickers as written and refuses indices with a proxy', () => {
    assert.equal(usListingSymbol(ticker('NYSE:BRK.B'), 'Finnhub'), 'BRK.B');
    const proxies: Record<string, string> = { 'INDEX:RUT': 'IWM', NDX: 'QQQ', SPX: 'SPY', 'INDEX:SML': 'IJR' };
    for (const [written, proxy] of Object.entries(proxies)) {
      assert.throws(
        () => usListingSymbol(ticker(written), 'Finnhub'),
        (error: unknown) => error instanceof QuoteError && error.kind === 'unknown-symbol' && error.message.includes(`such as ${proxy}`),
      );
    }
  });

  it('keys a listing once however it is written', () => {
    assert.equal(listingKey(ticker('NASDAQ:AAPL')), listingKey(ticker('AAPL')));
    assert.equal(listingKey(ticker('aapl')), 'AAPL');
    assert.notEqual(listingKey(ticker('TSX:SHOP')), listingKey(ticker('SHOP')));
    assert.equal(listingKey(ticker('INDEX:SML')), listingKey(ticker('SP600')));
  });
});
