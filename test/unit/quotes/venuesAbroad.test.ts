// Listings abroad through the providers: the spelling each wants (`(HKEX: 0700)` is Yahoo's `0700.HK`, Twelve
// Data's `0700:HKEX`), the wire exchange against local servers, and a clear refusal from the US-only free tiers.

import { strict as assert } from 'node:assert';
import { FinnhubProvider } from '../../../src/core/quotes/providers/finnhubProvider';
import { listingKey, twelveDataSymbol, usListingSymbol, yahooSymbol } from '../../../src/core/quotes/providers/providerSymbols';
import { TwelveDataProvider } from '../../../src/core/quotes/providers/twelveDataProvider';
import { YahooProvider } from '../../../src/core/quotes/providers/yahooProvider';
import { QuoteError } from '../../../src/core/quotes/quote';
import { exchangeTimeZone, isMarketOpen } from '../../../src/core/quotes/marketHours';
import { parseWrittenTicker } from '../../../src/core/tickers/parseWrittenTicker';
import type { TickerRef } from '../../../src/core/tickers/tickerRef';
import { startFinnhubServer, startTwelveDataServer, startYahooServer, type LocalServer } from './servers';

const typed = (written: string): TickerRef => {
  const ticker = parseWrittenTicker(written);
  assert.ok(ticker, written);
  return ticker;
};

describe('provider symbols on venues abroad', () => {
  const table: [written: string, yahoo: string, twelveData: string][] = [
    ['HKEX:0700', '0700.HK', '0700:HKEX'],
    ['HKEX:700', '0700.HK', '0700:HKEX'],
    ['HKG:9988', '9988.HK', '9988:HKEX'],
    ['HKEX:5', '0005.HK', '0005:HKEX'],
    ['NSE:INFY', 'INFY.NS', 'INFY:NSE'],
    ['BSE:500209', '500209.BO', '500209:BSE'],
    ['ETR:SAP', 'SAP.DE', 'SAP:XETR'],
    ['FRA:BMW', 'BMW.F', 'BMW:FSX'],
    ['EPA:MC', 'MC.PA', 'MC:Euronext'],
    ['AMS:ASML', 'ASML.AS', 'ASML:Euronext'],
    ['SWX:NESN', 'NESN.SW', 'NESN:SIX'],
    ['KRX:005930', '005930.KS', '005930:KRX'],
  ];
  for (const [written, yahoo, twelveData] of table) {
    it(`${written} → Yahoo ${yahoo}, Twelve Data ${twelveData}`, () => {
      assert.equal(yahooSymbol(typed(written)), yahoo);
      assert.equal(twelveDataSymbol(typed(written)), twelveData);
    });
  }

  it('keys a Hong Kong code once however many zeros lead it, and apart from a US symbol of the same letters', () => {
    assert.equal(listingKey(typed('HKEX:700')), listingKey(typed('HKEX:00700')));
    assert.notEqual(listingKey(typed('ETR:SAP')), listingKey(typed('SAP')));
    assert.notEqual(listingKey(typed('EPA:MC')), listingKey(typed('AMS:MC')));
  });

  it('the US-only free tiers refuse a listing abroad by name, never quoting a US symbol of the same letters', () => {
    for (const written of ['HKEX:0700', 'ETR:SAP', 'NSE:INFY', 'SWX:NESN']) {
      assert.throws(
        () => usListingSymbol(typed(written), 'Finnhub'),
        (error: unknown) => error instanceof QuoteError && error.kind === 'unknown-symbol' && /Finnhub quotes US listings only; \S+ needs Yahoo or Twelve Data/.test(error.message),
      );
    }
  });

  it('each venue keeps its own time zone and hours', () => {
    assert.equal(exchangeTimeZone('HKEX'), 'Asia/Hong_Kong');
    assert.equal(exchangeTimeZone('NSE'), 'Asia/Kolkata');
    assert.equal(exchangeTimeZone('SIX'), 'Europe/Zurich');
    assert.equal(exchangeTimeZone('KRX'), 'Asia/Seoul');
    // Wednesday 2026-03-04 10:00 in Hong Kong is 02:00 UTC: Hong Kong trades, Xetra and New York do not.
    const hongKongMorning = Date.UTC(2026, 2, 4, 2, 0);
    assert.equal(isMarketOpen('HKEX', hongKongMorning), true);
    assert.equal(isMarketOpen('XETRA', hongKongMorning), false);
    assert.equal(isMarketOpen('NYSE', hongKongMorning), false);
  });
});

describe('listings abroad on the wire', () => {
  let yahoo: LocalServer;
  let twelveData: LocalServer;
  let finnhub: LocalServer;

  before(async () => {
    yahoo = await startYahooServer({
      quotes: {
        '0700.HK': { price: 612.5, previousClose: 605, currency: 'HKD', name: 'Tencent Holdings Limited', exchange: 'HKSE' },
        'SAP.DE': { price: 231.4, previousClose: 229.9, currency: 'EUR', name: 'SAP SE', exchange: 'XETRA' },
        '005930.KS': { price: 71200, previousClose: 70800, currency: 'KRW', name: 'Samsung Electronics Co., Ltd.', exchange: 'KSE' },
      },
    });
    twelveData = await startTwelveDataServer({
      apiKey: 'venue-test-key',
      quotes: { 'INFY:NSE': { price: 1612.3, previousClose: 1598, currency: 'INR', name: 'Infosys Limited', exchange: 'NSE' } },
    });
    finnhub = await startFinnhubServer({ apiKey: 'venue-test-key' });
  });
  after(async () => {
    await yahoo.close();
    await twelveData.close();
    await finnhub.close();
  });

  it('Yahoo: (HKEX: 0700) is asked for as 0700.HK and its quote comes back in HKD for the written symbol', async () => {
    const provider = new YahooProvider({ baseUrl: yahoo.baseUrl });
    const quote = await provider.quote(typed('HKEX: 0700'));
    assert.equal(yahoo.requests.at(-1)?.path, '/v8/finance/chart/0700.HK');
    assert.deepEqual([quote.symbol, quote.providerSymbol, quote.price, quote.currency, quote.exchange], ['0700', '0700.HK', 612.5, 'HKD', 'HKSE']);
    await provider.quote(typed('HKEX:700'));
    assert.equal(yahoo.requests.at(-1)?.path, '/v8/finance/chart/0700.HK');
    assert.equal((await provider.quote(typed('ETR:SAP'))).currency, 'EUR');
    assert.equal(yahoo.requests.at(-1)?.path, '/v8/finance/chart/SAP.DE');
    assert.equal((await provider.quote(typed('KRX:005930'))).price, 71200);
    assert.equal(yahoo.requests.at(-1)?.path, '/v8/finance/chart/005930.KS');
  });

  it('Twelve Data: (NSE: INFY) is asked for as INFY:NSE', async () => {
    const provider = new TwelveDataProvider({ baseUrl: twelveData.baseUrl, apiKey: 'venue-test-key' });
    const quote = await provider.quote(typed('NSE: INFY'));
    assert.equal(twelveData.requests.at(-1)?.query.symbol, 'INFY:NSE');
    assert.deepEqual([quote.symbol, quote.price, quote.currency], ['INFY', 1612.3, 'INR']);
  });

  it('Finnhub: a Hong Kong listing is refused without a request, never sent as a US symbol', async () => {
    const provider = new FinnhubProvider({ baseUrl: finnhub.baseUrl, apiKey: 'venue-test-key' });
    const before = finnhub.requests.length;
    await assert.rejects(provider.quote(typed('HKEX:0700')), (error: unknown) => error instanceof QuoteError && error.kind === 'unknown-symbol' && error.message.includes('HKEX:0700 needs Yahoo or Twelve Data'));
    assert.equal(finnhub.requests.length, before);
  });
});
