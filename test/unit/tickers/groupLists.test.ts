// A group of companies named in plain words, then the list of their symbols — "the hyperscalers (MSFT, GOOGL,
// AMZN)" — and lists whose last item follows "and". Fixtures are our own words.

import { checkNamed, checkNoMentions } from './mentionSummary';

describe('symbols listed after a group named in plain words', () => {
  checkNamed([
    ['cloud spenders in lower case', 'Capital spending by the hyperscalers (MSFT, GOOGL, AMZN) kept rising.', ['MSFT/company', 'GOOGL/company', 'AMZN/company']],
    ['an industry in lower case', 'Regional lenders (KEY, CFG, RF) gave back the week\'s gains.', ['KEY/company', 'CFG/company', 'RF/company']],
    ['a one-letter symbol among longer ones', 'Big banks (JPM, BAC, C, WFC) report next week.', ['JPM/company', 'BAC/company', 'C/company', 'WFC/company']],
    ['a symbol that is also a word', 'Several gold miners (NEM, GOLD, AEM) set records.', ['NEM/company', 'GOLD/company', 'AEM/company']],
    ['a compound group word', 'The mega-caps (AAPL, NVDA) carried the index.', ['AAPL/company', 'NVDA/company']],
    ['funds as the group', 'Bond ETFs (TLT, IEF) drew money all week.', ['TLT/company', 'IEF/company']],
    ['names, as the desk says', 'Megacap tech names (AAPL, MSFT) held up.', ['AAPL/company', 'MSFT/company']],
    ['the last item after "and"', 'Chipmakers (NVDA, AMD and AVGO) rallied.', ['NVDA/company', 'AMD/company', 'AVGO/company']],
    ['the last item after a comma and "and"', 'Chip designers (NVDA, AMD, and ARM) rallied.', ['NVDA/company', 'AMD/company', 'ARM/company']],
    ['the last item after an ampersand', 'The payment processors (V, MA & AXP) slipped.', ['V/company', 'MA/company', 'AXP/company']],
    ['a company\'s two classes joined by "and"', 'Alphabet (GOOGL and GOOG) rose.', ['GOOGL/company', 'GOOG/company']],
  ]);

  checkNoMentions([
    ['data releases', 'The week\'s releases (CPI, PPI and PCE) all ran hot.'],
    ['cloud platforms by their initials', 'The big cloud providers (AWS, GCP) cut prices.'],
    ['customer metrics', 'The metrics we track (NPS, CSAT) improved.'],
    ['central banks', 'Central banks (ECB and BOJ) meet next week.'],
    ['scenarios by letter', 'We model three scenarios (A, B and C).'],
    ['one letter and a group word', 'Two share classes (A and B) trade.'],
    ['series numerals after funds', 'The sister funds (I, II, III) closed.'],
    ['credit ratings after issuers', 'Most issuers (AA, BBB) were upgraded.'],
    ['currencies', 'The majors (USD, EUR, JPY) were steady.'],
    ['a pair of abbreviations joined by "and"', 'Spending on research (R and D) rose, as did tooling (AI and ML).'],
    ['"and" with more words after it', 'Banks (JPM and others) rose.'],
    ['quarters', 'Retailers (Q3 and Q4) were mixed.'],
  ]);
});
