// Sell-side copy: a stock's call written inside its parenthesis ("(C, $112.40, Outperform)", "(JPM; OW; PT $330)")
// names one listing, and a rating's short form after the rating ("Overweight (OW)", "Not Rated (NR)", "Neutral (N)")
// names none, nor does a credit rating after its agency ("Fitch (AA)"). Fixtures are our own words.

import { checkNamed as check } from './mentionSummary';

describe('research copy: a call inside the parenthesis', () => {
  check([
    ['price then rating', 'Orbital Freight (OFX, $42.10, Outperform) trades at 11x.', ['OFX/company']],
    ['rating then target, with semicolons', 'Kestrel Foods (KSTL; OW; PT $30) is our top pick.', ['KSTL/company']],
    ['rating then a target written after its figure', 'Harbor Mills (HRBM, Buy, $21 PO) and Tidewater Grid (TWG, Equal-Weight, $70 target).', ['HRBM/company', 'TWG/company']],
    ['a one-letter symbol with its call', 'Citigroup (C, $112.40, Outperform) led.', ['C/company']],
    ['price, rating and target', 'Apple (AAPL, $272.41, Buy, PT $310) reports Thursday.', ['AAPL/company']],
  ]);
  check([
    ['two symbols are a list, not a call', 'Movers (OFX, KSTL) led the tape.', ['OFX/company', 'KSTL/company']],
    ['an abbreviation followed by a figure is still an abbreviation', 'The Chief Executive Officer (CEO, $5 million) and Return on Equity (ROE, Buy) held.', []],
    ['a word that is no rating after the symbol leaves the parenthesis unread', 'Orbital Freight (OFX, Cheap) rose.', []],
    ['a change, not a call', 'Orbital Freight (OFX, +1.2%) rose.', ['OFX/chip']],
  ]);
});

describe('research copy: a rating’s short form is not a ticker', () => {
  check([
    ['ratings spelled out, then short', 'We move Orbital Freight to Overweight (OW) and Kestrel Foods to Underweight (UW).', []],
    ['a rating key', 'Ratings: Outperform (O), Market Perform (MP), Underperform (U), Not Rated (NR), Not Covered (NC), Suspended (S).', []],
    ['one-letter ratings', 'Rating: Neutral (N); prior: Buy (B).', []],
    ['hyphenated ratings', 'Equal-Weight (EW) and In-Line (IL) are the same call at two desks.', []],
  ]);
  check([
    ['a credit rating after its agency', "The notes are rated by Fitch (AA) and Moody's (AAA); S&P Global Ratings (BBB) and Standard & Poor's (B) agree.", []],
  ]);
  check([
    ['companies whose symbols are credit ratings', 'Alcoa (AA), BlackBerry (BB), Chemours (CC) and Citigroup (C) rose.', ['AA/company', 'BB/company', 'CC/company', 'C/company']],
    ['the agencies’ own listings', "Moody's (MCO) and S&P Global (SPGI) rose.", ['MCO/company', 'SPGI/company']],
    ['a company whose name is no rating', 'Target (TGT) and Overstock (OSTK) rose; Neutral Grid Partners (NGP) fell.', ['TGT/company', 'OSTK/company', 'NGP/company']],
    ['a letter that is not the rating’s', 'Hold Brothers Inc. (HBI) fell.', ['HBI/company']],
  ]);
  check([
    ['a broker’s rating after its name', 'Morgan Stanley (OW) and Barclays (EW) like it; Evercore ISI (IL) and Bernstein (OP) are less sure.', []],
    ['a broker’s rating with its target', 'Street views: J.P. Morgan (OW, PT $250), Wells Fargo (EW, PT $210), TD Cowen (MP).', []],
    ['companies whose symbols are rating codes', 'Edwards Lifesciences (EW), MP Materials (MP) and Wheels Up (UP) rose.', ['EW/company', 'MP/company', 'UP/company']],
    ['brokers’ own listings', 'Morgan Stanley (MS), Jefferies Financial (JEF) and Raymond James Financial (RJF) rose.', ['MS/company', 'JEF/company', 'RJF/company']],
  ]);
});

describe('research copy: a record table of one stock’s key data', () => {
  check([
    ['the Ticker row as the header', '| Ticker | OFX |\n|---|---|\n| Rating | OW |\n| PT | $55 |\n| Price (11/20/26) | $42.10 |\n| NAV | n/a |', ['OFX/table']],
    ['the Ticker row under another header', '| Key data | |\n|---|---|\n| Ticker | KSTL |\n| Market cap | $4.2B |', ['KSTL/table']],
  ]);
  check([
    ['a column of tickers under a header whose second cell is capitals', '| Ticker | WGT |\n|---|---|\n| OFX | 5% |\n| KSTL | 3% |', ['OFX/table', 'KSTL/table']],
    ['a column table with an abbreviation for its second header', '| Symbol | NAV |\n|---|---|\n| OFX | 12.1 |', ['OFX/table']],
    ['a record table with no Ticker row names nothing', '| Key data | |\n|---|---|\n| Rating | OW |\n| PT | $55 |', []],
    ['a three-column table is no record', '| Ticker | OFX | KSTL |\n|---|---|---|\n| Rating | OW | UW |', []],
  ]);
});

describe('fund letters: a fund’s terms spelled out are not tickers', () => {
  check([['fees, marks and partners', 'A Management Fee (MF) of 1.5%, a High-Water Mark (HWM), a Hurdle Rate (HR) and the General Partner (GP).', []]]);
  check([['companies whose symbols are the same letters', 'Howmet Aerospace (HWM), Genuine Parts (GPC) and Brookfield Business Partners (BBU) rose.', ['HWM/company', 'GPC/company', 'BBU/company']]]);
});
