// Real-estate trusts, mortgage lenders and funds are named with finance's own words (Equity, Capital, Income,
// Mortgage, Trust), and their symbols spell those words' initials as a measure's abbreviation does. The head of the
// name tells them apart: a REIT's word (Realty, Residential) ends no measure's name, and a word both end in names a
// company after a proper name, a term after a term's word. Fixtures are our own words.

import { checkNamed, checkNoMentions } from './mentionSummary';

describe('trusts, lenders and funds named with the words of finance', () => {
  checkNamed([
    ['a REIT named for equity and homes', 'Equity Residential (EQR) gained 1.2% after its results.', ['EQR/company']],
    ['a lender named for farm mortgages', 'Federal Agricultural Mortgage (AGM) slipped after the call.', ['AGM/company']],
    ['a name ending in Realty and Capital', 'Spirit Realty Capital (SRC) agreed to the merger.', ['SRC/company']],
    ['a proper name before Capital', 'Ready Capital (RC) cut its payout.', ['RC/company']],
    ['a proper name before Net Lease', 'Broadstone Net Lease (BNL) and Global Net Lease (GNL) traded higher.', ['BNL/company', 'GNL/company']],
    ['mortgage lenders named for a place', 'Cherry Hill Mortgage Investment (CHMI) and Granite Point Mortgage Trust (GPMT) fell.', ['CHMI/company', 'GPMT/company']],
    ['a REIT named for its kind', 'Angel Oak Mortgage REIT (AOMR) priced notes.', ['AOMR/company']],
    ['a one-letter symbol after a trust\'s name it does not start', 'Realty Income (O) raised its monthly dividend again.', ['O/company']],
    ['the same with the source\'s change', 'Realty Income (O -0.4%) lagged the group.', ['O/chip']],
    ['a one-letter symbol that starts a trust\'s name', 'Kimco Realty (K) and Ladder Capital (L) rose.', ['K/company', 'L/company']],
    ['trusts not spelled by their symbols, as before', 'Blackstone Mortgage Trust (BXMT) and Annaly Capital Management (NLY) held.', ['BXMT/company', 'NLY/company']],
  ]);

  checkNoMentions([
    ['measures of return and the cost of capital', 'Return on Equity (ROE), Return on Invested Capital (ROIC) and the Weighted Average Cost of Capital (WACC) all improved.'],
    ['capital terms with a term\'s word before the head', 'Working Capital (WC), Invested Capital (IC), Risk Capital (RC) and Human Capital (HC) were discussed.'],
    ['income terms', 'Net Operating Income (NOI), Fixed Income (FI), Other Comprehensive Income (OCI) and Rental Income (RI) rose.'],
    ['mortgage terms', 'An Adjustable-Rate Mortgage (ARM) resets; a Fixed-Rate Mortgage (FRM) and a Reverse Mortgage (RM) do not.'],
    ['securities backed by mortgages', 'Spreads on Mortgage-Backed Securities (MBS), Commercial Mortgage-Backed Securities (CMBS) and Residential Mortgage-Backed Securities (RMBS) widened.'],
    ['trust and lease terms', 'A Charitable Remainder Trust (CRT), a Unit Investment Trust (UIT), a Finance Lease (FL) and a Ground Lease (GL).'],
    ['REIT metrics', 'Funds From Operations (FFO), Adjusted Funds From Operations (AFFO), Net Asset Value (NAV) and Assets Under Management (AUM) grew.'],
    ['lending metrics', 'Commercial Real Estate (CRE) loans, Loan-to-Value (LTV) and Net Interest Margin (NIM) were in focus.'],
    ['per-share and growth measures', 'Earnings Per Share (EPS), the Price-to-Earnings (P/E) ratio and the Compound Annual Growth Rate (CAGR).'],
    ['a meeting spelled as a lender\'s symbol', 'Holders vote at the Annual General Meeting (AGM) in May.'],
    ['a term with a REIT\'s head', 'Licensing of Intellectual Properties (IP) added revenue.'],
    ['a series numeral after a trust\'s name', 'The Vireo Realty Income (II) fund closed to new money.'],
    ['footnote letters after income and capital lines', '| Item | Q3 |\n|---|---|\n| Net Operating Income (N) | 5 |\n| Other Income (O) | 3 |\n| Working Capital (W) | 9 |'],
  ]);
});
