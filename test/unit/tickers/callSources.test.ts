// Research roundups put the bank or data vendor behind a call or an estimate in a parenthesis after it. Those
// capitals are often listed shares' symbols (GS, MS, DB, RBC, LSEG), and the note's company is another: no ticker.
// Our own words; the companies are invented or named only to show they stay read.

import { checkNamed as check } from './mentionSummary';

describe('the source of a call or a figure in a parenthesis', () => {
  check([
    ['ratings, each with its bank', 'Orcadia — Buy (Jefferies), Hold (KBW), Sell (DB).', []],
    ['a rating after a verb', 'Brenwick was upgraded to Outperform (RBC) and cut to Equal Weight (MS) a week later.', []],
    ['price targets, each with its bank', 'Street targets for Orcadia: $180 (GS), $175 (JPM), $150 (MS).', []],
    ['an estimate with its data vendor', 'Analysts expect revenue of $4.3B (LSEG) for the quarter.', []],
    ['a desk named after "analysts at"', 'Analysts at Wexford Partners (WXP) lifted their target on Brenwick.', []],
    ['a desk named after "strategists at"', 'Strategists at Goldman (GS) see more upside for small caps.', []],
    ['a desk named after "economists from"', 'Economists from Harlow & Finch (HFC) expect two cuts.', []],
    ['a desk named after a rating’s action and "by"', 'Brenwick was downgraded by Wexford Partners (WXP) and initiated by Harlow Finch (HFX) at Buy.', []],
  ]);
  check([
    ['a company whose name ends in a rating’s word', 'Best Buy (BBY) and Neutral Holdings (NH) rose.', ['BBY/company', 'NH/company']],
    ['a fund whose name ends in a number', 'Invesco QQQ Trust Series 1 (QQQ) and Group 1 Automotive (GPI) rose.', ['QQQ/company', 'GPI/company']],
    ['a quote chip after a price', 'Orcadia closed at $180 (ORCD +2%).', ['ORCD/chip']],
    ['a bank whose name opens the clause is the stock', 'Goldman Sachs (GS) rose 2% after earnings.', ['GS/company']],
    ['a bank that analysts write about is the stock', 'Analysts cut Orcadia Capital (OCAP) to Hold.', ['OCAP/company']],
    ['a company after "at" with no desk before it', 'Demand picked up at Brenwick Foods (BRWF) in May.', ['BRWF/company']],
    ['a company after "by" with no rating’s action before it', 'Brenwick was acquired by Orcadia Systems (ORCD) in May.', ['ORCD/company']],
  ]);
});
