// Terms of trade that writers abbreviate in parentheses after spelling them out — drug filings, operating metrics,
// units of output, savings plans, laws — are not tickers, though several spell listed shares (CRL, MAA, ODD, FLS,
// LNG). The words spelled decide: a term's words, never a company's. Letters that label ("Class (C)") and
// placeholders ("TBD") and a headline's tag ("(UPDATED)") are not tickers either. Fixtures are our own words.

import { checkNamed as check } from './mentionSummary';

describe('abbreviated terms in parentheses are not tickers', () => {
  check([
    ['drug filings spelled out', 'It filed a New Drug Application (NDA) and a Biologics License Application (BLA), and won Orphan Drug Designation (ODD).', []],
    ['review letters and dates', 'A Complete Response Letter (CRL) came before the Prescription Drug User Fee Act (PDUFA) date.', []],
    ['a filing type after a drug name', '| Sponsor | Drug | Date |\n|---|---|---|\n| Helix | Relofan (NDA) | Dec 26 |', []],
    ['a marketing application in Europe', 'A Marketing Authorisation Application (MAA) went to the regulator in June.', []],
    ['engagement metrics spelled out', 'Daily Active Users (DAU) rose and Forward-Looking Statements (FLS) apply.', []],
    ['operating metrics as chips after lower-case words', 'Engagement improved (DAU +9%), pricing held (ASP +5%) and unit revenue rose (PRASM +3.1%).', []],
    ['units of output', 'Output of Liquefied Natural Gas (LNG) and Natural Gas Liquids (NGL) rose to 4 Billion Cubic Feet (BCF).', []],
    ['units written bare in parentheses', 'Production reached 120 (KBD) and reserves 2.1 (MOZ).', []],
    ['mining studies', 'A Preliminary Economic Assessment (PEA) and a Pre-Feasibility Study (PFS) are due.', []],
    ['plans, accounts and meetings', 'An Individual Savings Account (ISA), the Dividend Reinvestment Plan (DRP) and the Extraordinary General Meeting (EGM).', []],
    ['raising capital and compliance', 'A Qualified Institutional Placement (QIP) and an Offer For Sale (OFS) followed Know Your Customer (KYC) checks.', []],
    ['diseases a trial treats', 'Readouts in Multiple Sclerosis (MS), Cystic Fibrosis (CF), Parkinson’s Disease (PD) and Heart Failure (HF).', []],
    ['trial statistics and safety', 'A Hazard Ratio of 0.7 inside its Confidence Interval (CI); Adverse Events (AE) were balanced in the Intent-to-Treat (ITT) group.', []],
    ['a budget', 'Markets sold off ahead of the Union Budget (UB).', []],
    ['a law named as its maker is', 'The CHIPS and Science Act (CHIPS) funds flowed.', []],
    ['a law with its year', 'Under the Private Securities Litigation Reform Act of 1995 (PSLRA) and the Financial Services and Markets Act 2000 (FSMA).', []],
    ['central bank projections and accounts', 'The Summary of Economic Projections (SEP) and the Treasury General Account (TGA) both moved.', []],
    ['economic releases by their data series’ codes', 'Housing Starts (HOUST) fell 4% and Durable Goods Orders (DGORDER) rose; Building Permits (BP) held.', []],
    ['economic releases by codes that are not their initials', 'Initial Jobless Claims (ICSA) fell, Retail Sales (RSAFS) beat, Industrial Production (INDPRO) slipped and the ISM Services PMI (NMI) rose.', []],
    ['a person’s initials after their title', 'Chief Financial Officer Jane Doe (JD) resigned; portfolio manager Tom Lee (TL) and CEO Ann Roe (AR) bought.', []],
    ['calendar terms and debt instruments', 'The Record Date (RD) is June 3; the Ten-Year Note (TY) and Green Bonds (GB) rallied.', []],
    ['a survey’s reading by its code', 'Small Business Optimism (SBOI) fell.', []],
    ['slices of the market by size', 'Mega Caps (MC) led while Small Caps (SC) lagged.', []],
    ['a figure tagged with its own word cut short', 'The breakout came on heavy volume (VOL +85%) while revenue (REV +6%) lagged.', []],
  ]);
  check([
    ['companies whose symbols are these letters', 'Charles River Laboratories (CRL), Oddity Tech (ODD) and Flowserve (FLS) rose.', ['CRL/company', 'ODD/company', 'FLS/company']],
    ['companies whose symbols are disease abbreviations', 'Morgan Stanley (MS), CF Industries (CF), PagerDuty (PD) and Cigna (CI) fell.', ['MS/company', 'CF/company', 'PD/company', 'CI/company']],
    ['companies named with the same words', 'Cheniere Energy (LNG) and NGL Energy Partners (NGL) gained.', ['LNG/company', 'NGL/company']],
    ['a company spelled by its initials', 'Mid-America Apartment Communities (MAA) and Farmland Partners (FPI) held.', ['MAA/company', 'FPI/company']],
    ['trusts named for their investors', 'Omega Healthcare Investors (OHI) and National Health Investors (NHI) rose.', ['OHI/company', 'NHI/company']],
    ['a year after a name whose initials the symbol is not', 'Acme Holdings 2026 (AHX) listed.', ['AHX/company']],
    ['a fund chip after lower-case words', 'the banks (XLF 0.42%) led and energy (XLE -1.1%) lagged', ['XLF/chip', 'XLE/chip']],
    ['companies whose names hold a release’s word, not last', 'NMI Holdings (NMIH), Claims Processing Systems (CPS) and Orders Direct Group (ODG) rose.', ['NMIH/company', 'CPS/company', 'ODG/company']],
    ['a company after a title and a preposition', 'The CEO of Tolland Labs (TL) and an analyst upgraded Jade Drilling (JD).', ['TL/company', 'JD/company']],
    ['a company named by its own first letters', 'Snowflake (SNOW), Starts Energy (STRT) and Confidence Systems (CNFD) rose.', ['SNOW/company', 'STRT/company', 'CNFD/company']],
    ['a chip after a lower-case word it does not cut short', 'the miners rallied (GDX +3%) and shares of steel (STLD +2%) followed', ['GDX/chip', 'STLD/chip']],
    ['a chip that cuts short a word naming the company', 'the insurer (INS +2%) and the lender (LEND -1%) moved', ['INS/chip', 'LEND/chip']],
  ]);
});

describe('a research note’s own parts, their initials defined once, are not tickers', () => {
  check([
    ['a heading and a rating list', '## Key Risks (KR)\n\nOur Top Pick (TP) stays Orcadia; the Conviction List (CL) adds one and the Focus List (FL) drops one.', []],
    ['cases, takeaways, ideas and summaries', 'Base Case (BC) and Bull Case (BC) differ. Key Takeaways (KT) follow the Executive Summary (ES) and our Best Ideas (BI).', []],
    ['risk factors and a scenario', 'Risk Factors (RF) include rates; the Bear Scenario (BS) assumes a recession.', []],
    ['a note’s closing parts', 'Our Take (OT): hold. Bottom Line (BL): the Outlook Verdict (OV) is neutral.', []],
    ['a thesis’s risks and signals', 'Customer Concentration (CC) and a Going Concern (GC) warning weigh; Insider Buying (IB) and a Magic Number (MN) of 1.1 help.', []],
  ]);
  check([
    ['companies named with common words', 'Home Depot (HD), Waste Management (WM), Dollar General (DG) and General Motors (GM) rose.', ['HD/company', 'WM/company', 'DG/company', 'GM/company']],
    ['companies whose names hold the singular words', 'Just Eat Takeaway (JET) and Catalyst Biosciences (CBIO) fell.', ['JET/company', 'CBIO/company']],
    ['a company whose name ends in a group’s word, its symbol no initials', 'Public Service Enterprise Group (PEG) and Best Buy (BBY) rose.', ['PEG/company', 'BBY/company']],
    ['a company’s section headed by a term, its symbol no initials', '### Risks (ORCD)\n\nKey Risks at Brenwick (BRNW) are rates.', ['ORCD/company', 'BRNW/company']],
  ]);
});

describe('a common noun that opens a sentence names no company', () => {
  check([
    ['the shares, at the sentence’s start', 'Shares (ORD) of the lender slipped on Tuesday.', []],
    ['the stock after "The", mid-paragraph', 'Demand held up. The Stock (STK) closed lower.', []],
    ['after a clause', 'By the close, Shares (ORD) had recovered.', []],
    ['a company named before its shares', 'Halvorsen Shares (HLVS) and Stock Yards Bancorp (SYBT) rose.', ['HLVS/company', 'SYBT/company']],
    ['a trust named with the words of finance', 'Realty Income (O) rose.', ['O/company']],
  ]);
});

describe('labels and placeholders are not tickers', () => {
  check([
    ['a letter after the word that labels with it', 'Class (C) shares convert one for one, and Tranche (T) notes pay first.', []],
    ['roman numerals after phases, parts and titles', 'Phase (III) data, Part (IV) of the filing and Basel (III) capital rules.', []],
    ['a roman numeral after a name it does not fit', 'The Vireo Fund (II) closed.', []],
    ['a filing after the word that labels it, in the Globe’s dashed shape', 'The bidder filed its Schedule (TO-T) with the regulator.', []],
    ['footnote letters after measures', '| Item | Q3 |\n|---|---|\n| Adjusted EBITDA (A) | 54.6 |\n| Free Cash Flow (F) | 31 |\n| Total Revenue (R) | 180 |', []],
    ['placeholders in a Symbol column', '| Company | Ticker |\n|---|---|\n| Orchard Robotics | TBD |\n| Kestrel Foods | NA |', []],
    ['a headline tagged in capitals', '## Housing Starts Slump (UPDATED)\n\n## Fed Holds Rates Steady (REFILE)\n\nChip Stocks Rally Again (VIDEO)', []],
    ['ratings in capitals and spelled out', 'Our Rating (BUY); Analyst View (HOLD); Equal Weight (EW) and Sector Perform (SP) from two banks.', []],
    ['a rating\'s scale spelled out', 'It holds a Morningstar Rating (MR) of four stars, a Buy Rating (BR) and a Quant Score (QS) of 8.', []],
    ['a listing still to come', 'Orchard Robotics (NYSE: TBD) prices next week; the spin-off trades as NASDAQ:TBA.', []],
    ['breadth figures after a venue in capitals', 'NYSE TICK readings hit 1,200 and NASDAQ VOLUME rose 8% while NYSE ADV fell.', []],
    ['the rows that sum a holdings table, and a forex pair', '| Ticker | Weight |\n|---|---|\n| OTHER | 3.1% |\n| EURUSD | 1.0% |\n| TOTAL | 100% |', []],
    ['a key to the marks of a table', '| Symbol | Meaning |\n|---|---|\n| E | estimate |\n| NM | not meaningful |', []],
  ]);
  check([
    ['one-letter symbols after the names they fit', 'Visa (V), Citigroup (C) and AT&T (T) rose.', ['V/company', 'C/company', 'T/company']],
    ['a company whose name has a rating\'s word but not as its initials', 'Fair Isaac (FICO) and Rank Group (RNK) rose.', ['FICO/company', 'RNK/company']],
    ['a roman-numeral symbol inside a name in capitals', 'ORIX (IX) rose in Tokyo and New York.', ['IX/company']],
    ['a listing named after the word', 'Live Ventures (LIVE) and Opendoor (OPEN) rose; Smurfit Westrock (SW) fell.', ['LIVE/company', 'OPEN/company', 'SW/company']],
    ['a listing beside one still to come', 'Orchard Robotics (NYSE: TBD; TSX: ORB) and NYSE ORB opened at $12.', ['ORB@TSX/exchange', 'ORB@NYSE/exchange']],
    ['holdings rows above the total', '| Ticker | Weight |\n|---|---|\n| MSFT | 7.2% |\n| NET | 1.1% |\n| TOTAL | 100% |', ['MSFT/table', 'NET/table']],
    ['a portfolio’s cash line, and the listing written with its venue or a cashtag', '| Ticker | Weight |\n|---|---|\n| MSFT | 7.2% |\n| CASH | 4.0% |\n| NASDAQ: CASH | 1.0% |\n| $CASH | 1.0% |', ['MSFT/table', 'CASH@NASDAQ/table', 'CASH/table']],
    ['listed rows beside a placeholder', '| Company | Ticker |\n|---|---|\n| Orchard Robotics | TBD |\n| Apple | AAPL |', ['AAPL/table']],
    ['a holdings table that describes its rows', '| Symbol | Description | Weight |\n|---|---|---|\n| E | Eni ADR | 4% |', ['E/table']],
  ]);
});

describe('a company’s division spelled after its possessive is not a ticker', () => {
  check([
    ['a division whose name sounds like a company', "Harbor Mills's Coastal Labs (CL) unit lost money, and Orbital Freight's Rail Systems (RS) segment grew.", []],
  ]);
  check([
    ['a listed company its initials spell', 'Ralph Lauren (RL) and Reliance Steel (RS) rose.', ['RL/company', 'RS/company']],
    ['a word between the possessive and the name', "Orbital Freight's rival Advanced Micro Devices (AMD) rose.", ['AMD/company']],
    ['a spun-off company whose symbol is no initials', "Harbor Mills's Veltora Brands (VLTB) began trading.", ['VLTB/company']],
  ]);
});
