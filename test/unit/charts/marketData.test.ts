import { strict as assert } from 'node:assert';
import { bindMarketData, marketRows, readMarketBinding } from '../../../src/core/charts/marketBinding';
import { LineIndex } from '../../../src/core/tickers/lineIndex';
import { prepareCharts, resolveChartSpec, type HistorySource } from '../../../src/core/charts/prepareCharts';
import { QuoteError, type History } from '../../../src/core/quotes/quote';
import { ChartDataUnavailable } from '../../../src/core/charts/chartDataProblem';
import { buildPanelContent } from '../../../src/core/charts/panelState';

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

  it('a provider that does not know a ticker makes a data problem on the fence, with its reason', async () => {
    const history: HistorySource = async (ticker) => {
      if (ticker.symbol === 'QQQ') throw new QuoteError('unknown-symbol', 'Yahoo does not know QQQ');
      return iwm;
    };
    const result = await resolveChartSpec(chart, lines, history);
    assert.ok('problem' in result);
    assert.deepEqual([result.problem.kind, result.problem.line, result.problem.message], ['data', 1, 'No market data for QQQ: Yahoo does not know QQQ']);
    const none = await resolveChartSpec(chart, lines, undefined);
    assert.ok('problem' in none && none.problem.kind === 'data');
  });

  it('offline, rate-limited or keyless is "data unavailable", named by the provider, not a broken chart', async () => {
    const offline: HistorySource = async (ticker) => {
      throw new ChartDataUnavailable('Twelve Data', 'network', `Could not reach Twelve Data for ${ticker.symbol}: connect ECONNREFUSED`);
    };
    const result = await resolveChartSpec(chart, lines, offline);
    assert.ok('problem' in result);
    assert.equal(result.problem.kind, 'unavailable');
    assert.equal(result.problem.message, 'data unavailable: Twelve Data is offline (IWM, QQQ: Could not reach Twelve Data for IWM: connect ECONNREFUSED)');
    const limited = await resolveChartSpec(chart, lines, async () => {
      throw new QuoteError('rate-limited', 'rate limited, retry in 20 s');
    });
    assert.ok('problem' in limited);
    assert.equal(limited.problem.kind, 'unavailable');
    assert.match(limited.problem.message, /^data unavailable: The quote provider is rate-limiting requests/);
  });

  it('the panel content marks unavailable data for a retry and keeps it out of the editor\'s problems', async () => {
    const offline: HistorySource = async () => {
      throw new ChartDataUnavailable('Twelve Data', 'network', 'Could not reach Twelve Data');
    };
    const content = await buildPanelContent({ text: note, version: 1, source: 'file:///n.md', title: 'n.md' }, offline);
    assert.equal(content.retryData, true);
    assert.deepEqual(content.dataProblems, []);
    const online = await buildPanelContent({ text: note, version: 2, source: 'file:///n.md', title: 'n.md' }, async (t) => (t.symbol === 'IWM' ? iwm : qqq));
    assert.equal(online.retryData, false);
  });
});
