import { strict as assert } from 'node:assert';
import { parseSnapshotCsv, parseSnapshotJson, SnapshotFormatError } from '../../../src/core/quotes/snapshotFile';

const header = 'symbol,price,previousClose,currency,asOf,name,exchange';

function formatError(run: () => unknown): SnapshotFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof SnapshotFormatError) return error;
    throw error;
  }
  assert.fail('expected a SnapshotFormatError');
}

describe('snapshot quotes file', () => {
  describe('CSV', () => {
    it('reads rows with optional name and exchange, quoted commas and a BOM', () => {
      const rows = parseSnapshotCsv('quotes.csv', `\uFEFF${header}\r\nAAPL,272.41,269.80,USD,2026-11-20T16:00:00-05:00,"Apple, Inc.",Nasdaq\r\nbrk.b,503.27,,USD,2026-11-20,,\r\n`);
      const apple = rows.get('AAPL');
      assert.equal(apple?.price, 272.41);
      assert.equal(apple?.previousClose, 269.8);
      assert.equal(apple?.name, 'Apple, Inc.');
      assert.equal(apple?.asOf, Date.parse('2026-11-20T21:00:00Z'));
      assert.equal(apple?.line, 2);
      const berkshire = rows.get('BRK.B');
      assert.equal(berkshire?.previousClose, undefined);
      assert.equal(berkshire?.asOf, Date.parse('2026-11-20T00:00:00Z'));
      assert.equal(berkshire?.line, 3);
    });
    it('accepts the symbols of markets abroad: long Indian ones and numbered ones', () => {
      const rows = parseSnapshotCsv('q.csv', `${header}\nHDFCBANK,1712.5,1700,INR,2026-11-20,,NSE\n7203,2078.5,2030,JPY,2026-11-20,,TYO\n0700,315.2,301.6,HKD,2026-11-20,,HKEX\n005930,71200,70900,KRW,2026-11-20,,KRX\n`);
      assert.deepEqual([...rows.keys()], ['HDFCBANK', '7203', '0700', '005930']);
      assert.equal(rows.get('0700')?.price, 315.2);
    });
    it('still refuses a symbol longer than any market writes', () => {
      assert.match(formatError(() => parseSnapshotCsv('q.csv', `${header}\nABCDEFGHIJKL,1,1,USD,2026-01-01,,`)).message, /"ABCDEFGHIJKL" is not a ticker symbol/);
    });
    it('accepts the required columns alone, in any order', () => {
      const rows = parseSnapshotCsv('q.csv', 'currency,asOf,symbol,previousClose,price\nUSD,2026-01-02,IWM,240,246.92\n');
      assert.equal(rows.get('IWM')?.price, 246.92);
    });
    const broken: Array<[string, string, number, RegExp]> = [
      ['a missing column', 'symbol,price,currency,asOf\nAAPL,1,USD,2026-01-01', 1, /missing column previousClose/],
      ['an unknown column', `${header},volume\nAAPL,1,1,USD,2026-01-01,,,5`, 1, /unknown column volume/],
      ['a price that is not a number', `${header}\nAAPL,1,1,USD,2026-01-01,,\nMSFT,abc,1,USD,2026-01-01,,`, 3, /price "abc" is not a non-negative number/],
      ['a date that is not ISO 8601', `${header}\nAAPL,1,1,USD,Jan 5 2026,,`, 2, /asOf "Jan 5 2026" is not an ISO 8601 date/],
      ['a currency that is not a code', `${header}\nAAPL,1,1,dollars,2026-01-01,,`, 2, /currency "dollars" is not a three-letter code/],
      ['a row with too few fields', `${header}\nAAPL,1,1,USD`, 2, /expected 7 fields/],
      ['an unterminated quote', `${header}\nAAPL,1,1,USD,2026-01-01,"Apple,Nasdaq\nMSFT,1,1,USD,2026-01-01,,`, 2, /quoted field unterminated/],
      ['an empty file', '', 1, /the file is empty/],
      ['binary junk', '\u0000\u0001\u00ff\u00fePNG\u0000', 1, /missing columns/],
      ['a symbol that is not a ticker', `${header}\nnot a ticker,1,1,USD,2026-01-01,,`, 2, /is not a ticker symbol/],
    ];
    for (const [what, text, line, message] of broken) {
      it(`names the file and line for ${what}`, () => {
        const error = formatError(() => parseSnapshotCsv('examples/.market-notes/quotes.csv', text));
        assert.equal(error.line, line);
        assert.match(error.message, /^examples\/\.market-notes\/quotes\.csv line \d+: /);
        assert.match(error.message, message);
      });
    }
  });

  describe('JSON', () => {
    it('reads an array of quote objects with numbers or strings', () => {
      const rows = parseSnapshotJson('q.json', '[\n  {"symbol": "AAPL", "price": 272.41, "previousClose": "269.80", "currency": "USD", "asOf": "2026-11-20"},\n  {"symbol": "IWM", "price": 246.92, "previousClose": null, "currency": "USD", "asOf": "2026-11-20T16:00:00Z"}\n]');
      assert.equal(rows.get('AAPL')?.previousClose, 269.8);
      assert.equal(rows.get('IWM')?.line, 3);
      assert.equal(rows.get('IWM')?.previousClose, undefined);
    });
    it('reports broken JSON at its line and column', () => {
      const error = formatError(() => parseSnapshotJson('q.json', '[\n  {"symbol": "AAPL",\n   "price": }\n]'));
      assert.equal(error.line, 3);
      assert.match(error.message, /q\.json line 3: invalid JSON at column 13: value expected/);
    });
    it('refuses JSON nested 200,000 levels deep at its place, before parsing it', () => {
      const error = formatError(() => parseSnapshotJson('q.json', `[\n  ${'['.repeat(200_000)}${']'.repeat(200_000)}\n]`));
      assert.equal(error.line, 2);
      assert.match(error.message, /q\.json line 2: nested more than 100 levels deep at column 102/);
    });
    it('rejects an object where an array belongs', () => {
      assert.match(formatError(() => parseSnapshotJson('q.json', '{"AAPL": 1}')).message, /expected a JSON array/);
    });
    it('names the element that lacks a field', () => {
      const error = formatError(() => parseSnapshotJson('q.json', '[\n{"symbol":"AAPL","price":1,"previousClose":1,"currency":"USD","asOf":"2026-01-01"},\n{"symbol":"MSFT","price":1}\n]'));
      assert.equal(error.line, 3);
      assert.match(error.message, /missing properties previousClose, currency, asOf/);
    });
  });
});
