import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { prepareCharts } from '../../../src/core/charts/prepareCharts';
import { contentKey } from '../../../src/core/preview/contentKey';
import { marketNotesMarkdownIt, type CachedHistory, type PreviewData } from '../../../src/core/preview/previewPlugin';
import type { History, Quote } from '../../../src/core/quotes/quote';

/** A markdown-it like the preview's: html on, and VS Code's source map (data-line + code-line on block tokens). */
function previewMarkdownIt(data: PreviewData = {}): MarkdownIt {
  const md = new MarkdownIt({ html: true });
  md.core.ruler.push('source_map', (state) => {
    for (const token of state.tokens) {
      if (token.map && token.type !== 'inline') {
        token.attrSet('data-line', String(token.map[0]));
        token.attrJoin('class', 'code-line');
      }
    }
  });
  return marketNotesMarkdownIt(md, () => data);
}

/** The placeholders of rendered HTML, their attributes decoded. */
function placeholders(html: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const [tag] of html.matchAll(/<div class="market-notes-chart[^>]*>/g)) {
    const attributes: Record<string, string> = {};
    for (const [, name, value] of tag.matchAll(/ ([a-z-]+)="([^"]*)"/g)) attributes[name] = decode(value);
    found.push(attributes);
  }
  return found;
}

function decode(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const fence = (json: string, language = 'vega-lite') => `\`\`\`${language}\n${json}\n\`\`\`\n`;
const bars = (label: string) => JSON.stringify({ data: { values: [{ a: label, b: 1 }] }, mark: 'bar', encoding: { x: { field: 'a' } } });
const history = (symbol: string, closes: number[]): History => ({
  symbol,
  provider: 'snapshot',
  bars: closes.map((close, i) => ({ date: `2026-11-${String(10 + i).padStart(2, '0')}`, close })),
});

describe('Markdown preview: vega-lite fences', () => {
  it('turns each vega-lite fence into a placeholder with the sanitised spec, keeping the source map', () => {
    const note = `# Note\n\n${fence('{"mark": "bar", "usermeta": {"embedOptions": {"ast": false}, "keep": 1}, "$schema": "https://evil.example/s.json"}')}\n${fence('{"x": 1}', 'json')}`;
    const html = previewMarkdownIt().render(note);
    const [chart, ...rest] = placeholders(html);
    assert.equal(rest.length, 0);
    assert.deepEqual(JSON.parse(chart['data-spec']), { mark: 'bar', usermeta: { keep: 1 } });
    assert.equal(chart['data-line'], '2');
    assert.match(chart.class, /^market-notes-chart code-line$/);
    assert.match(html, /<pre><code data-line="6" class="code-line language-json">\{&quot;x&quot;: 1\}/, 'other fences render as code');
  });

  it('escapes the spec: markup in the data cannot leave the attribute', () => {
    const html = previewMarkdownIt().render(fence(bars('"><img src=x onerror=alert(1)>')));
    assert.doesNotMatch(html, /<img/);
    assert.equal(JSON.parse(placeholders(html)[0]['data-spec']).data.values[0].a, '"><img src=x onerror=alert(1)>');
  });

  it('a broken block carries the problem the panel shows, at the same line and column', () => {
    const note = `Text\n\n${fence('{\n  "mark": "bar",,\n}')}`;
    const [chart] = placeholders(previewMarkdownIt().render(note));
    const expected = prepareCharts(note)[0].problem!;
    assert.deepEqual(JSON.parse(chart['data-problem']), { message: expected.message, line: expected.line, column: expected.column });
    assert.equal(expected.line, 5);
    assert.equal(chart['data-spec'], undefined);
  });

  it('keys change only for the block that changed', () => {
    const md = previewMarkdownIt();
    const before = placeholders(md.render(`${fence(bars('A'))}\n${fence(bars('B'))}`));
    const after = placeholders(md.render(`Added text above.\n\n${fence(bars('A'))}\n${fence(bars('C'))}`));
    assert.equal(after[0]['data-chart-key'], before[0]['data-chart-key']);
    assert.notEqual(after[1]['data-chart-key'], before[1]['data-chart-key']);
    assert.notEqual(after[0]['data-line'], before[0]['data-line']);
  });

  it('binds market-bound blocks from cached histories, says when data is on its way, and reports failures', () => {
    const note = fence('{"usermeta": {"marketNotes": {"tickers": ["IWM", "QQQ"], "range": "3mo", "normalize": 100}}, "mark": "line"}');
    const cache = new Map<string, CachedHistory>([['IWM|3mo', { history: history('IWM', [200, 210]) }]]);
    const asked: string[] = [];
    const md = previewMarkdownIt({
      history: (symbol, range) => {
        asked.push(`${symbol}|${range}`);
        return cache.get(`${symbol}|${range}`) ?? { pending: true };
      },
    });
    const pending = placeholders(md.render(note))[0];
    assert.equal(pending['data-pending'], 'Loading market data for QQQ…');
    assert.deepEqual(asked, ['IWM|3mo', 'QQQ|3mo']);

    cache.set('QQQ|3mo', { history: history('QQQ', [500, 450]) });
    const bound = JSON.parse(placeholders(md.render(note))[0]['data-spec']);
    assert.deepEqual(bound.data, { name: 'market' });
    assert.deepEqual(
      bound.datasets.market.map((row: { symbol: string; value: number }) => `${row.symbol} ${row.value}`),
      ['IWM 100', 'IWM 105', 'QQQ 100', 'QQQ 90'],
    );

    cache.set('QQQ|3mo', { failed: 'rate limited' });
    const failed = JSON.parse(placeholders(md.render(note))[0]['data-problem']);
    assert.equal(failed.message, 'No market data for QQQ: rate limited');
    assert.equal(failed.line, 1);
  });

  it('renders a note without charts or tickers exactly as markdown-it does', () => {
    const note = '# Plain\n\n```js\nlet a = 1;\n```\n\nNo tickers here.\n';
    const plain = new MarkdownIt({ html: true });
    assert.equal(marketNotesMarkdownIt(new MarkdownIt({ html: true }), () => ({})).render(note), plain.render(note));
  });
});

describe('Markdown preview: ticker markers', () => {
  const aapl: Quote = { symbol: 'AAPL', providerSymbol: 'AAPL', provider: 'snapshot', price: 272.41, previousClose: 269.8, currency: 'USD', asOf: Date.UTC(2026, 10, 20, 21), exchangeTimezone: 'America/New_York' };
  const data: PreviewData = {
    quote: (ticker) => (ticker.symbol === 'AAPL' ? { quote: aapl, providerLabel: 'Snapshot' } : { providerLabel: 'Yahoo' }),
  };
  const markers = (html: string) => [...html.matchAll(/<span class="market-notes-ticker ([^"]*)"[^>]* title="([^"]*)" aria-label="([^"]*)"><\/span>/g)].map((m) => ({ modifier: m[1], title: decode(m[2]), label: decode(m[3]) }));

  it('puts a marker after each mention, titled with the last known quote', () => {
    const html = previewMarkdownIt(data).render('Apple (NASDAQ: AAPL) and $TSLA moved; the CEO spoke.\n');
    const found = markers(html);
    assert.deepEqual(found.map((m) => m.title), ['AAPL $272.41, +2.61 (+0.97%) · Snapshot · Nov 20, 2026, 4:00 PM EST', 'TSLA: no quote cached yet (Yahoo)']);
    assert.deepEqual(found.map((m) => m.modifier), ['market-notes-ticker--up', 'market-notes-ticker--none']);
    assert.equal(found[0].label, found[0].title);
    assert.match(html, /AAPL<span class="market-notes-ticker[^>]*><\/span>\) and \$TSLA<span/);
  });

  it('marks table symbols, lists and quotes, but not code, fences or link-less lookalikes', () => {
    const note = ['| Ticker | Price |', '|---|---|', '| AAPL | 1 |', '', '- watch $TSLA', '> and $AAPL', '', 'Code: `$MSFT`', '', '```', '$NVDA', '```', ''].join('\n');
    const titles = markers(previewMarkdownIt(data).render(note)).map((m) => m.title.split(/[ :]/)[0]);
    assert.deepEqual(titles, ['AAPL', 'TSLA', 'AAPL']);
  });

  it('leaves a mention markdown splits into several tokens without a marker rather than misplacing one', () => {
    const html = previewMarkdownIt(data).render('Apple (NASDAQ: **AAPL**) and $TSLA.\n');
    assert.deepEqual(markers(html).map((m) => m.title.split(' ')[0]), ['TSLA:']);
    assert.match(html, /<strong>AAPL<\/strong>/);
  });

  it('escapes what the quote source says', () => {
    const html = previewMarkdownIt({ quote: () => ({ providerLabel: '<b>"x"</b>' }) }).render('$TSLA\n');
    assert.doesNotMatch(html, /<b>/);
    assert.equal(markers(html)[0].title, 'TSLA: no quote cached yet (<b>"x"</b>)');
  });
});

describe('contentKey', () => {
  it('is equal for equal texts and differs for small changes', () => {
    assert.equal(contentKey('{"mark":"bar"}'), contentKey('{"mark":"bar"}'));
    const keys = new Set(['{"mark":"bar"}', '{"mark":"bas"}', '{"mark":"bar"} ', '', 'a', 'b'].map(contentKey));
    assert.equal(keys.size, 6);
  });
});
