// Traders define a chart's terms by their initials once, in Title Case, and the initials are listed shares' symbols
// too: "Stochastic Oscillator (SO)" is no quote of Southern Company. A trade plan's stop-loss and take-profit levels
// are no listings either. Our own words; the companies are invented or named only to show they stay read.

import { checkNamed as check } from './mentionSummary';

describe('a chart’s terms spelled by their initials', () => {
  check([
    ['indicators', 'The Relative Strength (RS) line hit a high; Bollinger Bands (BB) tightened and the Stochastic Oscillator (SO) is overbought.', []],
    ['levels and retracements', 'Fibonacci Retracement (FR) sits at 61.8% and the Point of Control (POC) at $145.', []],
    ['patterns', 'A Double Bottom (DB), an Ascending Triangle (AT) and a Bull Flag (BF) formed; a Golden Cross (GC) followed.', []],
    ['price structure', 'Higher Highs (HH) and Higher Lows (HL) hold; a Break of Structure (BOS) would end them.', []],
    ['a trade plan’s levels', 'Orcadia (ORCD): Stop (SL) $130, Target (TP) $170.', ['ORCD/company']],
  ]);
  check([
    ['companies whose names end in a word of their own', 'Pivot Bio (PB), Wedge Industrial (WI) and Momentum Health (MH) rose.', ['PB/company', 'WI/company', 'MH/company']],
    ['companies whose names end in words charts also use', 'Kingsoft Cloud (KC), H&R Block (HRB) and TOP Ships (TOPS) rose.', ['KC/company', 'HRB/company', 'TOPS/company']],
  ]);
});
