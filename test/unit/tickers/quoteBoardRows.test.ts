// A quote board's Ticker or Symbol column lists indexes, futures and currencies beside stocks, and their codes are
// often listed shares' symbols (COMP Compass, DAX a Global X fund, CAC Camden National, ES Eversource, CL
// Colgate-Palmolive). The row's name cell, or a column headed "Index", says what the code is: an index we map is read
// as the index, one we do not as nothing; a futures code beside a future's or a commodity's name, a currency's code
// beside its name, and a contract with its month and year (CLF27) are no listings. Every other row stays a stock's.
// Fixtures are our own words.

import { checkNamed as check } from './mentionSummary';

const board = (header: string, ...rows: string[]) => [header, header.replace(/[^|]+/g, '---'), ...rows].join('\n');

describe('quote board rows: indexes by their codes', () => {
  check([
    [
      'a column headed Index: codes we map are the indexes, the others name nothing',
      board('| Ticker | Index | Close | Week |', '| COMP | Nasdaq Composite | 23,829.29 | +0.5% |', '| DAX | Germany DAX | 24,100.00 | -0.4% |', '| CAC | France CAC 40 | 8,100.00 | +0.2% |'),
      ['COMP@INDEX/table'],
    ],
    [
      'vendor codes of other markets’ benchmarks beside their names',
      board('| Symbol | Name | Last |', '| SPX | S&P 500 | 6,850.15 |', '| RUT | Russell 2000 | 2,482.10 |', '| UKX | FTSE 100 | 9,700.00 |', '| NKY | Nikkei 225 | 49,000.00 |', '| TSX | S&P/TSX Composite | 30,100.00 |'),
      ['SPX@INDEX/table', 'RUT@INDEX/table'],
    ],
    ['the dollar index', board('| Symbol | Name | Last |', '| DX | US Dollar Index | 99.40 |'), []],
  ]);
  check([
    [
      'companies and funds whose symbols are index codes, named as such',
      board('| Ticker | Name | Price |', '| COMP | Compass Inc. | 10.00 |', '| DAX | Global X DAX Germany ETF | 40.00 |', '| CAC | Camden National Corp. | 45.00 |'),
      ['COMP/table', 'DAX/table', 'CAC/table'],
    ],
    [
      'members of an index, in a column headed Index',
      board('| Ticker | Index | Weight |', '| AAPL | S&P 500 | 7.1% |', '| DOW | Dow Jones Industrial Average | 0.4% |'),
      ['AAPL/table', 'DOW/table'],
    ],
    ['an index code with its venue written', board('| Ticker | Index | Close |', '| NASDAQ: COMP | Nasdaq Composite | 10.00 |'), ['COMP@NASDAQ/table']],
    ['a stocks table with a Name column of companies', board('| Symbol | Name | Last | Chg |', '| AAPL | Apple | 272.41 | +1.0% |', '| MSFT | Microsoft | 498.12 | -0.2% |'), ['AAPL/table', 'MSFT/table']],
  ]);
});

describe('quote board rows: futures and currencies by their codes', () => {
  check([
    [
      'futures beside their names',
      board('| Symbol | Name | Last | Chg % |', '| ES | E-mini S&P 500 | 6,870.25 | +0.4% |', '| CL | WTI crude | 71.20 | -1.1% |', '| NG | Natural gas | 4.10 | +2.0% |', '| GC | Gold (COMEX) | 2,400.00 | +0.3% |'),
      [],
    ],
    ['a contract with its month and year, whatever the row says', board('| Ticker | Asset | Price |', '| CLF27 | Crude oil | 71.20 |', '| ESZ6 | | 6,870.25 |'), []],
    ['currencies beside their names', board('| Symbol | Name | Last |', '| JPY | Japanese yen | 155.20 |', '| SEK | Swedish krona | 10.50 |'), []],
  ]);
  check([
    [
      'companies whose symbols are futures or currency codes',
      board('| Symbol | Name | Last |', '| ES | Eversource Energy | 65.00 |', '| CL | Colgate-Palmolive | 80.00 |', '| NOK | Nokia | 5.10 |', '| RS | Reliance Steel & Aluminum | 300.00 |'),
      ['ES/table', 'CL/table', 'NOK/table', 'RS/table'],
    ],
    ['funds that hold a commodity', board('| Symbol | Name | Last |', '| GLD | Gold | 220.00 |', '| USO | Crude oil futures fund | 75.00 |'), ['GLD/table', 'USO/table']],
    ['a futures code with no name beside it', board('| Symbol | Last |', '| CL | 80.00 |'), ['CL/table']],
  ]);
});
