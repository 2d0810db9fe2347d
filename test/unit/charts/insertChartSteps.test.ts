import { strict as assert } from 'node:assert';
import { insertChartSteps, insertChartStepTitle, tickerSelectionProblem } from '../../../src/core/charts/insertChartSteps';
import { chartKinds } from '../../../src/core/charts/chartTemplates';

describe('Insert Chart steps', () => {
  it('asks each kind only what it needs', () => {
    assert.deepEqual(insertChartSteps(undefined), ['kind']);
    assert.deepEqual(insertChartSteps('rotation'), ['kind', 'tickers', 'range', 'data']);
    assert.deepEqual(insertChartSteps('ytd'), ['kind', 'tickers', 'data']);
    assert.deepEqual(insertChartSteps('blank'), ['kind']);
  });

  it('counts every step of every kind without skipping a number, out of that kind\'s total', () => {
    for (const kind of chartKinds) {
      const steps = insertChartSteps(kind);
      const counts = steps.slice(1).map((step) => /\((\d+)\/(\d+)\)/.exec(insertChartStepTitle(step, kind))?.slice(1).map(Number));
      assert.deepEqual(counts, steps.slice(1).map((_, i) => [i + 2, steps.length]), kind);
    }
    assert.equal(insertChartStepTitle('data', 'ytd'), 'Insert Chart (3/3): data for the year-to-date bars');
    assert.equal(insertChartStepTitle('kind', undefined), 'Insert Chart: kind of chart');
  });

  it('says what is wrong with a ticker selection instead of dropping a ticker', () => {
    assert.equal(tickerSelectionProblem('ratio', 3), 'The ratio line takes exactly 2 tickers: 3 picked (too many)');
    assert.equal(tickerSelectionProblem('ratio', 1), 'The ratio line takes exactly 2 tickers: 1 picked (too few)');
    assert.equal(tickerSelectionProblem('ratio', 2), undefined);
    assert.equal(tickerSelectionProblem('rotation', 13), 'The rotation takes 1 to 12 tickers: 13 picked (too many)');
    assert.equal(tickerSelectionProblem('rotation', 1), undefined);
  });
});
