import { strict as assert } from 'node:assert';
import { OfflineFailureLog } from '../../../src/core/quotes/offlineFailureLog';

describe('offline failures in the log', () => {
  it('warns once per offline spell, traces the repeats, and warns again after a success', () => {
    const log = new OfflineFailureLog();
    assert.deepEqual([true, true, true].map((network) => log.levelFor(network)), ['warn', 'trace', 'trace']);
    log.succeeded();
    assert.equal(log.levelFor(true), 'warn');
    assert.equal(log.levelFor(true), 'trace');
  });

  it('always warns for failures that are not the network, even while offline', () => {
    const log = new OfflineFailureLog();
    assert.equal(log.levelFor(false), 'warn');
    assert.equal(log.levelFor(true), 'warn');
    assert.equal(log.levelFor(false), 'warn');
    assert.equal(log.levelFor(true), 'trace');
  });
});
