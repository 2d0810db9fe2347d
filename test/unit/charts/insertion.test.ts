import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphEndLine, planChartInsertion, selectedTickers } from '../../../src/core/charts/chartInsertion';
import { findTickerMentions } from '../../../src/core/tickers';
import { chartFileName } from '../../../src/core/charts/chartFileName';
import { buildPanelContent } from '../../../src/core/charts/panelState';

describe('chart insertion', () => {
  const fence = '```vega-lite\n{}\n```\n';

  it('starts a new paragraph after a line of text', () => {
    assert.deepEqual(planChartInsertion(fence, 'Small caps led.', undefined), { atLineEnd: true, text: '\n\n```vega-lite\n{}\n```' });
  });

  it('fills a blank line, separated from text above', () => {
    assert.deepEqual(planChartInsertion(fence, '', 'Small caps led.'), { atLineEnd: false, text: `\n${fence}` });
    assert.deepEqual(planChartInsertion(fence, '  ', ''), { atLineEnd: false, text: fence });
  });

  it('a blank line after the fence too when text follows right below', () => {
    assert.deepEqual(planChartInsertion(fence, 'Small caps led.', undefined, '## Next'), { atLineEnd: true, text: '\n\n```vega-lite\n{}\n```\n' });
    assert.deepEqual(planChartInsertion(fence, 'Small caps led.', undefined, ''), { atLineEnd: true, text: '\n\n```vega-lite\n{}\n```' });
  });
});

describe('the selection code action: tickers and place', () => {
  const fence = '```vega-lite\n{}\n```\n';
  const note = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'earnings-season.md'), 'utf8');
  const mentions = findTickerMentions(note);
  const select = (from: string, to: string = from, after = 0): string[] => {
    const start = note.indexOf(from, after);
    assert.ok(start >= 0, from);
    return selectedTickers(mentions, start, note.indexOf(to, start) + to.length);
  };

  it('the mentions a selection touches, in order, without repeats', () => {
    assert.deepEqual(select('Alphabet (Nasdaq', 'MSFT)'), ['GOOGL', 'AMZN', 'MSFT']);
    assert.deepEqual(select('Tesla $TSLA'), ['TSLA']);
  });
  it('a selection on the exchange of (NASDAQ: AMZN) offers AMZN, not NASDAQ', () => {
    const text = 'Amazon (NASDAQ: AMZN) rallied.';
    const start = text.indexOf('NASDAQ');
    assert.deepEqual(selectedTickers(findTickerMentions(text), start, start + 'NASDAQ'.length), ['AMZN']);
  });
  it('a selection on CEO or ROI offers nothing', () => {
    assert.deepEqual(select('CEO'), []);
    assert.deepEqual(select('ROI on AI capex'), []);
  });
  it('a selection ending at MSFT before its ")" keeps MSFT', () => {
    assert.deepEqual(select('Microsoft (NASDAQ: MSFT'), ['MSFT']);
  });
  it('a selection on a company (TICK) or RIC mention', () => {
    const text = 'Palantir Technologies (PLTR) and Coca-Cola (KO.N) rose; the FOMC (FOMC) met.';
    const all = findTickerMentions(text);
    assert.deepEqual(selectedTickers(all, 0, text.length), ['PLTR', 'KO']);
  });
  it('the chart goes after the paragraph of the selection, never inside it', () => {
    const lines = note.split('\n');
    const line5 = 4; // "Alphabet (Nasdaq: GOOGL) beat on cloud; …", whose sentence continues on line 6
    assert.equal(paragraphEndLine((index) => lines[index], lines.length, line5), 5);
    const plan = planChartInsertion(fence, lines[5], lines[4], lines[6]);
    const inserted = [...lines.slice(0, 5), lines[5] + plan.text, ...lines.slice(6)].join('\n');
    assert.match(inserted, /again\.\n\n```vega-lite\n\{\}\n```\n\nSmall-cap earnings/);
    assert.equal(paragraphEndLine((index) => lines[index], lines.length, 3), 3, 'a blank line is its own place');
    const withHeading = ['Text (NASDAQ: AAPL).', '## Next'];
    assert.equal(paragraphEndLine((index) => withHeading[index], withHeading.length, 0), 0);
  });
});

describe('chartFileName', () => {
  it('names a chart by note and fence line', () => {
    assert.equal(chartFileName('/notes/rotation.md', 12, 'svg'), 'rotation-12.svg');
    assert.equal(chartFileName('C:\\notes\\q1.markdown', 3, 'png'), 'q1-3.png');
  });
});

describe('buildPanelContent', () => {
  it('turns a note into chart views: specs as sanitised JSON text, problems in place', async () => {
    const text = '# N\n\n```vega-lite\n{"mark": "bar", "usermeta": {"embedOptions": {"ast": false}}}\n```\n\n```vega-lite\n{"mark": }\n```\n\n```vega-lite\n{"mark": "line", "usermeta": {"marketNotes": {"tickers": ["IWM"], "range": "ytd"}}}\n```\n';
    const { state, dataProblems } = await buildPanelContent({ text, version: 7, source: 'file:///n.md', title: 'n.md' }, undefined);
    assert.equal(state.version, 7);
    assert.deepEqual(state.charts[0], { line: 3, spec: '{"mark":"bar","usermeta":{}}' });
    assert.equal('problem' in state.charts[1] && state.charts[1].problem.message, 'JSON: Value expected');
    assert.equal(dataProblems.length, 1);
    assert.equal(dataProblems[0].line, 11);
  });
});
