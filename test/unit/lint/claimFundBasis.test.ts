// A fund's return at its net asset value and at its market price differ by the premium or discount it trades at;
// both are true, so a figure named by either basis makes no claim, as one in another currency does. Fixtures are our
// own sentences about made-up funds.
import { readsAs as readsAsAt } from './claimsOf';

const readsAs = (cases: ReadonlyArray<[string, string, string[]]>) => readsAsAt(cases, 'November 20, 2026');

describe('claims: a fund’s return at NAV or at market price names another basis', () => {
  readsAs([
    ['"at market price" and "at NAV"', 'The Tarn Dividend ETF (TRND) returned 8.1% year to date at market price and 8.3% at NAV.', []],
    ['"on a NAV basis"', 'The Tarn Dividend ETF (TRND) has returned 9.4% year to date on a NAV basis.', []],
    ['"(NAV)" after the value', 'The Tarn Dividend ETF (TRND) is up 9.4% year to date (NAV).', []],
    ['the fund’s return with no basis named', 'The Tarn Dividend ETF (TRND) is up 9.4% year to date.', ['ticker:TRND|return|ytd:2026 9.35…9.45 "9.4%"']],
  ]);
});

describe('claims: a fund’s return with or without its sales charge, or before or after fees, names another basis', () => {
  readsAs([
    ['with and without the sales charge', 'The Tarn Growth Fund (TRNGX) returned 11.4% year to date without sales charges, or 5.3% with the maximum sales charge.', []],
    ['load-adjusted', 'The Tarn Growth Fund (TRNGX) has a load-adjusted return of 5.3% year to date.', []],
    ['gross and net of fees', 'The Tarn Growth Fund (TRNGX) returned 12% year to date gross of fees and 11.2% net of fees.', []],
  ]);
});

describe('claims: a fund page’s risk statistics are not returns', () => {
  const twelveMonths = (low: number, high: number, text: string) => `ticker:TRNGX|return|span:12m ${low}…${high} "${text}"`;
  readsAs([
    [
      'a drawdown beside the index’s',
      'Over the past 12 months, the Tarn Growth Fund’s (TRNGX) largest drawdown was -21.7% vs the ASX 200’s -11.9%.',
      [],
    ],
    ['a capture ratio', 'The Tarn Growth Fund (TRNGX) has an up-capture ratio of 158% over the past 12 months.', []],
    ['volatility', 'Over the past 12 months, the Tarn Growth Fund (TRNGX) ran a volatility of 8.9%.', []],
    ['a fall from peak to trough', 'The Tarn Growth Fund (TRNGX) fell 14% peak to trough over the past 12 months.', []],
    [
      'the return beside a tracking error keeps its reading',
      'Over the past 12 months, the Tarn Growth Fund (TRNGX) returned 11%, with a tracking error of 3%.',
      [twelveMonths(10.5, 11.5, '11%')],
    ],
    [
      'the return before a word on volatility keeps its reading',
      'The Tarn Growth Fund (TRNGX) returned 11% over the past 12 months as volatility eased.',
      [twelveMonths(10.5, 11.5, '11%')],
    ],
  ]);
});
