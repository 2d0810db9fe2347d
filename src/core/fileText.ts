// Turning a workspace file's bytes (a note, a quotes file, a configuration) into its text, as an editor would: by its
// byte-order mark, else as UTF-8 — and saying so when the file is not text at all. Windows PowerShell's `>` and some Windows editors write notes as UTF-16 with
// a mark; read as UTF-8 they are NUL-ridden noise with no tickers and no findings, reported as clean. A binary file
// with a Markdown name (an export gone wrong, a renamed PDF) read as UTF-8 yields tickers from random bytes.

/** How a file's bytes were read: how `lint --fix` writes a note back. */
export type TextEncodingName = 'utf-8' | 'utf-8 with BOM' | 'utf-16le' | 'utf-16be';

export type FileText =
  /** `lossy`: some bytes were not valid in the encoding and read as U+FFFD; writing the text back would lose them. */
  | { readonly kind: 'text'; readonly text: string; readonly encoding: TextEncodingName; readonly lossy: boolean }
  | { readonly kind: 'binary'; readonly reason: string };

/** Why a file without a byte-order mark is not read, as messages say it. */
export const notTextReason = 'not text (it holds NUL bytes; Market Notes reads files in UTF-8, or in UTF-16 with a byte-order mark)';

// Git's own test for a binary file: a NUL byte in the first 8,000. Text in UTF-8 never holds one; UTF-16 without a
// mark holds one in every ASCII character, and no editor can tell it from binary either.
const sniffedBytes = 8000;

const byteOrderMarks: ReadonlyArray<{ bytes: readonly number[]; encoding: TextEncodingName; label: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8 with BOM', label: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', label: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', label: 'utf-16be' },
];

/**
 * A file's text without its byte-order mark (the editor shows none, and columns on the first line count from the
 * first character the writer sees). Bytes that are not valid in the encoding become U+FFFD, as in the editor: a
 * note in Windows-1252 still has its ASCII tickers and dates read. Excel's "Unicode text" export of a quotes table
 * is UTF-16 with a mark.
 */
export function decodeFileText(bytes: Uint8Array): FileText {
  for (const mark of byteOrderMarks) {
    if (mark.bytes.every((byte, i) => bytes[i] === byte)) return decoded(bytes, mark.label, mark.encoding);
  }
  if (bytes.subarray(0, sniffedBytes).includes(0)) return { kind: 'binary', reason: notTextReason };
  return decoded(bytes, 'utf-8', 'utf-8');
}

function decoded(bytes: Uint8Array, label: string, encoding: TextEncodingName): FileText {
  try {
    return { kind: 'text', text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding, lossy: false };
  } catch {
    return { kind: 'text', text: new TextDecoder(label).decode(bytes), encoding, lossy: true };
  }
}

/** The bytes of a file's text in the encoding it was read in, its byte-order mark first where it had one. */
export function encodeFileText(text: string, encoding: TextEncodingName): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8 with BOM') return new TextEncoder().encode(`\uFEFF${text}`);
  // UTF-16 is the string's own code units: two bytes each, in the mark's order.
  const bytes = new Uint8Array(2 * (text.length + 1));
  const [high, low] = encoding === 'utf-16le' ? [1, 0] : [0, 1];
  for (let i = 0; i <= text.length; i++) {
    const unit = i === 0 ? 0xfeff : text.charCodeAt(i - 1);
    bytes[2 * i + high] = unit >> 8;
    bytes[2 * i + low] = unit & 0xff;
  }
  return bytes;
}
