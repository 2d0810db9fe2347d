import { strict as assert } from 'node:assert';
import { bindMarketData, marketRows, readMarketBinding } from '../../../src/core/charts/marketBinding';
import { LineIndex } from '../../../src/core/tickers/lineIndex';
import { prepareCharts, resolveChartSpec, type HistorySource } from '../../../src/core/charts/prepareCharts';
import { QuoteError, type History } from '../../../src/core/quotes/quote';

const iwm: History = { symbol: 'IWM', provider: 'snapshot', bars: [{ date: '2026-01-02', close: 200 }, { date: '2026-01-05', close: 210 }] };
const qqq: History = { symbol: 'QQQ', provider: 'snapshot', bars: [{ date: '2026-01-02', close: 500 }, { date: '2026-01-05', close: 490 }] };

describe('market binding', () => {
  it('normalises each series to its first bar', () => {
    assert.deepEqual(marketRows([iwm, qqq], 100), [
      { date: '2026-01-02', symbol: 'IWM', close: 200, value: 100 },
      { date: '2026-01-05', symbol: 'IWM', close: 210, value: 105 },
      { date: '2026-01-02', symbol: 'QQQ', close: 500, value: 100 },
      { date: '2026-01-05', symbol: 'QQQ', close: 490, value: 98 },
    ]);
  });

  it('keeps the close as the value without normalize, and skips unusable bars', () => {
    const odd: History = { symbol: 'X', provider: 'p', bars: [{ date: '2026-01-01', close: Number.NaN }, { date: '2026-01-02', close: 5 }] };
    assert.deepEqual(marketRows([odd]), [{ date: '2026-01-02', symbol: 'X', close: 5, value: 5 }]);
  });

  it('binds a `market` dataset and points a spec without data at it', () => {
    const bound = bindMarketData({ mark: 'line' }, [iwm], 100);
    assert.deepEqual(bound.data, { name: 'market' });
    assert.equal((bound.datasets as { market: unknown[] }).market.length, 2);
    const own = bindMarketData({ mark: 'line', data: { name: 'market' }, datasets: { other: [] } }, [iwm]);
    assert.deepEqual(Object.keys(own.datasets as object), ['other', 'market']);
  });

  it('validates usermeta.marketNotes', () => {
    const read = (meta: unknown) => readMarketBinding({ usermeta: { marketNotes: meta } });
    assert.equal(readMarketBinding({ mark: 'bar' }), undefined);
    assert.deepEqual(read({ tickers: ['IWM', 'iwm', '^RUT'], range: 'ytd' }), { ok: true, binding: { tickers: ['IWM', '^RUT'], range: 'ytd' } });
    assert.deepEqual((read({ tickers: [], range: 'ytd' }) as { path: unknown }).path, ['usermeta', 'marketNotes', 'tickers']);
    assert.deepEqual((read({ tickers: ['IWM', 'no way'], range: 'ytd' }) as { path: unknown }).path, ['usermeta', 'marketNotes', 'tickers', 1]);
    assert.equal(read({ tickers: ['IWM'], range: '3mo', normalize: -1 })?.ok, false);
    assert.equal(read('IWM')?.ok, false);
  });
});

describe('resolveChartSpec', () => {
  const note = '```vega-lite\n{"mark": "line", "usermeta": {"marketNotes": {"tickers": ["IWM", "QQQ"], "range": "3mo", "normalize": 100}}}\n```\n';
  const lines = new LineIndex(note);
  const [chart] = prepareCharts(note, lines);

  it('fetches each ticker for the range and binds the rows', async () => {
    const asked: string[] = [];
    const history: HistorySource = async (ticker, range) => {
      asked.push(`${ticker.symbol}/${range}`);
      return ticker.symbol === 'IWM' ? iwm : qqq;
    };
    const result = await resolveChartSpec(chart, lines, history);
    assert.deepEqual(asked, ['IWM/3mo', 'QQQ/3mo']);
    assert.ok('spec' in result);
    assert.equal((result.spec.datasets as { market: unknown[] }).market.length, 4);
  });

  it('turns failed fetches into one data problem on the fence, with the provider reasons', async () => {
    const history: HistorySource = async (ticker) => {
      if (ticker.symbol === 'QQQ') throw new QuoteError('rate-limited', 'rate limited, retry in 20 s');
      return iwm;
    };
    const result = await resolveChartSpec(chart, lines, history);
    assert.ok('problem' in result);
    assert.deepEqual([result.problem.kind, result.problem.line, result.problem.message], ['data', 1, 'No market data for QQQ: rate limited, retry in 20 s']);
    const none = await resolveChartSpec(chart, lines, undefined);
    assert.ok('problem' in none && none.problem.kind === 'data');
  });
});
