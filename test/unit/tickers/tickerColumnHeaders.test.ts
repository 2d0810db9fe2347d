// Ticker columns under the other headers analysts give them: a sector table's "ETF" or "Fund", an Australian table's
// "ASX code" or "Code", London's "EPIC" and "TIDM", the short "Sym" and "Tkr", "Ticker/ETF" and "ETF (ticker)". An
// "ETF", "Fund" or "Code" column counts only when its cells are symbols (not funds' names, postal codes or a key's
// "A1"), a plain "Code" only beside a market's figures. India's long codes (`RELIANCE.NS`) read in a cell as in prose.
// Fixtures are our own words.

import { checkNamed as check } from './mentionSummary';

const board = (header: string, ...rows: string[]) => [header, header.replace(/[^|]+/g, '---'), ...rows].join('\n');

describe('ticker columns: headers that name them', () => {
  check([
    ['a sector table of funds under ETF', board('| Sector | ETF | Price | 1W | YTD |', '| Energy | XLE | $88.10 | +1.2% | +4.0% |', '| Utilities | XLU | $80.40 | -0.3% | +9.1% |'), ['XLE/table', 'XLU/table']],
    ['funds under Fund', board('| Theme | Fund | Last |', '| Semis | SMH | 290.00 |', '| Gold miners | GDX | 55.20 |'), ['SMH/table', 'GDX/table']],
    ['Sydney codes under ASX code', board('| ASX code | Company | Last |', '| BHP | BHP Group | A$45.10 |', '| A2M | Milk producer | A$8.20 |'), ['BHP@ASX/table', 'A2M@ASX/table']],
    ['codes under Code beside a price', board('| Code | Company | Price | Chg % |', '| WOW | A grocer | 31.20 | +0.4% |'), ['WOW/table']],
    ['London codes under EPIC and TIDM', board('| EPIC | Name | Price |', '| TSCO | A grocer | 390p |') + '\n\n' + board('| TIDM | Close |', '| BARC | 300p |'), ['TSCO@LSE/table', 'BARC@LSE/table']],
    ['a venue in the cell wins over the header’s', board('| EPIC | Price |', '| VOD.L | 70p |', '| NYSE: KO | $70 |'), ['VOD@LSE/table', 'KO@NYSE/table']],
    ['Sym and Tkr', board('| Sym | Last |', '| AAPL | 270.00 |') + '\n\n' + board('| Tkr | Px Last |', '| MSFT | 480.00 |'), ['AAPL/table', 'MSFT/table']],
    ['Ticker/ETF and ETF (ticker)', board('| Ticker/ETF | Last |', '| SPY | 600.00 |') + '\n\n' + board('| ETF (ticker) | Close |', '| QQQ | 500.00 |'), ['SPY/table', 'QQQ/table']],
    ['a blank or a dash in an ETF column', board('| Sector | ETF | Price |', '| Energy | XLE | $88.10 |', '| Crypto | — | n/a |'), ['XLE/table']],
  ]);
});

describe('ticker columns: look-alikes', () => {
  check([
    ['funds’ names under ETF', board('| Sector | ETF | Price | YTD |', '| Energy | Energy Select SPDR | $88.10 | +4.0% |', '| Tech | XLK | $240.10 | +14.0% |'), []],
    ['postal codes under Code', board('| Code | Suburb | Price |', '| 2000 | Sydney | $1,200,000 |', '| 3000 | Melbourne | $900,000 |'), []],
    ['a key’s codes under Code', board('| Code | Item | Price |', '| A1 | Widget | $12.00 |', '| B2 | Gadget | $14.00 |'), []],
    ['airport codes under Code, no market figures', board('| Code | City | Passengers (m) |', '| LAX | Los Angeles | 75 |', '| JFK | New York | 62 |'), []],
    ['a Stock column of bare capitals stays a company column', board('| Stock | Price |', '| AAPL | 270.00 |'), []],
    ['an empty ETF column', board('| Sector | ETF | Price |', '| Energy | | $88.10 |'), []],
  ]);
});

describe('ticker columns: India’s long codes', () => {
  check([
    ['long NSE and BSE codes with their suffixes', board('| Ticker | Price |', '| RELIANCE.NS | ₹1,400.00 |', '| TATAMOTORS.NS | ₹700.10 |', '| HDFCBANK.BO | ₹1,650.00 |', '| INFY.NS | ₹1,500.00 |'), ['RELIANCE@NSE/table', 'TATAMOTORS@NSE/table', 'HDFCBANK@BSE/table', 'INFY@NSE/table']],
    ['a long code in a row whose Exchange is NSE', board('| Ticker | Exchange | Price |', '| TATAMOTORS | NSE | 700.10 |'), ['TATAMOTORS@NSE/table']],
  ]);
  check([
    ['a long word with no Indian venue', board('| Ticker | Price |', '| LONGNAME | 3.00 |', '| SUPERCORP.N | 3.00 |', '| SUPERCORP.L | 3.00 |'), []],
    ['longer than India’s longest', board('| Ticker | Price |', '| ABCDEFGHIJK.NS | 3.00 |'), []],
  ]);
});
