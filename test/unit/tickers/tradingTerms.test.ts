// Traders define a chart's and an options trade's terms by their initials once, in Title Case, and the initials are
// listed shares' symbols too: "Stochastic Oscillator (SO)" is no quote of Southern Company, "Theta Decay (TD)" none of
// Toronto-Dominion. A trade plan's stop-loss and take-profit levels
// are no listings either. Our own words; the companies are invented or named only to show they stay read.

import { checkNamed as check } from './mentionSummary';

describe('a trader’s terms spelled by their initials', () => {
  check([
    ['indicators', 'The Relative Strength (RS) line hit a high; Bollinger Bands (BB) tightened and the Stochastic Oscillator (SO) is overbought.', []],
    ['levels and retracements', 'Fibonacci Retracement (FR) sits at 61.8% and the Point of Control (POC) at $145.', []],
    ['patterns', 'A Double Bottom (DB), an Ascending Triangle (AT) and a Bull Flag (BF) formed; a Golden Cross (GC) followed.', []],
    ['price structure', 'Higher Highs (HH) and Higher Lows (HL) hold; a Break of Structure (BOS) would end them.', []],
    ['options positioning', 'Gamma Exposure (GEX) turned negative, Dark Pool (DP) prints rose and Max Pain (MP) sits at 595.', []],
    ['options effects and strategies', 'Theta Decay (TD) speeds up; sell Covered Calls (CC) or an Iron Condor (IC), not a Long Straddle (LS).', []],
    ['a trade plan’s levels', 'Orcadia (ORCD): Stop (SL) $130, Target (TP) $170.', ['ORCD/company']],
    ['zones', 'Supply Zone (SZ) above 44; Demand Zone (DZ) at 38.', []],
    ['a level named by one letter', 'Entry (E) at 41.20, Exit (X) near 48.', []],
    ['terms whose last word ends companies’ names, told by their first', 'Price broke above the Ichimoku Cloud (IC) and back into the Order Block (OB).', []],
    ['a trade idea’s mood cut short', 'Bullish (BULL) setup on the daily; Bearish (BEAR) below 40.', []],
  ]);
  check([
    ['companies whose names end in a word of their own', 'Pivot Bio (PB), Wedge Industrial (WI) and Momentum Health (MH) rose.', ['PB/company', 'WI/company', 'MH/company']],
    ['companies whose names end in words charts also use', 'Kingsoft Cloud (KC), H&R Block (HRB) and TOP Ships (TOPS) rose.', ['KC/company', 'HRB/company', 'TOPS/company']],
    ['a company whose name opens with a mood’s word', 'Bullish (BLSH) and Eni (E) rose; Elliott Capital Partners (ECP) fell.', ['BLSH/company', 'E/company', 'ECP/company']],
  ]);
});
