// A fund's or a stock's other measures — units or shares outstanding, assets, trading and options volume, short and
// open interest, implied volatility, a valuation multiple — named before the name with a preposition, after it (a
// listing's bracket between), after "saw", or right before the value: none is the ticker's return. An ETF-flows
// page and an options desk write them beside the stock's own move. Fixtures are our own sentences.
import { strict as assert } from 'node:assert';
import { claimsOf as claimsAt, makesNoClaim as noClaims } from './claimsOf';
import { conflictsOfSentences } from './wireScore';

const makesNoClaim = (cases: ReadonlyArray<[string, string]>) => noClaims(cases, 'November 27, 2026');
const claimsOf = (text: string) => claimsAt(text, 'November 27, 2026');
/** Tesla introduced with its listing first, so a bare "TSLA" later is that listing. */
const introduced = 'Tesla (TSLA) fell 2% this week. ';
const teslaWeek = 'ticker:TSLA|return|week:2026-11-23 -2.5…-1.5 "2%"';

describe('claims: a fund’s units, assets or flows named around its symbol are not its return', () => {
  makesNoClaim([
    ['a rise in outstanding units, a time between', 'SPY led the list with an inflow of about $6.2 billion, a 3.3% increase week over week in outstanding units.'],
    ['a rise in outstanding units, this week between', 'SPY led the list with an inflow of about $6.2 billion, a 3.3% increase this week in outstanding units.'],
    ['a rise in units outstanding, the period after', 'SPY posted a 3.3% increase in units outstanding this week.'],
    ['units outstanding in the fund', 'Units outstanding in SPY grew 3.3% this week.'],
    ['shares outstanding after the symbol', 'QQQ shares outstanding fell 2.1% this week.'],
    ['assets after "saw"', 'IWM saw assets climb 4.0% this week.'],
  ]);

  it('keeps the fund’s own move', () => {
    assert.deepEqual(claimsOf('SPY posted a 3.3% gain this week.'), ['sp-500|return|week:2026-11-23 3.25…3.35 "3.3%"']);
    assert.deepEqual(claimsOf('QQQ shares fell 2.1% this week.'), ['nasdaq-100|return|week:2026-11-23 -2.15…-2.05 "2.1%"']);
    // A clause of the fund's own after the assets gives the move back to it.
    assert.deepEqual(claimsOf('IWM’s assets topped $80 billion as the fund rose 3% this week.'), ['russell-2000|return|week:2026-11-23 2.5…3.5 "3%"']);
  });
});

describe('claims: a stock’s options, volume, short interest or multiple are not its return', () => {
  makesNoClaim([
    ['short interest in a listed stock', 'Short interest in Tesla (TSLA) rose 12% this week.'],
    ['options volume in a listed stock', 'Options volume in Nvidia (NVDA) jumped 40% this week.'],
    ['call volume in a listed stock, "is up"', 'Call volume in Tesla (TSLA) is up 12% this week.'],
    ['implied volatility on its options', 'Implied volatility on Tesla (TSLA) options climbed 25% this week.'],
    ['put open interest after "saw"', 'Tesla (TSLA) saw put open interest climb 12% this week.'],
    ['trading volume after the listing', 'Tesla (TSLA) trading volume surged 60% this week.'],
    ['shares outstanding after the listing', 'Tesla (TSLA) shares outstanding rose 12% this year.'],
    ['a forward P/E after a possessive and its listing', 'Apple’s (AAPL) forward P/E has expanded 20% this year.'],
    ['options volume after a possessive and its listing', 'Tesla’s (TSLA) options volume rose 12% this week.'],
    ['average daily volume after an exchange-qualified listing', 'Tesla (NASDAQ: TSLA) average daily volume rose 12% this week.'],
  ]);

  it('makes no claim of a measure after the bare symbol of a stock the note listed', () => {
    assert.deepEqual(claimsOf(`${introduced}TSLA short interest rose 12% this week, per exchange data.`), [teslaWeek]);
    assert.deepEqual(claimsOf(`${introduced}Tesla’s short interest rose 12% this week.`), [teslaWeek]);
  });

  it('makes no claim of volume that moves right before its value, beside the stock’s move', () => {
    assert.deepEqual(claimsOf('Tesla (TSLA) shares rose 12% on Friday as volume jumped 40% this week.'), ['ticker:TSLA|return|day:2026-11-27 11.5…12.5 "12%"']);
  });

  it('keeps the stock’s own move', () => {
    assert.deepEqual(claimsOf('Tesla (TSLA) shares rose 12% this week.'), ['ticker:TSLA|return|week:2026-11-23 11.5…12.5 "12%"']);
    assert.deepEqual(claimsOf(`${introduced}TSLA stock is up 12% this year.`), [teslaWeek, 'ticker:TSLA|return|ytd:2026 11.5…12.5 "12%"']);
    assert.deepEqual(claimsOf('Volume was heavy as Tesla (TSLA) rose 3% this week.'), ['ticker:TSLA|return|week:2026-11-23 2.5…3.5 "3%"']);
    // A clause between the measure and the name is a clause of its own.
    assert.deepEqual(claimsOf('Volume in the sector was light as Tesla (TSLA) rose 3% this week.'), ['ticker:TSLA|return|week:2026-11-23 2.5…3.5 "3%"']);
    assert.deepEqual(claimsOf('Tesla (TSLA) saw its shares climb 12% this week.'), ['ticker:TSLA|return|week:2026-11-23 11.5…12.5 "12%"']);
    assert.deepEqual(claimsOf('Tesla (TSLA) saw volume surge and its shares rose 3% this week.'), ['ticker:TSLA|return|week:2026-11-23 2.5…3.5 "3%"']);
    assert.deepEqual(claimsOf('Short interest in Tesla (TSLA) fell, and the shares rose 12% this week.'), ['ticker:TSLA|return|week:2026-11-23 11.5…12.5 "12%"']);
  });
});

describe('claims: a company’s market value, however it is spelled, is not its return', () => {
  const ytd = 'ticker:HLVR|return|ytd:2026 19.5…20.5 "20%"';
  makesNoClaim([
    ['"market capitalisation" (British spelling) of the listing', 'The market capitalisation of Halvern Robotics (NASDAQ: HLVR) has climbed 20% this year.'],
    ['"market capitalisation" after a possessive', 'Halvern Robotics’ (NASDAQ: HLVR) market capitalisation has climbed 20% this year.'],
    ['the amount after "has a market cap", its change beside it', 'Halvern Robotics (NASDAQ: HLVR) has a market capitalisation of $48 billion, up 20% this year.'],
    ['"now has a market value of"', 'Halvern Robotics (NASDAQ: HLVR) now has a market value of $48 billion, up 20% this year.'],
    ['India’s "m-cap"', 'Halvern Robotics (NSE: HLVR) has an m-cap of Rs 48,000 crore, up 20% this year.'],
  ]);

  it('keeps the stock’s own move beside its market value', () => {
    assert.deepEqual(claimsOf('Halvern Robotics (NASDAQ: HLVR), with a market cap of $48 billion, is up 20% this year.'), [ytd]);
    assert.deepEqual(claimsOf('Halvern Robotics (NASDAQ: HLVR) has a market cap of $48 billion and its shares are up 20% this year.'), [ytd]);
    assert.deepEqual(claimsOf('Halvern Robotics (NASDAQ: HLVR) has gained 20% this year.'), [ytd]);
  });

  it('does not set a market value’s change against another note’s share-price return', async () => {
    const found = await conflictsOfSentences(
      {
        'profile.md': 'Halvern Robotics (NASDAQ: HLVR) has a market capitalisation of $48 billion, up 20% year to date.',
        'movers.md': 'Halvern Robotics (NASDAQ: HLVR) shares are up 12% year to date.',
      },
      '2026-11-27',
      '2026-11-28',
    );
    assert.deepEqual(found, [[], []]);
  });
});
