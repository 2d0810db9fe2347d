// Cboe's Treasury yield indexes as market copy tags a yield: "the 10-year Treasury yield (TNX)", "$TNX". Fixtures are
// our own words.

import { strict as assert } from 'node:assert';
import { yahooSymbol } from '../../../src/core/quotes/providers/providerSymbols';
import { checkNamed } from './mentionSummary';

describe('Treasury yield indexes', () => {
  checkNamed([
    ['after the yield it tags', 'The 10-year Treasury yield (TNX) rose to 4.1%.', ['TNX@INDEX/index']],
    ['after the notes\' terms alone', 'Watch the 10-year (TNX) and the 30-year (TYX) into the auction.', ['TNX@INDEX/index', 'TYX@INDEX/index']],
    ['as a trader\'s cashtag', '$TNX broke out while $IRX held.', ['TNX@INDEX/cashtag', 'IRX@INDEX/cashtag']],
    ['never a company after a name that is no yield\'s', 'Orcadia Systems (TNX) rose.', []],
  ]);

  it('is asked of Yahoo as the index', () => {
    assert.equal(yahooSymbol({ symbol: 'TNX', exchange: 'INDEX' }), '^TNX');
  });
});
