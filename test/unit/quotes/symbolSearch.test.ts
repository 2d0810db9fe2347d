// Each provider's symbol search against its local wire-format server: symbols and company names find listings,
// venues come back as our exchange ids (never guessed), and every failure is a typed QuoteError without the key.
import { strict as assert } from 'node:assert';
import type { Logger } from '../../../src/core/logger';
import type { HttpProviderId } from '../../../src/core/quotes/providers/baseUrls';
import type { HttpQuoteProvider } from '../../../src/core/quotes/providers/httpProvider';
import { createProvider } from '../../../src/core/quotes/providers/registry';
import { searchProviderSymbols } from '../../../src/core/quotes/search';
import { retryWindowMs } from '../../../src/core/quotes/retryWindows';
import { rejection } from './faultMatrix';
import { startAlphaVantageServer, startFinnhubServer, startTwelveDataServer, startYahooServer, type Fault, type LocalServer } from './servers';

const secret = 'search-secret-key-9137';

interface Subject {
  readonly id: HttpProviderId;
  readonly name: string;
  /** The venue the provider says for KO: Yahoo and Twelve Data name it, Finnhub and Alpha Vantage do not. */
  readonly koExchange: 'NYSE' | undefined;
  readonly iwmExchange: 'NYSEARCA' | undefined;
  readonly searchPath: string;
  /** The request parameter that carries the query. */
  readonly queryParameter: string;
  start(faults: Record<string, Fault>): Promise<LocalServer>;
}

const subjects: Subject[] = [
  { id: 'yahoo', name: 'Yahoo', koExchange: 'NYSE', iwmExchange: 'NYSEARCA', searchPath: '/v1/finance/search', queryParameter: 'q', start: (faults) => startYahooServer({ faults }) },
  {
    id: 'twelvedata',
    name: 'Twelve Data',
    koExchange: 'NYSE',
    iwmExchange: 'NYSEARCA',
    searchPath: '/symbol_search',
    queryParameter: 'symbol',
    start: (faults) => startTwelveDataServer({ faults, apiKey: secret }),
  },
  { id: 'finnhub', name: 'Finnhub', koExchange: undefined, iwmExchange: undefined, searchPath: '/api/v1/search', queryParameter: 'q', start: (faults) => startFinnhubServer({ faults, apiKey: secret }) },
  {
    id: 'alphavantage',
    name: 'Alpha Vantage',
    koExchange: undefined,
    iwmExchange: undefined,
    searchPath: '/query',
    queryParameter: 'keywords',
    start: (faults) => startAlphaVantageServer({ faults, apiKey: secret }),
  },
];

for (const subject of subjects) {
  describe(`${subject.name} symbol search`, () => {
    let server: LocalServer;
    let provider: HttpQuoteProvider;
    let impatient: HttpQuoteProvider;
    const faults: Record<string, Fault> = {};
    const logLines: string[] = [];
    const logger: Logger = { trace: (m) => logLines.push(m), info: (m) => logLines.push(m), warn: (m) => logLines.push(m), error: (m) => logLines.push(m) };

    before(async () => {
      server = await subject.start(faults);
      provider = createProvider(subject.id, { baseUrl: server.baseUrl, apiKey: secret, logger });
      impatient = createProvider(subject.id, { baseUrl: server.baseUrl, apiKey: secret, logger, timeoutMs: 300 });
    });
    after(() => server.close());

    it('finds a listing by company name ("coca"), with name, type and the venue the provider gives', async () => {
      const matches = await searchProviderSymbols(provider, 'coca');
      const ko = matches.find((match) => match.symbol === 'KO');
      assert.ok(ko, JSON.stringify(matches));
      assert.equal(ko.exchange, subject.koExchange);
      assert.match(ko.name ?? '', /coca-cola company/i);
      assert.ok(ko.type, 'a type');
      assert.equal(ko.source, subject.id);
      assert.ok(matches.some((match) => match.symbol === 'COKE'));
      const request = server.requests.at(-1);
      assert.equal(request?.path, subject.searchPath);
      assert.equal(request?.query[subject.queryParameter], 'coca');
    });

    it('finds symbols by their start ("MET" → MET, META), in the writers\' spelling', async () => {
      const symbols = (await searchProviderSymbols(provider, 'MET')).map((match) => match.symbol);
      assert.ok(symbols.includes('META') && symbols.includes('MET'), symbols.join(', '));
      const berkshire = await searchProviderSymbols(provider, 'BRK');
      assert.deepEqual(
        berkshire.map((match) => match.symbol),
        ['BRK.B'],
      );
    });

    it('maps foreign listings to our venues and leaves out venues a note cannot name', async () => {
      const [shop] = await searchProviderSymbols(provider, 'shopify');
      assert.equal(shop?.symbol, 'SHOP');
      assert.equal(shop?.exchange, 'TSX');
      const [vodafone] = await searchProviderSymbols(provider, 'vodafone');
      assert.deepEqual([vodafone?.symbol, vodafone?.exchange], ['VOD', 'LSE']);
      const [sap] = await searchProviderSymbols(provider, 'SAP SE');
      assert.deepEqual([sap?.symbol, sap?.exchange], ['SAP', 'XETRA']);
      assert.deepEqual(await searchProviderSymbols(provider, 'OMV Aktiengesellschaft'), []);
      // Milan is a venue a note names, `(BIT: ENI)`; Alpha Vantage's region for it is not one we read.
      const eni = await searchProviderSymbols(provider, 'Eni S.p.A.');
      assert.deepEqual(eni.map((match) => [match.symbol, match.exchange]), subject.id === 'alphavantage' ? [] : [['ENI', 'BIT']]);
      // The Taipei Exchange, whose Yahoo suffix (`.TWO`) and code (`TWO`) run to three letters.
      const pinewafer = await searchProviderSymbols(provider, 'Pinewafer');
      assert.deepEqual(pinewafer.map((match) => [match.symbol, match.exchange]), subject.id === 'alphavantage' ? [] : [['6488', 'TPEX']]);
      const [iwm] = await searchProviderSymbols(provider, 'IWM');
      assert.equal(iwm?.exchange, subject.iwmExchange);
    });

    it('answers nothing for a query nobody lists', async () => {
      assert.deepEqual(await searchProviderSymbols(provider, 'zzqx'), []);
    });

    const cases: { fault: Fault; kind: string; message: RegExp; windowMs?: number }[] = [
      { fault: 'rate-limit-retry-after', kind: 'rate-limited', message: new RegExp(`${subject.name} rate-limited the request for the search "kraft"`), windowMs: 7000 },
      { fault: 'server-error', kind: 'bad-response', message: new RegExp(`${subject.name} failed with HTTP 500 for the search "kraft"`), windowMs: 30_000 },
      { fault: 'html', kind: 'bad-response', message: /answered HTML instead of JSON/, windowMs: 30_000 },
      { fault: 'malformed-json', kind: 'bad-response', message: /answered malformed JSON/ },
      { fault: 'reset', kind: 'network', message: new RegExp(`Could not reach ${subject.name} for the search "kraft"`), windowMs: 10_000 },
      { fault: 'hang', kind: 'network', message: /did not answer within 300 ms/ },
    ];
    for (const faultCase of cases) {
      it(`${faultCase.fault} is ${faultCase.kind}`, async () => {
        faults.kraft = faultCase.fault;
        try {
          const error = await rejection(searchProviderSymbols(faultCase.fault === 'hang' ? impatient : provider, 'kraft'));
          logLines.push(error.message);
          assert.equal(error.kind, faultCase.kind, error.message);
          assert.match(error.message, faultCase.message);
          if (faultCase.windowMs !== undefined) assert.equal(retryWindowMs(error), faultCase.windowMs);
        } finally {
          delete faults.kraft;
        }
      });
    }

    it("the provider's own error answer is a typed failure too", async () => {
      faults.kraft = 'provider-error';
      try {
        const error = await rejection(searchProviderSymbols(provider, 'kraft'));
        assert.ok(['rate-limited', 'bad-response'].includes(error.kind), error.message);
      } finally {
        delete faults.kraft;
      }
    });

    it('a cancelled search aborts its request', async () => {
      faults.slow = 'hang';
      try {
        const controller = new AbortController();
        const search = searchProviderSymbols(provider, 'slow', controller.signal);
        setTimeout(() => controller.abort(), 50);
        const error = await rejection(search);
        assert.match(error.message, /cancelled/);
      } finally {
        delete faults.slow;
      }
    });

    if (subject.id !== 'yahoo') {
      it('sends the key, and no logged line or message ever holds it', () => {
        assert.ok(server.requests.some((request) => Object.values(request.query).includes(secret)));
        assert.ok(logLines.some((line) => line.includes(subject.searchPath)), 'the requests were logged');
        for (const line of logLines) assert.ok(!line.includes(secret), line);
      });
    }
  });
}
