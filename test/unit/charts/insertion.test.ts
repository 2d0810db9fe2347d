import { strict as assert } from 'node:assert';
import { planChartInsertion, selectedTickers } from '../../../src/core/charts/chartInsertion';
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

  it('reads tickers from mentions or bare symbols', () => {
    assert.deepEqual(selectedTickers('the Russell 2000 (NYSEARCA: IWM) against (NASDAQ: QQQ)'), ['IWM', 'QQQ']);
    assert.deepEqual(selectedTickers('$TSLA and $TSLA'), ['TSLA']);
    assert.deepEqual(selectedTickers('IWM, QQQ'), ['IWM', 'QQQ']);
    assert.deepEqual(selectedTickers('IWM/QQQ'), ['IWM', 'QQQ']);
    assert.deepEqual(selectedTickers('small caps led'), []);
    assert.deepEqual(selectedTickers(''), []);
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
