// A live blog's entries, each opened by the time it was written: an entry from inside the session tells of moves
// the close will change, so a move there with no period of its own is no close — not by the title's "today", nor by
// the closing paragraph before it. Entries from the close on read as any paragraph. Our own sentences, in the manner
// of a markets live page; the as-of day is a Friday.
import { strict as assert } from 'node:assert';
import { isIntradayEntry } from '../../../src/core/lint/claims/liveEntries';
import { claimsOf } from './claimsOf';

const asOf = 'November 27, 2026';
const friday = 'day:2026-11-27';

describe('claims: a live blog’s entries', () => {
  it('reads no close in an entry from inside the session, under a title that says "today"', () => {
    const note = [
      '## Stock market today: Dow, S&P 500, Nasdaq',
      '',
      '**4:05 p.m. ET** — Stocks closed higher. The S&P 500 rose 0.4% to 6,682.10.',
      '',
      '**1:30 p.m. ET** — The Nasdaq was up 1.1% in afternoon trading. Orcadia (NASDAQ: ORCD) was up 4.5%.',
      '',
      '9:45 a.m. ET: Stocks opened higher. The S&P 500 gained 0.6% shortly after the opening bell.',
    ].join('\n');
    assert.deepEqual(claimsOf(note, asOf), [`sp-500|return|${friday} 0.35…0.45 "0.4%"`, `sp-500|level|${friday} 6681.6…6682.6 "6,682.10"`]);
  });

  it('still reads a period the entry names itself', () => {
    assert.deepEqual(claimsOf('**11:20 a.m. ET** — The Russell 2000 is up 12.4% so far this year.', asOf), ['russell-2000|return|ytd:2026 12.35…12.45 "12.4%"']);
  });

  it('tells an entry’s time from other numbers that open a paragraph', () => {
    for (const entry of ['**1:30 p.m. ET** — Stocks', '9:45 a.m.: Stocks', '10:15 AM — Stocks', '14:05 GMT - Stocks', '_12 p.m._ — Stocks', '12:00 p.m. — noon', '12 a.m. — futures overnight']) {
      assert.equal(isIntradayEntry(entry), true, entry);
    }
    for (const other of ['4:05 p.m. ET — Stocks closed', '16:30 GMT - London closed', '5 — the fifth reason', '2026 — a year in review', '9:45 a.m. the Fed speaks', '3:1 — a ratio']) {
      assert.equal(isIntradayEntry(other), false, other);
    }
  });
});
