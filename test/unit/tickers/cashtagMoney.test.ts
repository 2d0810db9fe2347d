// A `$` before capitals that is money, not a cashtag: a currency's marker glued to an amount (Australian and Asian
// outlets), a scale in a caption or a table header, a forex pair. The same letters after a company's name, or
// tagged in a sentence, stay tickers. Fixtures are our own words.

import { checkNamed as check } from './mentionSummary';

describe('money written with a dollar sign is not a cashtag', () => {
  check([
    ['a currency marker glued to the amount', 'The miner paid $US1.2 billion for the mine and $A350m for the mill; the bank raised $HK2bn.', []],
    ['a marker before a spaced amount, and alone', 'The bid was $US 900 million, small in $US terms; the float raised $SG 40 million.', []],
    ['a scale in parentheses after a measure', 'Revenue ($M) rose while Market Cap ($B) and costs ($MM) fell.', []],
    ['a scale in a table header', '| Segment | Sales ($M) | Margin |\n|---|---|---|\n| Cloud | 410 | 31% |', []],
    ['a scale after a comps table’s labels', '| Company | Mkt cap ($B) | EV ($B) | AUM ($T) |\n|---|---|---|---|\n| Orcadia | 41 | 44 | 1.2 |', []],
    ['a scale after a label in lower case and after AUM', 'The market cap ($B) was 41, and Total AUM ($T) rose.', []],
    ['a scale after "in"', 'All figures are in $M unless noted (in $B for the balance sheet).', []],
    ['a forex pair', 'Traders sold $EURUSD and bought $USDJPY into the close.', []],
    ['a currency after "in"', 'Returns are priced in $USD, and in $AUD terms they were flat.', []],
    ['a currency code before an amount', 'Capex came to $USD 5.2bn and $CAD 800m went to buybacks.', []],
  ]);
  check([
    ['the same letters after the company they fit', "Macy's ($M), AT&T ($T) and Brookfield ($BN) rose.", ['M/cashtag', 'T/cashtag', 'BN/cashtag']],
    ['one-letter cashtags in a sentence', 'Shares of $T and $C rose while $A slipped.', ['T/cashtag', 'C/cashtag', 'A/cashtag']],
    ['a currency code tagged alone is left to the writer', 'Semis via $USD outran $SOXX.', ['USD/cashtag', 'SOXX/cashtag']],
    ['a cashtag with a digit that is no currency marker', 'Watch $BTC2 and $TSLA.', ['BTC2/cashtag', 'TSLA/cashtag']],
    ['a scale’s letters tagged after words that name no measure', 'The cereal maker’s shares moved ($K) after hours.', ['K/cashtag']],
    ['a marker’s letters that are a listing, with no amount after them', 'Sweetgreen ($SG) and AngloGold ($AU) rose.', ['SG/cashtag', 'AU/cashtag']],
  ]);
});
