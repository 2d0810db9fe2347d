// A card is headed by the chart's own title; the caption we add to an untitled chart must not become its heading.
import { strict as assert } from 'node:assert';
import { chartTitle } from '../../../src/core/charts/chartTitle';
import { withCaption } from '../../../src/core/charts/chartCaption';

describe('chartTitle', () => {
  it('reads a string, lines of text or a title object', () => {
    assert.equal(chartTitle({ title: 'IWM vs QQQ' }), 'IWM vs QQQ');
    assert.equal(chartTitle({ title: ['Small caps', 'vs mega caps'] }), 'Small caps vs mega caps');
    assert.equal(chartTitle({ title: { text: 'Drawdown', subtitle: 'since the peak' } }), 'Drawdown');
    assert.equal(chartTitle({ mark: 'bar' }), '');
  });

  it('an untitled chart given our caption still has no title; a titled one keeps its own', () => {
    const caption = 'Source: Snapshot · daily closes to Nov 20, 2026';
    const untitled = withCaption({ mark: 'line' }, caption);
    assert.equal(JSON.stringify(untitled).includes(caption), true);
    assert.equal(chartTitle(untitled), '');
    assert.equal(chartTitle(withCaption({ mark: 'line', title: 'Rotation' }, caption)), 'Rotation');
  });
});
