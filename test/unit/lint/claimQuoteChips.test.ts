// A quote chip in running text (a page's live quote: "the Nasdaq Composite Index COMP, -1.63% finished …") is no
// claim of the writer's; the sentence's own figures are read as if it were not there, the index's name is the
// subject, and a company's chip symbol still names the company. Sentences are our own.
import { strict as assert } from 'node:assert';
import { claimsOf as claimsAt } from './claimsOf';

const claimsOf = (text: string) => claimsAt(text, 'November 27, 2026');

describe('claims: quote chips in running text', () => {
  it('reads the index’s own move and close, not the chip’s change, and gives them to the index', () => {
    assert.deepEqual(claimsOf('On Friday, the Nasdaq Composite Index COMP, -1.41% finished the session off 1.2% at 22,050.30.'), [
      'nasdaq-composite|return|day:2026-11-27 -1.25…-1.15 "1.2%"',
      'nasdaq-composite|level|day:2026-11-27 22049.8…22050.8 "22,050.30"',
    ]);
    assert.deepEqual(claimsOf('The Dow Jones Industrial Average DJIA, -0.87% was down 310.5 points, or 0.7%, at 46,120.10 on Friday.'), [
      'dow|return|day:2026-11-27 -0.75…-0.65 "0.7%"',
      'dow|level|day:2026-11-27 46119.6…46120.6 "46,120.10"',
    ]);
  });

  it('keeps a company’s chip symbol as its subject', () => {
    assert.deepEqual(claimsOf('Orcadia Systems Inc. ORCD, +2.35% rose 1.9% on Friday.'), ['ticker:ORCD|return|day:2026-11-27 1.85…1.95 "1.9%"']);
  });

  // A desk's own chip line, once the note has listed the stock: the writer's figure, with its period.
  it('reads a listed symbol’s signed move on a line of its own as the symbol’s', () => {
    assert.deepEqual(claimsOf('Orcadia Systems (NASDAQ: ORCD) reports next week.\n\nORCD +2.4% today\n\n- ORCD −0.8% this week'), [
      'ticker:ORCD|return|day:2026-11-27 2.35…2.45 "+2.4%"',
      'ticker:ORCD|return|week:2026-11-23 -0.85…-0.75 "−0.8%"',
    ]);
  });
});
