import { strict as assert } from 'node:assert';
import { describeMove, moveSinceAsOf, movesBeyond } from '../../../src/core/inlinePrices/movedSinceAsOf';

describe('moved since the note’s as-of date', () => {
  it('measures from the price the note states when it states one, else from the close on the as-of date', () => {
    const stated = moveSinceAsOf('KO', { statedPrice: { value: 62.1, written: '$62.10', line: 12 }, closeOnAsOf: { date: '2026-10-30', close: 60 } }, 68.44);
    assert.ok(stated);
    assert.equal(stated.from, 62.1);
    assert.equal(stated.line, 12);
    assert.ok(Math.abs(stated.percent - 10.2093) < 1e-3);
    const fromClose = moveSinceAsOf('IWM', { asOf: { written: 'October 31, 2026' }, closeOnAsOf: { date: '2026-10-30', close: 250 } }, 240);
    assert.ok(fromClose);
    assert.equal(fromClose.percent, -4);
    assert.equal(fromClose.line, undefined);
    assert.equal(describeMove(fromClose), 'IWM ▼4.0% since the close on 2026-10-30 (250.00 → 240.00)');
    assert.equal(describeMove(stated), 'KO ▲10.2% since the note\'s $62.10 (line 12) (62.10 → 68.44)');
  });

  it('has no move for a ticker the note says nothing datable about, or a nonsense level', () => {
    assert.equal(moveSinceAsOf('AAPL', { asOf: { written: 'November 2026' } }, 270), undefined);
    assert.equal(moveSinceAsOf('AAPL', { closeOnAsOf: { date: '2026-10-30', close: 0 } }, 270), undefined);
    assert.equal(moveSinceAsOf('AAPL', { closeOnAsOf: { date: '2026-10-30', close: 100 } }, Number.NaN), undefined);
  });

  it('keeps the moves beyond the tolerance, either way, largest first; the tolerance itself is not beyond', () => {
    const moves = [
      moveSinceAsOf('UP', { closeOnAsOf: { date: '2026-10-30', close: 100 } }, 103),
      moveSinceAsOf('DOWN', { closeOnAsOf: { date: '2026-10-30', close: 100 } }, 90),
      moveSinceAsOf('EDGE', { closeOnAsOf: { date: '2026-10-30', close: 100 } }, 102),
      moveSinceAsOf('FLAT', { closeOnAsOf: { date: '2026-10-30', close: 100 } }, 100.5),
      undefined,
    ];
    assert.deepEqual(
      movesBeyond(moves, 2).map((move) => move.symbol),
      ['DOWN', 'UP'],
    );
    assert.deepEqual(
      movesBeyond(moves, 0).map((move) => move.symbol),
      ['DOWN', 'UP', 'EDGE', 'FLAT'],
    );
  });
});
