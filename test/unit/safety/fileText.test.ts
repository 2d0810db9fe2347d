// A workspace file's bytes read as the editor reads them: by its byte-order mark, else as UTF-8, and a file with NUL
// bytes and no mark said to be no text, rather than read as noise.
import { strict as assert } from 'node:assert';
import { decodeFileText, encodeFileText, notTextReason, type TextEncodingName } from '../../../src/core/fileText';

const note = 'As of Nov. 20, 2026, Apple (NASDAQ: AAPL) closed at $266.25 — up 2% 📈.\n';
const utf16 = (text: string, order: 'le' | 'be') => {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'le' ? bytes : bytes.swap16();
};

describe('reading a file by its byte-order mark', () => {
  it('reads UTF-8 without a mark as UTF-8', () => {
    assert.deepEqual(decodeFileText(Buffer.from(note)), { kind: 'text', text: note, encoding: 'utf-8', lossy: false });
  });

  it('drops a UTF-8 mark from the text, as the editor shows none, and remembers it', () => {
    assert.deepEqual(decodeFileText(Buffer.from(`\uFEFF${note}`)), { kind: 'text', text: note, encoding: 'utf-8 with BOM', lossy: false });
  });

  it('reads UTF-16 in either byte order by its mark (Windows PowerShell writes little-endian)', () => {
    assert.deepEqual(decodeFileText(utf16(note, 'le')), { kind: 'text', text: note, encoding: 'utf-16le', lossy: false });
    assert.deepEqual(decodeFileText(utf16(note, 'be')), { kind: 'text', text: note, encoding: 'utf-16be', lossy: false });
  });

  it('says a file with NUL bytes and no mark is not text: binary, or UTF-16 no editor could tell from it', () => {
    assert.deepEqual(decodeFileText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), { kind: 'binary', reason: notTextReason });
    assert.equal(decodeFileText(Buffer.from(note, 'utf16le')).kind, 'binary');
  });

  it('looks for NUL bytes in the first 8,000 only, as git does: a later one is read as text', () => {
    const late = `${'x'.repeat(8000)}\u0000`;
    assert.equal(decodeFileText(Buffer.from(late)).kind, 'text');
    assert.equal(decodeFileText(Buffer.from(`${'x'.repeat(7999)}\u0000`)).kind, 'binary');
  });

  it('reads bytes not valid in the encoding as U+FFFD and says the text is lossy (Windows-1252 dashes)', () => {
    const cp1252 = Buffer.concat([Buffer.from('AAPL '), Buffer.from([0x96]), Buffer.from(' up 2%\n')]);
    assert.deepEqual(decodeFileText(cp1252), { kind: 'text', text: 'AAPL \uFFFD up 2%\n', encoding: 'utf-8', lossy: true });
    const oddLength = Buffer.concat([utf16('AB', 'le'), Buffer.from([0x41])]);
    const read = decodeFileText(oddLength);
    assert.ok(read.kind === 'text' && read.lossy && read.text.startsWith('AB'));
  });

  it('writes a text back byte for byte in the encoding it was read in, mark and all', () => {
    for (const [encoding, bytes] of [
      ['utf-8', Buffer.from(note)],
      ['utf-8 with BOM', Buffer.from(`\uFEFF${note}`)],
      ['utf-16le', utf16(note, 'le')],
      ['utf-16be', utf16(note, 'be')],
    ] as Array<[TextEncodingName, Buffer]>) {
      const read = decodeFileText(bytes);
      assert.ok(read.kind === 'text' && read.encoding === encoding, encoding);
      assert.deepEqual(Buffer.from(encodeFileText(read.text, read.encoding)), bytes, encoding);
    }
  });
});
