import { strict as assert } from 'node:assert';
import { readWebviewMessage } from '../../../src/core/charts/webviewMessages';

describe('readWebviewMessage', () => {
  const lines = 40;
  const read = (message: unknown) => readWebviewMessage(message, lines);

  it('passes the messages the panel sends, as they are', () => {
    assert.deepEqual(read({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(read({ type: 'reveal', line: 12 }), { type: 'reveal', line: 12 });
    assert.deepEqual(read({ type: 'rendered', version: 3, errors: [{ line: 5, message: 'bad' }] }), { type: 'rendered', version: 3, errors: [{ line: 5, message: 'bad' }] });
    assert.deepEqual(read({ type: 'exported', line: 5, format: 'svg', data: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' })?.type, 'exported');
    assert.deepEqual(read({ type: 'exported', line: 5, format: 'png', data: 'data:image/png;base64,iVBO' })?.type, 'exported');
    assert.deepEqual(read({ type: 'insertChart' }), { type: 'insertChart' });
  });

  it('drops extra fields it does not use', () => {
    assert.deepEqual(read({ type: 'reveal', line: 1, command: 'workbench.action.terminal.new' }), { type: 'reveal', line: 1 });
  });

  it('refuses unknown kinds, lines outside the note, formats outside the set and ill-formed payloads', () => {
    for (const message of [
      null,
      'ready',
      { type: 'runCommand', command: 'x' },
      { type: 'reveal', line: 0 },
      { type: 'reveal', line: 41 },
      { type: 'reveal', line: 2.5 },
      { type: 'reveal', line: '3' },
      { type: 'rendered', version: 1, errors: [{ line: 99, message: 'x' }] },
      { type: 'rendered', version: 1, errors: 'none' },
      { type: 'exported', line: 5, format: 'pdf', data: '<svg></svg>' },
      { type: 'exported', line: 5, format: 'svg', data: '<script>alert(1)</script>' },
      { type: 'exported', line: 5, format: 'png', data: 'data:text/html,<b>' },
      { type: 'exportFailed', line: 5, message: 42 },
      { type: '__proto__' },
    ]) {
      assert.equal(read(message), undefined, JSON.stringify(message));
    }
  });
});
