// The current price as broker-call roundups and watchlists give it beside a target or a cost: an Australian roundup's
// "Target price is $1.50. Current Price is $0.80.", Market Index's "had its price target lifted to $1.40, with the
// stock currently trading around $0.80", and a newsletter watchlist's "- **NVDA** — … | Avg cost: $112.00 | Last:
// $200.00". Fixtures are our own words.
import { strict as assert } from 'node:assert';
import { statedPrices as stated } from './lintHarness';

describe('current prices beside targets and costs', () => {
  it('reads a roundup\'s "Current price" sentence or field for the paragraph\'s one stock', () => {
    assert.deepEqual(stated('Orcadia Mining (ASX: ORM) was upgraded to Buy at Ord Minnett. Target price is $1.50. Current Price is $0.80.'), [['ORM', '$0.80']]);
    assert.deepEqual(stated('Orcadia Mining (ASX: ORM) was upgraded to Buy at Ord Minnett; target price $1.50; current price $0.80.'), [['ORM', '$0.80']]);
    assert.deepEqual(stated('Orcadia Mining (ASX: ORM) was upgraded to Buy. The current share price is $0.80.'), [['ORM', '$0.80']]);
  });

  it('leaves the target, a "current price target" and a paragraph of two stocks unread', () => {
    assert.deepEqual(stated('Orcadia Mining (ASX: ORM) was upgraded to Buy. Current price target is $1.50.'), []);
    assert.deepEqual(stated('Orcadia Mining (ASX: ORM) was upgraded to Buy; current price target $1.50.'), []);
    assert.deepEqual(stated('Orcadia Mining (ASX: ORM) and Brenwick Gold (ASX: BRW) were upgraded. Target price is $1.50. Current price is $0.80.'), []);
    assert.deepEqual(stated('Orcadia Mining (ASX: ORM) was added to the portfolio. Entry price is $0.70.'), []);
  });

  it('reads ", with the stock currently trading around" after a target', () => {
    assert.deepEqual(stated('Orcadia Mining (ASX: ORM) had its price target lifted to $1.40, with the stock currently trading around $0.80.'), [['ORM', '$0.80']]);
    assert.deepEqual(stated('Orcadia Mining (ASX: ORM) was downgraded to Hold, with shares trading at $0.80.'), [['ORM', '$0.80']]);
  });

  it('leaves a condition, another stock\'s sentence and a sentence with an earlier unread figure unread', () => {
    assert.deepEqual(stated('Orcadia Mining (ASX: ORM) had its price target lifted to $1.40, with the stock trading around $0.80 would be attractive.'), []);
    assert.deepEqual(stated('Orcadia Mining (ASX: ORM) had its price target lifted to $1.40; the stock trading around $0.80 would be attractive.'), []);
    assert.deepEqual(stated('Brenwick Gold (ASX: BRW) rose as Orcadia Mining (ASX: ORM) had its price target lifted to $1.40, with the stock currently trading around $0.80.'), []);
    assert.deepEqual(stated('Orcadia Mining (ASX: ORM) was bought at $0.60 in March, with the stock now trading at $0.80.'), []);
  });

  it('reads the Last field of a watchlist line, not its average cost', () => {
    assert.deepEqual(stated('- **NVDA** — Position: 8% | Avg cost: $112.00 | Last: $200.00 | P/L: +78%'), [['NVDA', '$200.00']]);
    assert.deepEqual(
      stated('- **ORCD**: Position: 5% | Entry: $30.00 | Price: $41.20\n- **BRNW** — Position: 3% | Avg cost: $12.00 | Last: $15.10'),
      [['ORCD', '$41.20'], ['BRNW', '$15.10']],
    );
  });

  it('leaves a watchlist line with no market price, and a line of prose, unread', () => {
    assert.deepEqual(stated('- **NVDA** — Position: 8% | Avg cost: $112.00 | Target: $250.00'), []);
    assert.deepEqual(stated('- **NVDA**: we added to the position | Last: $200.00'), []);
    assert.deepEqual(stated('- **EPS**: FY26: $1.20 | Last: $200.00'), []);
  });
});
